package org.journeyaudit.engine.fact;

/** A step that pauses a linked journey ({@code pauses: [debt-collection]}), at its stage and the stage's place. */
public record JourneyPause(String stage, int index, String step, String paused) {
}
