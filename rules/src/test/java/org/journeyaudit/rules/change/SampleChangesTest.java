package org.journeyaudit.rules.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.journeyaudit.engine.change.AffectedItem;
import org.journeyaudit.engine.change.AffectedJourney;
import org.journeyaudit.engine.change.AffectedStage;
import org.journeyaudit.engine.change.AffectedStep;
import org.journeyaudit.engine.change.AffectedTouchpoint;
import org.journeyaudit.engine.change.ChangeImpact;
import org.journeyaudit.engine.change.ChangeRequestReader;
import org.journeyaudit.engine.change.ChecklistItem;
import org.journeyaudit.engine.change.ImpactAnalyzer;
import org.journeyaudit.engine.change.Reason;
import org.journeyaudit.engine.change.RelatedJourney;
import org.journeyaudit.engine.change.Significance;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.junit.jupiter.api.Test;

/**
 * The sample change requests against the sample portfolio (every journey directly in {@code samples/}, as
 * {@code journey-audit impact CHANGE samples/} reads it): the exact journeys, parts, reasons and figures.
 */
class SampleChangesTest {

    static final Path SAMPLES = Path.of("../samples");
    static final LocalDate AS_OF = LocalDate.parse("2026-11-22");
    private static final ImpactAnalyzer ANALYZER = new ImpactAnalyzer(RuleBase.builtIn());

