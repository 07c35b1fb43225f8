package org.journeyaudit.engine.fact;

/** A step asking for, using or producing one information item; {@code order} is the step's place in the journey. */
public record ItemFlow(String item, String step, String stage, int stageIndex, String actor, int order, FlowRole role) {
}
