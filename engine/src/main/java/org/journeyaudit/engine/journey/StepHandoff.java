package org.journeyaudit.engine.journey;

/**
 * Work passing from one person's step to the next person's step of a stage, automated steps between them aside.
 * {@code returning} when the receiving actor already worked on the case earlier in the stage and the handoff is not
 * planned: the work comes back unplanned, what the ping-pong check counts.
 */
public record StepHandoff(Step from, Step to, boolean returning) {

    /** The receiving step says why the work is handed to its actor by design. */
    public boolean planned() {
        return to.plannedHandoff();
    }
}
