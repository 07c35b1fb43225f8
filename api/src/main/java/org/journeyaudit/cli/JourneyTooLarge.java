package org.journeyaudit.cli;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.AuditTooLargeException;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.journey.Journey;

/**
 * A journey whose audit went over the budget, with the file it was read from: {@link Cli} reports it as
 * {@code journey-audit: FILE: message} with exit code 3. The run stops there, because a report that
 * leaves one journey out would look complete.
 */
final class JourneyTooLarge extends RuntimeException {

    private final String source;

    JourneyTooLarge(String source, AuditTooLargeException cause) {
        super(cause.getMessage(), cause, false, false);
        this.source = source;
    }

    String source() {
        return source;
    }

    /** Audits one journey read from {@code source}; over the budget, the refusal names the file. */
    static Audit audit(Auditor auditor, String source, Journey journey, AuditOptions options) {
        try {
            return auditor.audit(journey, options);
        } catch (AuditTooLargeException e) {
            throw new JourneyTooLarge(source, e);
        }
    }
}
