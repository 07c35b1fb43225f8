package org.journeyaudit.engine.fact;

/** An actor who works at a stage, with the order (in the journey) of the actor's first step there. */
public record ActorAtStage(String stage, String actor, int firstOrder) {
}
