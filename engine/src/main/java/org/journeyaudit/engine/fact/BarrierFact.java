package org.journeyaudit.engine.fact;

/** A barrier of a stage, numbered within it, and whether a solution is written for it. */
public record BarrierFact(String stage, int index, String text, boolean resolved) {

    public String element() {
        return Elements.barrier(stage, index);
    }
}
