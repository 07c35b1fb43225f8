package org.journeyaudit.engine.fact;

/** Derived: a handoff that gives work back to an actor who already worked on it earlier in the stage. */
public record WorkReturn(String stage, String actor, String fromActor, String step, int order) {
}
