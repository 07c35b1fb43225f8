package org.journeyaudit.engine.fact;

/**
 * A designed step set beside the event log: how many of the log's events record it ({@code events}), how many cases
 * the log has at its stage ({@code stageCases}), and whether it is work the company's own people record (an automated
 * step or a partner's step leaves no trace in a contact or ticket log, so its absence there proves nothing).
 */
public record ObservedStepRecord(String stage, int stageIndex, String step, long events, long stageCases, boolean automated,
        String partner) {
}
