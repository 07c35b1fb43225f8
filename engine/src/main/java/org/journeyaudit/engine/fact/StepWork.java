package org.journeyaudit.engine.fact;

/** A piece of work (a step name, case and spacing folded) done at a stage: one per (stage, work), the group duplicate steps are found in. */
public record StepWork(String stage, String work) {
}
