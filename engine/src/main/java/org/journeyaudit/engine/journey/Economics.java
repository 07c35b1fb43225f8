package org.journeyaudit.engine.journey;

/**
 * What a minute of contact-centre work costs, how many months a year count, and the values the journey sets for
 * the engine's named assumptions ({@link Assumption}). Every field may be absent: the assumption's default then
 * applies and recommendations say so.
 */
public record Economics(Double costPerMinute, Integer monthsPerYear, Double backstageCostPerMinute, Double recontactAvoidableShare,
        Double selfServiceShare, Double secondsPerTransfer, Double secondsPerQuestion) {

    public static final int DEFAULT_MONTHS_PER_YEAR = 12;
    public static final Economics NOT_GIVEN = new Economics(null, null);

    public Economics(Double costPerMinute, Integer monthsPerYear) {
        this(costPerMinute, monthsPerYear, null, null, null, null, null);
    }

    /** The months a year that annual figures count: the journey's, else the default. */
    public int months() {
        return monthsPerYear == null ? DEFAULT_MONTHS_PER_YEAR : monthsPerYear;
    }

    /** The value the journey sets for an assumption, or null when it leaves the default. */
    public Double given(Assumption assumption) {
        return switch (assumption) {
            case MONTHS_PER_YEAR -> monthsPerYear == null ? null : monthsPerYear.doubleValue();
            case BACKSTAGE_COST_PER_MINUTE -> backstageCostPerMinute;
            case RECONTACT_AVOIDABLE_SHARE -> recontactAvoidableShare;
            case SELF_SERVICE_SHARE -> selfServiceShare;
            case SECONDS_PER_TRANSFER -> secondsPerTransfer;
            case SECONDS_PER_QUESTION -> secondsPerQuestion;
        };
    }
}
