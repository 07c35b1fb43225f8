package org.journeyaudit.engine.fact;

/** A stage at which some step asks the customer for an item: one per (item, stage), the group repeated requests are reported by. */
public record ItemAsked(String item, String stage) {
}
