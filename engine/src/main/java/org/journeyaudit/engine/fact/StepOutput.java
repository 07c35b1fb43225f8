package org.journeyaudit.engine.fact;

import org.journeyaudit.engine.journey.StepKind;

/** A set of produced items (as {@link StepFact#producesKey()}) made by steps of one kind at a stage: one per group. */
public record StepOutput(String stage, StepKind kind, String producesKey) {
}
