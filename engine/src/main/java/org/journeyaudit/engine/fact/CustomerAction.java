package org.journeyaudit.engine.fact;

/**
 * One action the customer takes at a stage (the frontstage lane), with the customer's own minutes and waiting (0 when
 * not given) and the effort judged ({@code low}, {@code medium}, {@code high}; null when not judged). {@code channel} is
 * null for an action taken on no channel. No handoff or cost rule matches it: it is nobody's backstage work.
 */
public record CustomerAction(String stage, int stageIndex, String id, String name, String channel, double minutes, double waitMinutes,
        String effort) {
}
