package org.journeyaudit.engine.fact;

/** An information item told on at least one touchpoint of a stage: the group the stage's silent channels are reported by. */
public record ItemToldAtStage(String item, String stage) {
}
