package org.journeyaudit.engine.audit;

import java.time.Duration;

/**
 * What one audit may spend: wall-clock time and rule firings. A journey that needs more is refused with
 * {@link AuditTooLargeException} and its session is halted and disposed, so a hostile document cannot
 * hold a core or the heap. The defaults are far above what any real journey within the document limits
 * needs.
 */
public record AuditBudget(Duration maxDuration, long maxRuleFirings) {

    public static final AuditBudget DEFAULT = new AuditBudget(Duration.ofSeconds(10), 200_000);

    public AuditBudget {
        if (maxDuration == null || maxDuration.isNegative() || maxDuration.isZero()) {
            throw new IllegalArgumentException("an audit's time budget must be positive");
        }
        if (maxRuleFirings <= 0) {
            throw new IllegalArgumentException("an audit's rule-firing budget must be positive");
        }
    }
}
