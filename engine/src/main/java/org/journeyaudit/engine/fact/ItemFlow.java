package org.journeyaudit.engine.fact;

/**
 * A step asking for, using or producing one information item; {@code order} is the step's place in the journey.
 * Keys that let rules follow an item from step to step by equality instead of comparing every flow with every
 * other: a use's {@code rank} among the item's uses in journey order; an ask's or production's {@code nextUse},
 * the rank of the first use after it (the number of uses when none follows); a use's {@code source}, the order of
 * the latest step before it that asked for or produced the item (-1 when none did). Keys that do not apply are -1.
 * {@code justified} when the step says why it asks the customer again ({@code repeatReason}).
 */
public record ItemFlow(String item, String step, String stage, int stageIndex, String actor, int order, FlowRole role,
        int rank, int nextUse, int source, boolean justified) {
}
