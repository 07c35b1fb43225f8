package org.journeyaudit.engine.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.journey.Channel;
import org.journeyaudit.engine.journey.ChannelKind;
import org.journeyaudit.engine.journey.ChannelMode;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.Stage;
import org.journeyaudit.engine.journey.Step;
import org.journeyaudit.engine.journey.StepKind;
import org.journeyaudit.engine.journey.Touchpoint;
import org.journeyaudit.engine.journey.TouchpointStatus;
import org.junit.jupiter.api.Test;

class JourneyFactsTest {

    private static Step step(String id, String actor, boolean automated) {
        return new Step(id, null, actor, null, StepKind.WORK, null, null, null, null, null, null, automated);
    }

    private static Touchpoint cell(String channel, TouchpointStatus status, Map<String, String> info) {
        return new Touchpoint(channel, status, null, null, null, null, null, info, null, null, null, null);
    }

    private static <T> List<T> of(List<Object> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void foldedTextsCompareWithoutCaseOrSpacing() {
        assertThat(JourneyFacts.fold("  5  Working Days ")).isEqualTo("5 working days");
    }

    @Test
    void theFactsCarryTheModelsHandoffsAndReturnsWithEachActorNamedAsTheJourneyFirstWritesIt() {
        Stage claim = new Stage("claim", null, null, null, null, null, null, List.of(step("register", "L1", false),
                step("check", "platform", true), step("assess", "L2", false), step("recheck", " l1", false), step("close", "l1", false)),
                null);
        List<Object> facts = JourneyFacts.of(new Journey("j", null, null, null, false, null, null, null, null, null, null, null,
                List.of(claim)));

        assertThat(of(facts, Handoff.class)).containsExactly(
                new Handoff("claim", "register", "assess", "L1", "L2", null, null, 2, false),
                new Handoff("claim", "assess", "recheck", "L2", "L1", null, null, 3, false));
        assertThat(of(facts, WorkReturn.class)).containsExactly(new WorkReturn("claim", "L1", "L2", "assess", "recheck", 3));
        assertThat(of(facts, ActorAtStage.class)).containsExactly(new ActorAtStage("claim", "L1", 0), new ActorAtStage("claim", "L2", 2));
        assertThat(of(facts, StepFact.class)).extracting(StepFact::actor).containsExactly("L1", "platform", "L2", "L1", "L1");
    }

    @Test
    void onlyWhatThePresentCellsOfServiceChannelsTellIsComparedForConsistency() {
        Stage block = new Stage("block", null, null, null, null, null, List.of(
                cell("phone", TouchpointStatus.PRESENT, Map.of("fee", "free")),
                cell("app", TouchpointStatus.ABSENT, Map.of("fee", "1 EUR")),
                cell("advert", TouchpointStatus.PRESENT, Map.of("fee", "always free"))), List.of(), null);
        List<Object> facts = JourneyFacts.of(new Journey("j", null, null, null, false, null, null, null, null, null, null, List.of(
                new Channel("phone", null, ChannelMode.ASSISTED, null), new Channel("app", null, ChannelMode.SELF_SERVICE, null),
                new Channel("advert", null, null, null, ChannelKind.AWARENESS)), List.of(block)));

        assertThat(of(facts, InfoFact.class)).containsExactly(new InfoFact("block", 0, "phone", "fee", "free", "free", false));
        assertThat(of(facts, ItemToldAtStage.class)).containsExactly(new ItemToldAtStage("fee", "block"));
        assertThat(of(facts, ItemTold.class)).as("the advert tells the customer too").containsExactly(new ItemTold("fee"));
    }
}
