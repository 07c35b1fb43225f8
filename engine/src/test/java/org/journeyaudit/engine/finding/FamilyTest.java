package org.journeyaudit.engine.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.journey.Channel;
import org.journeyaudit.engine.journey.ChannelKind;
import org.journeyaudit.engine.journey.ChannelMode;
import org.journeyaudit.engine.journey.InfoSource;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.RequiredInfo;
import org.journeyaudit.engine.journey.Stage;
import org.journeyaudit.engine.journey.Step;
import org.journeyaudit.engine.journey.StepKind;
import org.journeyaudit.engine.journey.Touchpoint;
import org.journeyaudit.engine.journey.TouchpointStatus;
import org.journeyaudit.engine.language.Language;
import org.junit.jupiter.api.Test;

class FamilyTest {

    private static final List<Channel> CHANNELS = List.of(new Channel("phone", null, ChannelMode.ASSISTED, null),
            new Channel("chat", null, ChannelMode.ASSISTED, null), new Channel("advert", null, null, null, ChannelKind.AWARENESS));

    private static Touchpoint present(String channel) {
        return new Touchpoint(channel, TouchpointStatus.PRESENT, null, null, null, null, null, null, null, null, null, null);
    }

    private static Touchpoint absent(String channel) {
        return new Touchpoint(channel, TouchpointStatus.ABSENT, "not offered", null, null, null, null, null, null, null, null, null);
    }

    private static Journey journey(List<Channel> channels, List<Touchpoint> touchpoints, List<Step> steps) {
        return new Journey("j", null, null, null, false, null, null, null, null, null, null, channels,
                List.of(new Stage("s", null, null, null, null, null, touchpoints, steps, null)));
    }

    @Test
    void theFamiliesInTheOrderReportsShowThem() {
        assertThat(Family.words()).containsExactly("redundancy", "coverage", "handoff", "consistency", "governance", "demand", "experience", "evidence");
        assertThat(Family.ofRule("handoff/ping-pong")).contains(Family.HANDOFF);
        assertThat(Family.ofRule("custom/status-in-chat")).as("custom checks are no flaw family of the domain").isEmpty();
        assertThat(Family.of("handoffs")).isEmpty();
    }

    @Test
    void eachFamilyIsNamedInBothLanguages() {
        assertThat(Family.HANDOFF.title(Language.EN)).isEqualTo("Handoffs");
        assertThat(Family.HANDOFF.title(Language.RU)).isEqualTo("Передачи (хэндоффы)");
        assertThat(Family.EVIDENCE.title(Language.EN)).isEqualTo("Design versus reality");
        assertThat(Family.EVIDENCE.title(Language.RU)).isEqualTo("Замысел и реальность");
        assertThat(Family.CONSISTENCY.description(Language.EN))
                .isEqualTo("What customers are told, and what they get, on the different channels of one stage.");
        assertThat(Family.CONSISTENCY.description(Language.RU)).isEqualTo("Что клиенту сообщают и что он получает в разных каналах одного этапа.");
    }

    @Test
    void experienceAppliesWhereAStageGivesAnEmotionOrAPain() {
        Journey felt = new Journey("j", null, null, null, false, null, null, null, null, null, null, CHANNELS,
                List.of(new Stage("s", null, null, -2, null, null, List.of(), List.of(), null)));
        Journey pained = new Journey("j", null, null, null, false, null, null, null, null, null, null, CHANNELS,
                List.of(new Stage("s", null, null, null, List.of("long wait"), null, List.of(), List.of(), null)));
        assertThat(Family.EXPERIENCE.appliesTo(felt)).isTrue();
        assertThat(Family.EXPERIENCE.appliesTo(pained)).isTrue();
        assertThat(Family.EXPERIENCE.appliesTo(journey(CHANNELS, List.of(present("phone")), List.of())))
                .as("a map with no emotion and no pain gives the experience rules nothing to judge").isFalse();
        assertThat(Family.EXPERIENCE.title(Language.RU)).isEqualTo("Клиентский опыт");
    }

    @Test
    void consistencyAppliesWhereTwoServiceChannelsServeAStage() {
        assertThat(Family.CONSISTENCY.appliesTo(journey(CHANNELS, List.of(present("phone"), present("chat")), List.of()))).isTrue();
        assertThat(Family.CONSISTENCY.appliesTo(journey(CHANNELS, List.of(present("phone"), present("advert")), List.of())))
                .as("an advert is not compared").isFalse();
        assertThat(Family.CONSISTENCY.appliesTo(journey(CHANNELS, List.of(present("phone"), absent("chat")), List.of())))
                .as("an absent cell serves nothing").isFalse();
    }

    @Test
    void backstageFamiliesNeedStepsCoverageNeedsChannelsGovernanceAlwaysApplies() {
        Journey frontOnly = journey(List.of(), List.of(), List.of());
        Journey withSteps = journey(List.of(), List.of(), List.of(new Step("take", null, "agent", null, StepKind.WORK, null, null,
                null, null, null, null, false)));
        assertThat(Family.REDUNDANCY.appliesTo(frontOnly)).isFalse();
        assertThat(Family.HANDOFF.appliesTo(withSteps)).isTrue();
        assertThat(Family.COVERAGE.appliesTo(frontOnly)).isFalse();
        assertThat(Family.COVERAGE.appliesTo(journey(CHANNELS, List.of(), List.of()))).isTrue();
        assertThat(Family.GOVERNANCE.appliesTo(frontOnly)).isTrue();
        assertThat(Family.EVIDENCE.appliesTo(withSteps)).as("a journey audited without its event log").isFalse();
    }

    @Test
    void failureDemandNeedsContactsCountedByReasonAndRequiredInformationIsAlwaysAMatterOfConsistency() {
        Stage counted = new Stage("s", null, null, null, null, null, List.of(present("phone")), List.of(), null, null, null, false, null,
                null, false, false, null, List.of(new RequiredInfo("ombudsman", InfoSource.LAW, null, null)), Map.of("where-is-my-card", 40.0));
        Journey withReasons = new Journey("j", null, null, null, false, null, null, null, null, null, null, CHANNELS, List.of(counted));
        assertThat(Family.DEMAND.appliesTo(withReasons)).isTrue();
        assertThat(Family.DEMAND.appliesTo(journey(CHANNELS, List.of(present("phone")), List.of()))).isFalse();
        assertThat(Family.CONSISTENCY.appliesTo(withReasons)).as("one channel, but information the stage must tell").isTrue();
        assertThat(Family.DEMAND.title(Language.RU)).isEqualTo("Вызванные обращения (failure demand)");
    }
}
