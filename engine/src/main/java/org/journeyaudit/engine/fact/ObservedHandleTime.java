package org.journeyaudit.engine.fact;

/**
 * How long the contacts on one channel at a stage are handled as the event log shows it, beside the document's: the
 * {@code contacts} whose row gives a handle time, their median and p90 in seconds, the log's period
 * ({@code periodDays}, from its earliest event to its latest), the {@code handleSeconds} of the stage's touchpoint on the
 * channel ({@code documented}, null when the stage has no touchpoint there or it gives none) and whether people handle
 * that touchpoint's contacts ({@code handled}: present, on a serving channel, inbound); {@code log} names the log.
 */
public record ObservedHandleTime(String stage, int stageIndex, String channel, long contacts, long medianSeconds, long p90Seconds,
        double periodDays, Double documented, boolean handled, String log) {

    /** How many times the larger of the observed median and the document's handle time is the smaller; 0 when either is missing or zero. */
    public double ratio() {
        if (documented == null || documented <= 0 || medianSeconds <= 0) {
            return 0;
        }
        return Math.max(medianSeconds, documented) / Math.min(medianSeconds, documented);
    }

    /** Whether contacts take longer in the log than in the document, so that the cost to serve is understated. */
    public boolean longer() {
        return documented != null && medianSeconds > documented;
    }
}
