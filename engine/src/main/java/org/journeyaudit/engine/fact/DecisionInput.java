package org.journeyaudit.engine.fact;

/** An information item a decision depends on. */
public record DecisionInput(String decision, String stage, int stageIndex, String item) {
}
