package org.journeyaudit.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.journeyaudit.engine.journey.Step;
import org.journeyaudit.engine.journey.StepKind;
import org.junit.jupiter.api.Test;

/** The handoffs a recommendation spares the customer are counted between people, as the handoff rules count them. */
class HandoffsRemovedTest {

    private static Step person(String id, String actor) {
        return new Step(id, null, actor, null, StepKind.WORK, null, null, List.of(), List.of(), List.of(), null, false);
    }

    private static Step automated(String id, String actor) {
        return new Step(id, null, actor, null, StepKind.WORK, null, null, List.of(), List.of(), List.of(), null, true);
    }

    @Test
    void removingAnAutomatedCheckBetweenTwoStepsOfOneAgentSparesNoHandoff() {
        List<Step> steps = List.of(person("take", "agent"), automated("validate", "platform"), person("confirm", "agent"));
        assertThat(ImpactEstimator.handoffsRemoved(steps, List.of(1))).isZero();
    }

    @Test
    void removingABackOfficeStepBetweenTwoStepsOfOneAgentSparesBothHandoffsAcrossTheAutomatedWork() {
        List<Step> steps = List.of(person("take", "agent"), automated("validate", "platform"), person("check", "back office"),
                automated("log", "platform"), person("confirm", "agent"));
        assertThat(ImpactEstimator.handoffsRemoved(steps, List.of(2))).isEqualTo(2);
    }

    @Test
    void removedStepsWithOnlyAutomatedWorkBetweenThemAreOneRun() {
        List<Step> steps = List.of(person("take", "L1"), person("assess", "L2"), automated("log", "robot"), person("approve", "L3"),
                person("reply", "L1"));
        // L1 > L2 > L3 > L1 becomes L1 > L1: three handoffs fewer
        assertThat(ImpactEstimator.handoffsRemoved(steps, List.of(1, 3))).isEqualTo(3);
    }

    @Test
    void removingTheLastPersonOfAStageSparesTheHandoffIntoIt() {
        List<Step> steps = List.of(person("take", "L1"), automated("log", "robot"), person("reply", "L2"), automated("notify", "robot"));
        assertThat(ImpactEstimator.handoffsRemoved(steps, List.of(2))).isEqualTo(1);
    }
}
