package org.journeyaudit.engine.fact;

/** A person who works at a stage, with the order (in the journey) of the actor's first step there that is not automated. */
public record ActorAtStage(String stage, String actor, int firstOrder) {
}
