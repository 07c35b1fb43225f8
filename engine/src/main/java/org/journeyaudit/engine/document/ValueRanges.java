package org.journeyaudit.engine.document;

import java.time.Duration;
import java.time.LocalDate;

/**
 * The documented range of every number, duration and date a document may give (the README lists them).
 * Each is wide enough for any real journey and narrow enough that no figure overflows a formula or a
 * report.
 */
public final class ValueRanges {

    /** Money per minute of contact-centre work, in the journey's currency. */
    public static final NumberRange COST_PER_MINUTE = NumberRange.of(0, 1_000_000);
    /** Contacts a month on one touchpoint. */
    public static final NumberRange VOLUME_PER_MONTH = NumberRange.of(0, 100_000_000);
    /** The handling time of one contact: at most a day. */
    public static final NumberRange HANDLE_SECONDS = NumberRange.of(0, 86_400);
    /** Average transfers within one contact. */
    public static final NumberRange TRANSFERS = NumberRange.of(0, 100);
    /** A step's work or waiting time: at most a year. */
    public static final NumberRange MINUTES = NumberRange.of(0, 525_600);
    /** A share of cases. */
    public static final NumberRange RATE = NumberRange.of(0, 1);
    /** A journey metric (CES, FCR, NPS ...): any scale, finite. */
    public static final NumberRange METRIC = NumberRange.of(-1_000_000, 1_000_000);
    /** A rule's threshold set by a profile (handoffs, days, months ...). */
    public static final NumberRange RULE_THRESHOLD = NumberRange.of(0, 1_000_000);
    /** A number a custom check compares a field with. */
    public static final NumberRange CHECK_OPERAND = NumberRange.of(-1_000_000_000, 1_000_000_000);

    /** The longest service-level duration: ten years. */
    public static final Duration LONGEST_SLA = Duration.ofDays(3650);
    public static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(2999, 12, 31);

    private ValueRanges() {
    }
}
