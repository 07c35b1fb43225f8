package org.journeyaudit.engine.fact;

/** A stage, its position in the journey, and its contacts a month over the channels serving it (0 when not given). */
public record StageFact(String id, int index, String name, double volumePerMonth, int stepCount) {
}
