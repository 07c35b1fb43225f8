package org.journeyaudit.engine.fact;

/**
 * Where the journey first has an information item: the first step (in journey order) that asks the customer for
 * it or produces it. When that step does both, it is the asking that counts.
 */
public record ItemOrigin(String item, String step, String actor, FlowRole role, int order) {
}
