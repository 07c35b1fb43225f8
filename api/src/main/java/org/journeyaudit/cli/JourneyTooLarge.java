package org.journeyaudit.cli;

import org.journeyaudit.engine.audit.AuditTooLargeException;

/**
 * A journey whose audit went over the budget, with the file it was read from: {@link Failures} reports it as
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
}
