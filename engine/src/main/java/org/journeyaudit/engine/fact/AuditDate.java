package org.journeyaudit.engine.fact;

import java.time.LocalDate;

/** The day the audit is taken as of; rules about ages and cadence count from it, never from the clock. */
public record AuditDate(LocalDate asOf) {

    public long daysSince(LocalDate date) {
        return java.time.temporal.ChronoUnit.DAYS.between(date, asOf);
    }

    /** Whether something last done on {@code last} (null: never) is due again, {@code months} later. */
    public boolean overdue(LocalDate last, double months) {
        if (last == null) {
            return true;
        }
        long whole = (long) months;
        // a fraction of a month counts in days, 30 to the month, so that 1.5 months is not read as 1
        long days = Math.round((months - whole) * 30);
        return last.plusMonths(whole).plusDays(days).isBefore(asOf);
    }

    /** Whether {@code date} (null: never) lies more than {@code days} days before the audit date. */
    public boolean olderThan(LocalDate date, double days) {
        return date == null || daysSince(date) > days;
    }
}
