package org.journeyaudit.engine.fact;

/**
 * Derived: work passing from one actor to another between two consecutive steps of a stage.
 * {@code order} is the receiving step's place in the journey.
 */
public record Handoff(String stage, String fromStep, String toStep, String fromActor, String toActor,
        String fromSystem, String toSystem, int order) {
}
