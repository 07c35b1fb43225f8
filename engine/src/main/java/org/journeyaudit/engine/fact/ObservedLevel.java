package org.journeyaudit.engine.fact;

/**
 * A support level the event log shows cases escalated to at a stage: {@code cases} of the {@code stageCases} the log
 * has there reached {@code level} by an escalation; {@code designed} says whether the stage's design has a line of
 * that number (an actor of its steps named L2, 2nd line, ...).
 */
public record ObservedLevel(String stage, int stageIndex, int level, long cases, long stageCases, boolean designed) {

    /** The escalated cases as a share of the stage's cases; 0 when the log has none there. */
    public double share() {
        return stageCases == 0 ? 0 : (double) cases / stageCases;
    }
}
