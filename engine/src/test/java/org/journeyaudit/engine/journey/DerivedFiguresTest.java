package org.journeyaudit.engine.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The figures the journey model derives once for the facts, the comparator, the checklist, the checks and the reports. */
class DerivedFiguresTest {

    private static Touchpoint cell(String channel, TouchpointStatus status, String... info) {
        Map<String, String> told = new LinkedHashMap<>();
        for (int i = 0; i < info.length; i += 2) {
            told.put(info[i], info[i + 1]);
        }
        return new Touchpoint(channel, status, null, null, null, null, null, told, null, null, null, null);
    }

    private static Stage stage(String id, List<Touchpoint> touchpoints, List<Step> steps) {
        return new Stage(id, null, null, null, null, null, touchpoints, steps, null);
    }

    private static Journey journey(List<Stage> stages) {
        return new Journey("card-loss", null, null, null, false, null, null, null, null, null, null, List.of(
                new Channel("phone", "Phone", ChannelMode.ASSISTED, null),
                new Channel("app", "App", ChannelMode.SELF_SERVICE, null),
                new Channel("advert", "Billboard", null, null, ChannelKind.AWARENESS),
                new Channel("dealer", "Dealer", ChannelMode.ASSISTED, null, ChannelKind.PARTNER)), stages);
    }

    private static List<String> returns(List<Step> steps) {
        return stage("s", null, steps).returns().stream().map(h -> h.from().id() + ">" + h.to().id()).toList();
    }

    // ------------------------------------------------------------------ handoffs and returns

    @Test
    void anActorWrittenInAnotherCaseOrSpacingHandsNothingToThemself() {
        Stage stage = stage("s", null, List.of(StageHandoffsTest.person("take", "L2"), StageHandoffsTest.person("check", "l2 "),
                StageHandoffsTest.person("fix", "2L")));
        assertThat(stage.handoffs()).extracting(h -> h.from().id() + ">" + h.to().id()).containsExactly("check>fix");
    }

    @Test
    void workComingBackToAnActorIsAReturnWhateverCaseTheActorIsWrittenIn() {
        assertThat(returns(List.of(StageHandoffsTest.person("register", "L1"), StageHandoffsTest.person("assess", "L2"),
                StageHandoffsTest.person("recheck", " l1")))).containsExactly("assess>recheck");
    }

    @Test
    void returnsLeaveOutPlannedHandoffsAutomatedWorkAndOtherNamesOfALine() {
        assertThat(returns(List.of(StageHandoffsTest.person("request", "navigator"),
                StageHandoffsTest.planned("triage", "clinician", "only a clinician decides"),
                StageHandoffsTest.planned("book", "navigator", "the navigator books the slot")))).as("planned").isEmpty();
        assertThat(returns(List.of(StageHandoffsTest.person("take", "agent"), StageHandoffsTest.automated("validate", "platform"),
                StageHandoffsTest.person("confirm", "agent")))).as("automated work between one agent's steps").isEmpty();
        assertThat(returns(List.of(StageHandoffsTest.person("take", "L2"), StageHandoffsTest.person("check", "L3"),
                StageHandoffsTest.person("fix", "2L")))).as("L2 and 2L are two names").isEmpty();
        assertThat(returns(List.of(StageHandoffsTest.person("take", "L1"), StageHandoffsTest.automated("route", "L2 robot"),
                StageHandoffsTest.person("check", "L2"), StageHandoffsTest.automated("notify", "L1"), StageHandoffsTest.person("close", "L1"))))
                .as("an automated step under a person's name is no turn at the case").containsExactly("check>close");
    }

    // ------------------------------------------------------------------ what the customer is told

    @Test
    void onlyAPresentCellTellsTheCustomerAnything() {
        assertThat(cell("phone", TouchpointStatus.PRESENT, "delivery", "5 days").told()).containsExactly(Map.entry("delivery", "5 days"));
        assertThat(cell("phone", TouchpointStatus.ABSENT, "delivery", "5 days").told()).isEmpty();
        assertThat(cell("phone", TouchpointStatus.NOT_APPLICABLE, "delivery", "5 days").told()).isEmpty();
    }

