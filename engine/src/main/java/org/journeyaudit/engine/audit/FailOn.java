package org.journeyaudit.engine.audit;

import java.util.Collection;

import org.journeyaudit.engine.finding.Severity;

/**
 * The least severe finding that fails an audit: the command line exits with 1, the service says
 * {@code "failed": true}. {@code NEVER} fails on nothing.
 */
public enum FailOn {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), INFO(Severity.INFO), NEVER(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    public boolean failsOn(Severity severity) {
        return threshold != null && severity != null && severity.atLeast(threshold);
    }

    public boolean fails(Collection<Audit> audits) {
        return audits.stream().flatMap(a -> a.findings().stream()).anyMatch(f -> failsOn(f.severity()));
    }

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
