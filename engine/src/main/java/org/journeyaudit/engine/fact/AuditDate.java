package org.journeyaudit.engine.fact;

import java.time.LocalDate;

/** The day the audit is taken as of; rules about ages and cadence count from it, never from the clock. */
public record AuditDate(LocalDate asOf) {

    public long daysSince(LocalDate date) {
        return java.time.temporal.ChronoUnit.DAYS.between(date, asOf);
    }

    /** Whether something last done on {@code last} (null: never) is due again, {@code months} later. */
    public boolean overdue(LocalDate last, double months) {
        return last == null || last.plusMonths((long) months).isBefore(asOf);
    }

    /** Whether {@code date} (null: never) lies more than {@code days} days before the audit date. */
    public boolean olderThan(LocalDate date, double days) {
        return date == null || daysSince(date) > days;
    }
}
