package org.journeyaudit.engine.fact;

import java.time.Duration;

/**
 * A stage as the event log shows it: its cases, those whose time at the stage is over the stage's SLA standard
 * ({@code overStandard}), and the standard itself (the longest of its present touchpoints; null when none gives one).
 */
public record ObservedStage(String stage, int stageIndex, long cases, long overStandard, Duration standard) {

    /** The cases over the standard as a share of the stage's cases; 0 when the log has none there. */
    public double overShare() {
        return cases == 0 ? 0 : (double) overStandard / cases;
    }
}
