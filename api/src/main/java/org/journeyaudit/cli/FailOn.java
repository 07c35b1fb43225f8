package org.journeyaudit.cli;

import org.journeyaudit.engine.finding.Severity;

/** The least severe finding that makes {@code audit} exit with 1. */
enum FailOn {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), INFO(Severity.INFO), NEVER(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    boolean failsOn(Severity severity) {
        return threshold != null && severity != null && severity.atLeast(threshold);
    }
}
