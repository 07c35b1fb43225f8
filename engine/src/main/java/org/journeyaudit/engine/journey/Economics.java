package org.journeyaudit.engine.journey;

/**
 * What a minute of contact-centre work costs and how many months a year count. Both may be absent:
 * recommendations then say which figure they assumed.
 */
public record Economics(Double costPerMinute, Integer monthsPerYear) {

    public static final int DEFAULT_MONTHS_PER_YEAR = 12;
    public static final Economics NOT_GIVEN = new Economics(null, null);
}
