package org.journeyaudit.engine.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class StageHandoffsTest {

    static Step person(String id, String actor) {
        return new Step(id, null, actor, null, StepKind.WORK, null, null, List.of(), List.of(), List.of(), null, false);
    }

    static Step automated(String id, String actor) {
        return new Step(id, null, actor, null, StepKind.WORK, null, null, List.of(), List.of(), List.of(), null, true);
    }

    static Step planned(String id, String actor, String reason) {
        return new Step(id, null, actor, null, StepKind.WORK, null, null, List.of(), List.of(), List.of(), null, false, null, null, null, reason);
    }

    private static List<String> described(List<Step> steps) {
        return Stage.handoffs(steps).stream()
                .map(h -> h.from().id() + ">" + h.to().id() + (h.planned() ? " planned" : "") + (h.returning() ? " returning" : ""))
                .toList();
    }

    @Test
    void anAutomatedCheckBetweenTwoStepsOfOneAgentIsNoHandoff() {
        assertThat(described(List.of(person("take", "agent"), automated("validate", "platform"), person("confirm", "agent")))).isEmpty();
    }

    @Test
    void systemsPassingWorkToEachOtherMakeNoHandoff() {
        assertThat(described(List.of(automated("order", "card platform"), automated("emboss", "card bureau")))).isEmpty();
    }

    @Test
    void peopleOnEitherSideOfAutomatedWorkHandItOver() {
        assertThat(described(List.of(person("take", "agent"), automated("validate", "platform"), person("check", "back office"),
                person("confirm", "agent")))).containsExactly("take>check", "check>confirm returning");
    }

    @Test
    void aPlannedHandoffIsAHandoffButNoReturnWhileAnUnplannedBounceAfterItIs() {
        assertThat(described(List.of(person("request", "navigator"), planned("triage", "clinician", "only a clinician decides"),
                planned("book", "navigator", "the navigator books the slot"), person("re-triage", "clinician"))))
                .containsExactly("request>triage planned", "triage>book planned", "book>re-triage returning");
    }

    @Test
    void aStageGivesTheHandoffsOfItsSteps() {
        Stage stage = new Stage("s", null, null, null, null, null, null,
                List.of(person("a", "L1"), automated("b", "robot"), person("c", "L2")), null);
        assertThat(stage.handoffs()).extracting(h -> h.to().id()).containsExactly("c");
    }
}
