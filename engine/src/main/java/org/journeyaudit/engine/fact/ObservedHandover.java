package org.journeyaudit.engine.fact;

/**
 * Work the event log shows passing from one actor to another inside a stage: {@code handovers} times, over the
 * {@code cases} the log has at the stage; {@code designed} says whether the journey shows this handoff there.
 * Actors under the names the journey gives them (or the log, for an actor the mapping does not map).
 */
public record ObservedHandover(String stage, int stageIndex, String from, String to, long handovers, long cases, boolean designed) {

    /** The handovers as a share of the stage's cases; 0 when the log has none there. */
    public double share() {
        return cases == 0 ? 0 : (double) handovers / cases;
    }
}
