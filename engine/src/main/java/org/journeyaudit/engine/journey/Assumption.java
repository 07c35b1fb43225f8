package org.journeyaudit.engine.journey;

/**
 * A figure the engine assumes when the journey does not give it, by the name the journey's {@code economics} block
 * overrides it with. {@code BACKSTAGE_COST_PER_MINUTE} has no fixed default: a backstage minute is assumed to cost
 * what a contact-centre minute costs.
 */
public enum Assumption {
    MONTHS_PER_YEAR("monthsPerYear", Economics.DEFAULT_MONTHS_PER_YEAR),
    BACKSTAGE_COST_PER_MINUTE("backstageCostPerMinute", null),
    RECONTACT_AVOIDABLE_SHARE("recontactAvoidableShare", 0.5),
    SELF_SERVICE_SHARE("selfServiceShare", 0.2),
    SECONDS_PER_TRANSFER("secondsPerTransfer", 60.0),
    SECONDS_PER_QUESTION("secondsPerQuestion", 30.0);

    private final String field;
    private final Double defaultValue;

    Assumption(String field, Number defaultValue) {
        this.field = field;
        this.defaultValue = defaultValue == null ? null : defaultValue.doubleValue();
    }

    /** The field of {@code economics} that overrides it. */
    public String field() {
        return field;
    }

    /** The default; null for the backstage cost, which defaults to the journey's costPerMinute. */
    public Double defaultValue() {
        return defaultValue;
    }
}
