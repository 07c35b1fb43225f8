package org.journeyaudit.engine.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class FindingTest {

    @Test
    void elementsAreTypedReferencesWrittenAsKindAndIdWhateverTheirRole() {
        Finding finding = Finding.of("redundancy/repeated-request").stage("file-claim")
                .elements(Role.REPEAT, List.of("step:l2-identify", "step:l3-identify"))
                .element(Role.FIRST, "step:take-call")
                .element(Role.ITEM, "item:order.number")
                .about("item:order.number")
                .build();
        assertThat(finding.references()).containsExactly(
                new ElementRef(ElementKind.STEP, "l2-identify", Role.REPEAT), new ElementRef(ElementKind.STEP, "l3-identify", Role.REPEAT),
                new ElementRef(ElementKind.STEP, "take-call", Role.FIRST), new ElementRef(ElementKind.ITEM, "order.number", Role.ITEM));
        assertThat(finding.elements()).containsExactly("step:l2-identify", "step:l3-identify", "step:take-call", "item:order.number");
        assertThat(finding.withRole(Role.REPEAT)).containsExactly("step:l2-identify", "step:l3-identify");
        assertThat(finding.withRoles(Role.FIRST, Role.ITEM)).containsExactly("step:take-call", "item:order.number");
        assertThat(finding.subject()).hasToString("item:order.number");
        assertThat(finding.subjectId()).isEqualTo("order.number");
        assertThat(finding.message()).isNull();
    }

    @Test
    void anElementIsInvolvedOnceInTheRoleItWasFirstGiven() {
        Finding finding = Finding.of("handoff/ping-pong").subject("actor:L1").element(Role.STEP, "actor:L1").element("step:answer")
                .saying("In stage 'file-claim' the work comes back to L1 1 time");
        assertThat(finding.references()).containsExactly(new ElementRef(ElementKind.ACTOR, "L1", Role.SUBJECT),
                new ElementRef(ElementKind.STEP, "answer", null));
        assertThat(finding.subject()).isEqualTo(new ElementRef(ElementKind.ACTOR, "L1", Role.SUBJECT));
        assertThat(finding.worded("changed").message()).isEqualTo("changed");
    }

    @Test
    void withoutANamedSubjectTheFirstElementIsTheSubject() {
        Finding finding = Finding.of("custom/check").element("touchpoint:file-claim@chat").element("channel:chat").saying("x");
        assertThat(finding.subject()).hasToString("touchpoint:file-claim@chat");
        assertThat(Finding.of("custom/check").saying("x").subject()).isNull();
    }

    @Test
    void anElementOfNoKnownKindIsRefusedWithTheKindsThereAre() {
        assertThatThrownBy(() -> Finding.of("pack/rule").element("widget:x"))
                .hasMessage("element 'widget:x' is not written as kind:id with a kind of journey, stage, step, item, channel, "
                        + "touchpoint, actor, system, decision, barrier");
        assertThatThrownBy(() -> Finding.of("pack/rule").element("ask-photo"))
                .hasMessageStartingWith("element 'ask-photo' is not written as kind:id");
    }
}
