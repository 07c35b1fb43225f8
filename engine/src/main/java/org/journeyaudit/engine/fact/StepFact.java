package org.journeyaudit.engine.fact;

import org.journeyaudit.engine.journey.StepKind;

/**
 * A backstage step. {@code index} is its place in its stage, {@code order} its place in the whole
 * journey; {@code work} is its name with case and spacing folded; {@code supportLevel} is the line
 * number of actors named like L1, 2L or "line 3" (0 for other actors); {@code mandate} names what obliges the step
 * to be done ("regulation: PSD2 art. 97"), null when nothing does. {@code actor} is the name the journey first
 * gives the step's actor (the same actor written in another case or spacing is named alike); {@code plannedHandoff}
 * when the step says why the work is handed to its actor by design; {@code justifiedRepeat} when it says why it asks
 * the customer again.
 */
public record StepFact(
        String id,
        String stage,
        int stageIndex,
        int index,
        int order,
        String name,
        String work,
        String actor,
        String system,
        StepKind kind,
        double minutes,
        double waitMinutes,
        double recontactRate,
        boolean automated,
        int outputs,
        String producesKey,
        int supportLevel,
        boolean mandated,
        String mandate,
        boolean plannedHandoff,
        boolean justifiedRepeat) {
}
