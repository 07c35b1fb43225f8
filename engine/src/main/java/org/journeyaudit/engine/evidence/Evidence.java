package org.journeyaudit.engine.evidence;

import java.util.List;

import org.journeyaudit.engine.journey.Journey;

/**
 * A journey set beside the log it produces: what the design says of each stage and what the log shows of it.
 * {@code log} names the log as reports show it.
 */
public record Evidence(Journey journey, String log, ObservedMeasures measures) {

    /** The design of each stage, in the journey's order. */
    public List<StageDesign> designs() {
        return journey.stages().stream().map(stage -> StageDesign.of(journey, stage)).toList();
    }
}
