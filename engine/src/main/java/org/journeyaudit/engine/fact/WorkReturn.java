package org.journeyaudit.engine.fact;

/**
 * An unplanned handoff that gives work back to an actor who already worked on it earlier in the stage;
 * {@code fromStep} is the step that sends it back, {@code step} the one that receives it.
 */
public record WorkReturn(String stage, String actor, String fromActor, String fromStep, String step, int order) {
}
