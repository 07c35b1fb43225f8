package org.journeyaudit.engine.fact;

/**
 * Work passing from one person to another between two consecutive steps of a stage that people do
 * (automated steps between them aside). {@code order} is the receiving step's place in the journey; {@code planned}
 * when the receiving step says why the work reaches its actor by design.
 */
public record Handoff(String stage, String fromStep, String toStep, String fromActor, String toActor,
        String fromSystem, String toSystem, int order, boolean planned) {
}