    static List<Journey> portfolio() throws IOException {
        JourneyReader reader = new JourneyReader();
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().map(reader::read).toList();
        }
    }

    static ChangeImpact impact(String change) throws IOException {
        return ANALYZER.analyse(new ChangeRequestReader().read(SAMPLES.resolve("changes/" + change + ".yaml")), portfolio(), AS_OF);
    }

    /** Each affected part of a journey on one line, with its reasons. */
    static List<String> outline(AffectedJourney journey) {
        List<String> lines = new ArrayList<>();
        for (AffectedStage stage : journey.stages()) {
            if (!stage.reasons().isEmpty()) {
                lines.add(stage.stage().id() + ": " + reasons(stage.reasons()));
            }
            for (AffectedTouchpoint t : stage.touchpoints()) {
                lines.add(t.element() + " (" + t.touchpoint().status().word() + "): " + reasons(t.reasons()));
            }
            for (AffectedStep s : stage.steps()) {
                lines.add(stage.stage().id() + "/" + s.step().id() + ": " + reasons(s.reasons()));
            }
        }
        for (AffectedItem item : journey.items()) {
            lines.add("item " + item.key() + ": told on " + item.toldOn() + ", asked by " + item.askedBy() + ", produced by "
                    + item.producedBy() + ", used by " + item.usedBy() + ", decisions " + item.decidedBy());
        }
        return lines;
    }

    private static String reasons(List<Reason> reasons) {
        return String.join("; ", reasons.stream().map(Reason::describe).toList());
    }

    private static List<String> known(ChangeImpact impact, String item) {
        return impact.checklist().stream().filter(c -> c.id().equals(item)).findFirst().orElseThrow().known();
    }

    @Test
    void aNewCrmReplacingJiraReachesTheClaimAndBothComplaintVersionsAndPricesTheClaimExposure() throws IOException {
        ChangeImpact impact = impact("crm-replaces-jira");
        assertThat(impact.journeysAnalysed()).isEqualTo(7);
        assertThat(impact.classification().significance()).isEqualTo(Significance.SIGNIFICANT);
        assertThat(impact.classification().forced()).isFalse();
        assertThat(impact.affected()).extracting(AffectedJourney::rank, AffectedJourney::label).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "retail-defective-goods before"),
                org.assertj.core.groups.Tuple.tuple(2, "complaint-handling after"),
                org.assertj.core.groups.Tuple.tuple(3, "complaint-handling before"));

        AffectedJourney claims = impact.affected().get(0);
        assertThat(outline(claims)).containsExactly(
                "file-claim/take-call: runs in system CRM (touches.systems[1]); produces claim.ticket (touches.items[1])",
                "file-claim/ask-photo: runs in system CRM (touches.systems[1])",
                "file-claim/review-photo: uses claim.ticket (touches.items[1])",
                "file-claim/check-history: runs in system CRM (touches.systems[1]); uses claim.ticket (touches.items[1])",
                "item claim.ticket: told on [], asked by [], produced by [take-call], used by [review-photo, check-history], decisions []");
        // the whole stage is exposed because its steps are: the phone line; e-mail is not applicable and carries no contacts
        assertThat(claims.exposure().touchpoints()).containsExactly("file-claim@phone");
        assertThat(claims.exposure().volumePerMonth()).isEqualTo(13700.0);
        assertThat(claims.exposure().annualCost()).isEqualByComparingTo(new BigDecimal("10357200"));
        assertThat(claims.exposure().costs()).containsExactly(
                "file-claim@phone: 13,700 contacts/month x 420 s / 60 x 9 RUB/min x 12 months = 10,357,200 RUB");
        assertThat(claims.exposure().notPriced()).isEmpty();

        assertThat(outline(impact.affected().get(2))).containsExactly(
                "file-complaint/register-in-jira: runs in system Jira (touches.systems[0]); produces complaint.ticket (touches.items[0])",
                "file-complaint/analyse-3l: runs in system Jira (touches.systems[0]); uses complaint.ticket (touches.items[0])",
                "file-complaint/return-to-2l: runs in system Jira (touches.systems[0])",
                "file-complaint/forward-to-3l: runs in system Jira (touches.systems[0])",
                "file-complaint/answer-customer: runs in system Jira (touches.systems[0]); uses complaint.ticket (touches.items[0])",
                "item complaint.ticket: told on [], asked by [], produced by [register-in-jira], used by [analyse-3l, answer-customer], "
                        + "decisions []");
        assertThat(impact.affected().get(1).steps()).extracting(s -> s.step().id())
                .containsExactly("take-call", "register-in-jira", "take-explanation", "send-to-3l", "answer-customer");
        assertThat(impact.affected().get(2).exposure().volumePerMonth()).isNull();
        assertThat(impact.affected().get(2).exposure().annualCost()).isNull();
        assertThat(impact.affected().get(2).exposure().notPriced())
                .containsExactly("the exposed touchpoint file-complaint@phone gives no volumePerMonth");
        assertThat(impact.volumePerMonth()).isEqualTo(13700.0);
        assertThat(impact.annualCost()).containsOnlyKeys("RUB");
        assertThat(impact.annualCost().get("RUB")).isEqualByComparingTo(new BigDecimal("10357200"));

        // the insured-event journey is not named, but its first and third lines are those of the affected steps
        assertThat(impact.related()).singleElement().satisfies(related -> {
            assertThat(related.label()).isEqualTo("insurance-insured-event 2025");
            assertThat(related.shared()).extracting(s -> s.kind().word() + " " + s.name() + " " + s.steps() + " " + s.match() + " with "
                    + s.with().stream().map(u -> u.journey() + " " + u.steps()).toList()).containsExactly(
                    "actor L1 [advise, dispatch, register-claim, read-status, explain-decision] the same support line as 1L with "
                            + "[retail-defective-goods before [take-call, ask-photo, review-photo, check-history], "
                            + "complaint-handling after [take-call, register-in-jira]]",
                    "actor L3 [assess-claim] the same support line as 3L with "
                            + "[complaint-handling after [answer-customer], complaint-handling before [analyse-3l, return-to-2l, answer-customer]]");
        });
        assertThat(impact.unmatched()).isEmpty();
        assertThat(impact.notes()).containsExactly(
                "journey 'complaint-handling' is given 2 times (versions after, before); each is analysed as a journey of its own");

        assertThat(impact.checklist()).extracting(ChecklistItem::id).containsExactly("requirements", "journeys-and-metrics",
                "process-design", "staffing", "communication-training", "schedule", "early-audit");
        assertThat(known(impact, "journeys-and-metrics")).containsExactly(
                "retail-defective-goods before (key journey): metrics ces 41, fcr 0.2; last measured 2026-10-31.",
                "complaint-handling after (key journey): no metrics given; last measured 2026-10-31.",
                "complaint-handling before (key journey): no metrics given; last measured 2026-10-31.",
                "1 related journey shares systems or actors with the affected steps: insurance-insured-event 2025.");
        assertThat(known(impact, "staffing")).first().isEqualTo(
                "L1: 4 affected steps in retail-defective-goods before (take-call, ask-photo, review-photo, check-history); "
                        + "80,830 minutes of work a month.");
        assertThat(known(impact, "schedule")).containsExactly("Planned for 2027-03-01, 99 days after the analysis date 2026-11-22.");
        assertThat(known(impact, "early-audit")).containsExactly(
                "Suggested early audit: 2027-03-15, 14 days into the rollout, before the first monthly measurement of the affected "
                        + "journeys is due on 2027-04-01.",
                "Journeys to audit again: retail-defective-goods before, complaint-handling after, complaint-handling before.");
    }

    @Test
    void aChatbotOnTheWebAndInTheChatLandsOnTheirTouchpointsTheStatusItemsAndTheStagesItServes() throws IOException {
        ChangeImpact impact = impact("chatbot-status-answers");
        assertThat(impact.classification().significance()).isEqualTo(Significance.SIGNIFICANT);
        assertThat(impact.affected()).extracting(AffectedJourney::label)
                .containsExactly("dashcam-warranty-repair 2024", "insurance-insured-event 2025");
        assertThat(outline(impact.affected().get(0))).containsExactly(
                "touchpoint:fill-form@web (present): on channel web (touches.channels[1])",
                "delivery-diagnostics: named by the change (touches.stages[1])",
                "touchpoint:delivery-diagnostics@web (present): on channel web (touches.channels[1]); "
                        + "tells the customer delivery.time (touches.items[1])",
                "touchpoint:delivery-diagnostics@email (present): tells the customer delivery.time (touches.items[1])",
                "touchpoint:agree-decision@web (absent): on channel web (touches.channels[1])",
                "touchpoint:repair@web (present): on channel web (touches.channels[1])",
                "touchpoint:return-device@web (present): on channel web (touches.channels[1])",
                "item delivery.time: told on [delivery-diagnostics@web, delivery-diagnostics@email], asked by [], produced by [], "
                        + "used by [], decisions []");
        assertThat(impact.affected().get(0).stepsInScope()).extracting(s -> s.id()).containsExactly("ship-device", "diagnose");
        assertThat(outline(impact.affected().get(1))).containsExactly(
                "touchpoint:get-advice@chat (present): on channel chat (touches.channels[2])",
                "touchpoint:call-services@chat (absent): on channel chat (touches.channels[2])",
                "touchpoint:file-claim@chat (absent): on channel chat (touches.channels[2])",
                "check-status: named by the change (touches.stages[0])",
                "touchpoint:check-status@chat (present): on channel chat (touches.channels[2]); "
                        + "tells the customer claim.status (touches.items[0])",
                "touchpoint:check-status@phone (present): tells the customer claim.status (touches.items[0])",
                "touchpoint:learn-decision@chat (present): on channel chat (touches.channels[2])",
                "item claim.status: told on [check-status@chat, check-status@phone], asked by [], produced by [], used by [], "
                        + "decisions []");
        // absent cells carry no contacts; the stages named as a whole expose all their present cells
        assertThat(impact.affected().get(1).exposure().touchpoints())
                .containsExactly("get-advice@chat", "check-status@chat", "check-status@phone", "learn-decision@chat");
        assertThat(impact.affected().get(1).exposure().notPriced())
                .containsExactly("none of the 4 exposed touchpoints gives volumePerMonth");
        assertThat(impact.volumePerMonth()).isNull();
        assertThat(impact.annualCost()).isEmpty();

        assertThat(impact.unmatched()).singleElement().satisfies(u -> {
            assertThat(u.touch().reference()).isEqualTo("touches.channels[0]");
            assertThat(u.explanation()).isEqualTo("no channel of the 7 journeys analysed is called 'chatbot'; a new channel matches "
                    + "nothing until journeys serve it: name the stages it will serve under 'stages'");
        });
        // the first line reads the status to the customer in the named stage: the other journeys' first lines are related
        assertThat(impact.related()).extracting(RelatedJourney::label)
                .containsExactly("retail-defective-goods before", "complaint-handling after", "complaint-handling before");
        assertThat(impact.related().get(1).shared()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("1L");
            assertThat(s.match()).isEqualTo("the same support line as L1");
            assertThat(s.with()).extracting(u -> u.journey() + " " + u.steps()).containsExactly("insurance-insured-event 2025 [read-status]");
        });
    }

    @Test
    void aTariffChangeIsOperationalAndListsWhatCustomersAreToldOnTheProductsJourney() throws IOException {
        ChangeImpact impact = impact("motor-tariffs-2027");
        assertThat(impact.classification().significance()).isEqualTo(Significance.OPERATIONAL);
        assertThat(impact.affected()).extracting(AffectedJourney::label).containsExactly("insurance-insured-event 2025");
        assertThat(outline(impact.affected().get(0))).containsExactly(
                "get-advice: the journey's product is motor insurance (touches.products[0])",
                "call-services: the journey's product is motor insurance (touches.products[0])",
                "file-claim: the journey's product is motor insurance (touches.products[0])",
                "check-status: the journey's product is motor insurance (touches.products[0])",
                "learn-decision: the journey's product is motor insurance (touches.products[0])");
        assertThat(impact.affected().get(0).exposure().touchpoints()).hasSize(11);
        assertThat(impact.checklist()).singleElement().satisfies(item -> {
            assertThat(item.id()).isEqualTo("content-update");
            assertThat(item.known()).containsExactly(
                    "The standard manages operational changes through content management: no project checklist is required.",
                    "Told now: insurance-insured-event 2025, get-advice@chat: claim.documents \"passport, policy, police report\".",
                    "Told now: insurance-insured-event 2025, get-advice@phone: claim.documents \"passport, policy, police report\".",
                    "Told now: insurance-insured-event 2025, get-advice@email: claim.documents \"passport, policy, police report\".",
                    "Told now: insurance-insured-event 2025, file-claim@phone: claim.decisionTime \"10 working days\".",
                    "Told now: insurance-insured-event 2025, file-claim@email: claim.decisionTime \"15 calendar days\".",
                    "Told now: insurance-insured-event 2025, check-status@chat: claim.status \"read out from system 3\".",
                    "Told now: insurance-insured-event 2025, check-status@phone: claim.status \"read out from system 3\".");
            assertThat(item.toSupply()).containsExactly(
                    "The new content for each touched touchpoint, and the date it is verified (infoVerified).",
                    "Who informs the staff of the affected steps.");
        });
        assertThat(impact.related()).extracting(RelatedJourney::label)
                .containsExactly("complaint-handling before", "retail-defective-goods before", "complaint-handling after");
    }

    @Test
    void aReferenceThatMatchesNothingSaysWhatWasMostLikelyMeant() throws IOException {
        ChangeImpact impact = ANALYZER.analyse(new ChangeRequestReader().read("inline.yaml", """
                id: CR-3
                title: Typos
                type: maintenance
                touches:
                  systems: [Jyra]
                  actors: [supervisr]
                  items: [claim.stauts]
                  stages: [insurance-insured-evnt/file-claim, insurance-insured-event/file-clam]
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8), org.journeyaudit.engine.document.DocumentFormat.YAML),
                portfolio(), AS_OF);
        assertThat(impact.affected()).isEmpty();
        assertThat(impact.unmatched()).extracting(u -> u.touch().reference() + ": " + u.explanation()).containsExactly(
                "touches.systems[0]: no step of the 7 journeys analysed runs in system 'Jyra'; did you mean 'Jira'?",
                "touches.actors[0]: no step of the 7 journeys analysed is done by 'supervisr'; did you mean 'supervisor'?",
                "touches.items[0]: no touchpoint, step or decision of the 7 journeys analysed deals with item 'claim.stauts'; "
                        + "did you mean 'claim.status'?",
                "touches.stages[0]: no journey 'insurance-insured-evnt' among the 7 journeys analysed; "
                        + "did you mean 'insurance-insured-event'?",
                "touches.stages[1]: journey 'insurance-insured-event' has no stage 'file-clam'; did you mean 'file-claim'?");
        assertThat(impact.checklist()).extracting(ChecklistItem::id).containsExactly("content-update");
    }
}
