package org.journeyaudit.engine.fact;

/**
 * A stage's volume as the event log shows it beside the document's: the log's {@code cases} at the stage over the
 * log's period ({@code periodDays}, from its earliest event to its latest), as cases a month, and the stage's
 * {@code casesPerMonth} as the document gives it (null when it gives none); {@code log} names the log they are read from.
 */
public record ObservedVolume(String stage, int stageIndex, long cases, double periodDays, Double documented, String log) {

    /** Days in an average month: a year of 365.25 days over twelve. */
    public static final double DAYS_A_MONTH = 365.25 / 12;

    /** The log's cases at the stage scaled to a month of its period; 0 for a log shorter than a day's second. */
    public double perMonth() {
        return periodDays <= 0 ? 0 : cases / (periodDays / DAYS_A_MONTH);
    }

    /** Whether the log covers at least a month, so that a monthly figure read from it is not a few days' peak or lull. */
    public boolean monthly() {
        return periodDays >= DAYS_A_MONTH;
    }

    /** How many times the larger of the two figures is the smaller (1 when equal); 0 when either is missing or zero. */
    public double ratio() {
        double observed = perMonth();
        if (documented == null || documented <= 0 || observed <= 0) {
            return 0;
        }
        return Math.max(observed, documented) / Math.min(observed, documented);
    }
}