    @Test
    void theJourneyListsWhatEachPresentCellTellsAndWhetherTheCompanyTellsIt() {
        Journey journey = journey(List.of(
                stage("block", List.of(cell("phone", TouchpointStatus.PRESENT, "fee", "free", "delivery", "5 days"),
                        cell("app", TouchpointStatus.ABSENT, "fee", "1 EUR"),
                        cell("advert", TouchpointStatus.PRESENT, "fee", "always free"),
                        cell("dealer", TouchpointStatus.PRESENT, "delivery", "a week")), List.of()),
                stage("reissue", List.of(cell("app", TouchpointStatus.PRESENT, "delivery", "5 working days"),
                        cell("phone", TouchpointStatus.NOT_APPLICABLE, "delivery", "3 days")), List.of())));
        assertThat(journey.told()).extracting(t -> t.stage().id() + "@" + t.channel() + " " + t.item() + "=" + t.value()
                + (t.byService() ? "" : " (not by service)")).containsExactly(
                        "block@phone fee=free",
                        "block@phone delivery=5 days",
                        "block@advert fee=always free (not by service)",
                        "block@dealer delivery=a week (not by service)",
                        "reissue@app delivery=5 working days");
    }

    // ------------------------------------------------------------------ present channels and undecided cells

    @Test
    void presentChannelsAreThePresentCellsOfAnyKindAndServingChannelsLeaveOutAdvertsAndPartners() {
        Stage stage = stage("block", List.of(cell("phone", TouchpointStatus.PRESENT), cell("app", TouchpointStatus.ABSENT),
                cell("advert", TouchpointStatus.PRESENT), cell("dealer", TouchpointStatus.PRESENT)), List.of());
        Journey journey = journey(List.of(stage));
        assertThat(stage.presentChannels()).containsExactly("phone", "advert", "dealer");
        assertThat(journey.servingChannels(stage)).containsExactly("phone");
        assertThat(stage.presentOn("phone")).isTrue();
        assertThat(stage.presentOn("app")).as("absent").isFalse();
        assertThat(stage.presentOn("email")).as("no cell").isFalse();
        assertThat(stage.cell("app")).map(Touchpoint::status).contains(TouchpointStatus.ABSENT);
    }

    @Test
    void anUndecidedCellIsAServiceChannelTheStageSaysNothingAbout() {
        Stage block = stage("block", List.of(cell("phone", TouchpointStatus.ABSENT), cell("dealer", TouchpointStatus.PRESENT)), List.of());
        Stage reissue = stage("reissue", List.of(cell("phone", TouchpointStatus.PRESENT), cell("app", TouchpointStatus.NOT_APPLICABLE)),
                List.of());
        Journey journey = journey(List.of(block, reissue));
        assertThat(journey.undecidedChannels(block)).as("an absent cell is decided; the advert has no cell to decide").containsExactly("app");
        assertThat(journey.undecidedChannels(reissue)).as("not applicable is decided").isEmpty();
    }

    // ------------------------------------------------------------------ names

    @Test
    void aJourneyIsLabelledByIdAndVersionAndShownByNameOrId() {
        Journey named = new Journey("insurance-insured-event", "Insured event", "2025", null, false, null, null, null, null, null, null,
                null, List.of());
        Journey bare = new Journey("card-loss", " ", null, null, false, null, null, null, null, null, null, null, List.of());
        assertThat(named.label()).isEqualTo("insurance-insured-event 2025");
        assertThat(named.displayName()).isEqualTo("Insured event");
        assertThat(bare.label()).isEqualTo("card-loss");
        assertThat(bare.displayName()).isEqualTo("card-loss");
        assertThat(new Stage("file-claim", "File the claim", null, null, null, null, null, null, null).displayName())
                .isEqualTo("File the claim");
        assertThat(new Stage("file-claim", "", null, null, null, null, null, null, null).displayName()).isEqualTo("file-claim");
    }

    @Test
    void channelsAndStepsAreShownByNameOrId() {
        assertThat(new Channel("chat", "Web chat", ChannelMode.ASSISTED, null).displayName()).isEqualTo("Web chat");
        assertThat(new Channel("chat", null, ChannelMode.ASSISTED, null).displayName()).isEqualTo("chat");
        assertThat(new Step("ask-photo", "Ask for a photo", "agent", null, StepKind.REQUEST, null, null, null, null, null, null, false)
                .displayName()).isEqualTo("Ask for a photo");
        assertThat(StageHandoffsTest.person("ask-photo", "agent").displayName()).isEqualTo("ask-photo");
    }
}
