package org.journeyaudit.engine.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.journey.CustomerStep;
import org.journeyaudit.engine.journey.Effort;
import org.journeyaudit.engine.journey.InfoSource;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.JourneyLink;
import org.journeyaudit.engine.journey.LinkRelation;
import org.journeyaudit.engine.journey.RequiredInfo;
import org.journeyaudit.engine.journey.Stage;
import org.journeyaudit.engine.journey.StageLink;
import org.journeyaudit.engine.journey.Step;
import org.journeyaudit.engine.journey.Touchpoint;
import org.junit.jupiter.api.Test;

/** The fields a full journey map adds: the customer's actions, branches, hours, call-backs, queues, required information, partners, links. */
class JourneyMapFieldsTest {

    private final JourneyReader reader = new JourneyReader();
    private final Journey map = reader.read(Path.of("src/test/resources/documents/full-map.yaml"));

    private List<String> problemsOf(String yaml) {
        return catchThrowableOfType(InvalidDocumentException.class,
                () -> reader.read("inline.yaml", yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML)).problems().stream()
                .map(p -> p.location() + " " + p.yamlPath() + ": " + p.message()).toList();
    }

    private static final String HEAD = "id: j\nchannels:\n  - {id: phone, mode: assisted}\n  - {id: app, mode: self-service}\nstages:\n";

    @Test
    void theCustomersOwnActionsAreReadAsTheStagesFrontstageLaneApartFromItsBackstageSteps() {
        Stage report = map.stage("report").orElseThrow();
        assertThat(report.customerSteps()).containsExactly(
                new CustomerStep("fill-form", "Fill in the dispute form", "app", 12.0, null, Effort.HIGH),
                new CustomerStep("wait-call", null, null, null, 30.0, null));
        assertThat(report.steps()).extracting(Step::id).containsExactly("log-dispute", "courier-pickup");
        assertThat(report.handoffs()).hasSize(1);
    }

    @Test
    void optionalStagesBranchesAndTheJourneysEndAreRead() {
        Stage fraud = map.stage("fraud-check").orElseThrow();
        assertThat(fraud.optional()).isTrue();
        assertThat(fraud.share()).isEqualTo(0.2);
        assertThat(map.stage("investigate").orElseThrow().next()).containsExactly(new StageLink("refund", 0.7), new StageLink("reject", 0.3));
        assertThat(map.stage("reject").orElseThrow().ends()).isTrue();
        assertThat(map.stage("report").orElseThrow().optional()).isFalse();
    }

    @Test
    void hoursCallBacksAndQueuesAreReadPerTouchpoint() {
        Touchpoint phone = map.stage("report").orElseThrow().cell("phone").orElseThrow();
        assertThat(phone.hours().text()).isEqualTo("Mo-Fr 09:00-18:00, Sa 10:00-16:00");
        assertThat(phone.hours().hoursPerWeek()).isEqualTo(51.0);
        assertThat(phone.callback().window()).isEqualTo(Duration.ofHours(2));
        assertThat(phone.queue().answerSeconds()).isEqualTo(240.0);
        assertThat(phone.queue().abandonment()).isEqualTo(0.18);
        Touchpoint app = map.stage("report").orElseThrow().cell("app").orElseThrow();
        assertThat(app.hours().aroundTheClock()).isTrue();
        assertThat(app.callback()).isNull();
        assertThat(app.queue()).isNull();
        assertThat(map.stage("report").orElseThrow().needs24x7()).isTrue();
    }

    @Test
    void requiredInformationPartnersUntrackedWorkContactReasonsAndLinksAreRead() {
        Stage report = map.stage("report").orElseThrow();
        assertThat(report.requiredInfo()).containsExactly(
                new RequiredInfo("refund-time", InfoSource.REGULATION, "PSD2 art. 73", Duration.ofDays(14)),
                new RequiredInfo("ombudsman", InfoSource.LAW, null, null));
        Step courier = report.steps().get(1);
        assertThat(courier.partner()).isEqualTo("FastPost");
        assertThat(courier.ola()).isEqualTo(Duration.ofDays(3));
        assertThat(courier.byPartner()).isTrue();
        assertThat(courier.untracked()).isFalse();
        assertThat(report.steps().get(0).untracked()).isTrue();
        assertThat(report.contactReasons()).containsExactly(Map.entry("progress-chasing", 400.0), Map.entry("how-to-dispute", 100.0));
        assertThat(report.contactsPerCase("progress-chasing")).isEqualTo(0.4);
        assertThat(report.contactsPerCase("no-such-reason")).isNull();
        assertThat(map.links()).containsExactly(new JourneyLink("debt-collection", LinkRelation.PAUSES, "investigate"));
    }

    @Test
    void wrongValuesOfTheNewFieldsAreRefusedWhereTheyAreWritten() {
        assertThat(problemsOf(HEAD + """
                  - id: a
                    share: 0.5
                    needs24x7: yes please
                    customerSteps:
                      - {id: c1, channel: phon, effort: huge}
                    requiredInfo:
                      - {item: refund-time, source: rumour, atMost: two weeks}
                      - {item: ombudsman}
                    contactReasons: {progress-chasing: -3}
                    touchpoints:
                      - channel: phone
                        status: present
                        hours: "Mo-Fr 09:00-18:00, Sat 10:00-16:00"
                        callback: {window: soon}
                        queue: {answerSeconds: 90000, abandonment: 1.5}
                      - channel: app
                        status: present
                        hours: "Fr-Mo 09:00-18:00"
                        queue: {answerSeconds: 5}
                    steps:
                      - {id: s1, actor: agent, ola: P2D, caseReference: maybe}
                """)).containsExactly(
                "7:12 stages[0].share: 'share' is the share of cases that go through an optional stage; set 'optional: true' on stage 'a' or leave the share out",
                "8:16 stages[0].needs24x7: expected true or false, found the text \"yes please\"",
                "10:27 stages[0].customerSteps[0].channel: unknown channel 'phon'; did you mean 'phone'?",
                "10:41 stages[0].customerSteps[0].effort: 'huge' is not a valid effort; did you mean 'high'?",
                "12:37 stages[0].requiredInfo[0].source: 'rumour' is not a valid source; expected one of: law, regulation, policy, contract",
                "12:53 stages[0].requiredInfo[0].atMost: expected an ISO-8601 duration such as PT20M, PT72H or P6D, found the text \"two weeks\"",
                "13:9 stages[0].requiredInfo[1]: missing required field 'source' (law, regulation, policy or contract)",
                "14:40 stages[0].contactReasons.progress-chasing: 'progress-chasing' must be between 0 and 100,000,000, found -3",
                "18:16 stages[0].touchpoints[0].hours: 'hours': 'Sat' is not a day; write Mo, Tu, We, Th, Fr, Sa or Su",
                "19:28 stages[0].touchpoints[0].callback.window: expected an ISO-8601 duration such as PT20M, PT72H or P6D, found the text \"soon\"",
                "20:32 stages[0].touchpoints[0].queue.answerSeconds: 'answerSeconds' must be between 0 and 86,400, found 90000",
                "20:52 stages[0].touchpoints[0].queue.abandonment: 'abandonment' is a share of cases and must be between 0 and 1, found 1.5",
                "23:16 stages[0].touchpoints[1].hours: 'hours': 'Fr-Mo' runs backwards; write days Monday first, e.g. Mo-Fr",
                "24:16 stages[0].touchpoints[1].queue: channel 'app' is self-service, so no customer queues for a person there; give 'queue' on an assisted channel",
                "26:37 stages[0].steps[0].ola: step 's1' gives an 'ola', the turnaround agreed with a partner; name the 'partner' who does the step or leave the turnaround out",
                "26:57 stages[0].steps[0].caseReference: expected true or false, found the text \"maybe\"");
    }

    @Test
    void pathsMustLeadForwardToKnownStagesWithSharesThatAddUpAndLinksMustNameAnotherJourney() {
        assertThat(problemsOf("id: j\nlinks:\n  - {journey: j, relation: pauses, stage: b}\n  - {journey: other, relation: stops}\n  - {journey: x}\n"
                + "stages:\n" + """
                  - id: a
                    next:
                      - {stage: c, share: 0.8}
                      - {stage: bb, share: 0.4}
                  - id: c
                    ends: true
                    next: [{stage: a}]
                  - id: d
                    next:
                      - {stage: a}
                      - {stage: c}
                  - {id: dup, customerSteps: [{id: s1}]}
                  - {id: e, steps: [{id: s1, actor: agent}]}
                """)).containsExactly(
                "3:15 links[0].journey: a journey does not link to itself; name the other journey's id",
                "3:43 links[0].stage: unknown stage 'b'",
                "4:32 links[1].relation: 'stops' is not a valid relation; expected one of: pauses, paused-by, triggers, triggered-by",
                "5:5 links[2]: missing required field 'relation' (pauses, paused-by, triggers or triggered-by)",
                "9:7 stages[0].next: the shares under 'next' of stage 'a' add up to 1.2; the cases of a stage add up to at most 1",
                "10:17 stages[0].next[1].stage: unknown stage 'bb'",
                "12:11 stages[1].ends: stage 'c' ends the journey, so it leads to no stage; leave out 'next' or 'ends'",
                "13:20 stages[1].next[0].stage: stage 'c' leads to 'a', which does not come after it; list the stages in the order customers pass through them",
                "16:9 stages[2].next[0]: stage 'd' leads to several stages under 'next'; give each its 'share' of cases",
                "16:17 stages[2].next[0].stage: stage 'd' leads to 'a', which does not come after it; list the stages in the order customers pass through them",
                "17:9 stages[2].next[1]: stage 'd' leads to several stages under 'next'; give each its 'share' of cases",
                "17:17 stages[2].next[1].stage: stage 'd' leads to 'c', which does not come after it; list the stages in the order customers pass through them",
                "19:26 stages[4].steps[0].id: duplicate step id 's1' (first used at stages[3].customerSteps[0], line 18)");
    }

    @Test
    void aStepPausesOnlyJourneysTheLinksNameAndTheFactsCarryThePauseAtItsStage() {
        String links = "id: dispute\nlinks:\n  - {journey: debt-collection, relation: pauses, stage: investigate}\nstages:\n";
        assertThat(problemsOf(links + """
                  - id: report
                    steps:
                      - {id: hold, actor: agent, pauses: [debt-colection]}
                      - {id: stop, actor: agent, pauses: [marketing]}
                  - id: investigate
                """)).containsExactly(
                "7:42 stages[0].steps[0].pauses: step 'hold' pauses journey 'debt-colection', which 'links' does not name; "
                        + "did you mean 'debt-collection'?",
                "8:42 stages[0].steps[1].pauses: step 'stop' pauses journey 'marketing', which 'links' does not name; "
                        + "add it under 'links' with the relation 'pauses'");
        Journey journey = reader.read("inline.yaml", (links + """
                  - id: report
                  - id: investigate
                    steps:
                      - {id: hold, actor: agent, pauses: [debt-collection]}
                """).getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
        assertThat(journey.stages().get(1).steps().get(0).pauses()).containsExactly("debt-collection");
        assertThat(org.journeyaudit.engine.fact.JourneyFacts.of(journey))
                .filteredOn(f -> f instanceof org.journeyaudit.engine.fact.JourneyPause)
                .containsExactly(new org.journeyaudit.engine.fact.JourneyPause("investigate", 1, "hold", "debt-collection"));
    }

    @Test
    void painsAreOneWhateverTheirCasePunctuationOrYoAndRankedByTheStagesWritingThem() {
        Journey journey = reader.read("inline.yaml", """
                id: j
                equivalents:
                  - [no status, no news of the case]
                stages:
                  - {id: a, emotion: -3, pains: ["Ещё раз объяснять!", No status]}
                  - {id: b, pains: [еще раз  ОБЪЯСНЯТЬ, "ещё раз объяснять", No news of the case]}
                  - {id: c, pains: [Long wait - on the phone]}
                """.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
        List<Object> facts = org.journeyaudit.engine.fact.JourneyFacts.of(journey);
        assertThat(facts).filteredOn(f -> f instanceof org.journeyaudit.engine.fact.PainFact).containsExactly(
                new org.journeyaudit.engine.fact.PainFact("a", 0, "Ещё раз объяснять!", "еще раз объяснять", 0),
                new org.journeyaudit.engine.fact.PainFact("a", 0, "No status", "no status", 0),
                new org.journeyaudit.engine.fact.PainFact("b", 1, "еще раз  ОБЪЯСНЯТЬ", "еще раз объяснять", 1),
                new org.journeyaudit.engine.fact.PainFact("b", 1, "No news of the case", "no status", 1),
                new org.journeyaudit.engine.fact.PainFact("c", 2, "Long wait - on the phone", "long wait on the phone", 0));
        assertThat(facts).filteredOn(f -> f instanceof org.journeyaudit.engine.fact.StageEmotion)
                .containsExactly(new org.journeyaudit.engine.fact.StageEmotion("a", 0, -3));
    }

    @Test
    void aCallBackPromisedWithNoWindowIsReadAsUnwindowed() {
        Journey journey = reader.read("inline.yaml", (HEAD + "  - id: a\n    touchpoints:\n      - {channel: phone, status: present, callback: {}}\n")
                .getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
        Touchpoint phone = journey.stages().get(0).cell("phone").orElseThrow();
        assertThat(phone.callback()).isNotNull();
        assertThat(phone.callback().windowed()).isFalse();
    }

    @Test
    void theNewListsAreCountedAgainstTheirLimitsBeforeTheJourneyIsRead() {
        DocumentLimits small = new DocumentLimits(1_000_000, 32, 2, 2, 10, 2, 10, 10, 10, 200, 4000, 10);
        String yaml = "id: j\nlinks: [{journey: a, relation: pauses}, {journey: b, relation: pauses}, {journey: c, relation: pauses}]\nstages:\n"
                + "  - id: a\n    next: [{stage: b, share: 0.1}, {stage: b, share: 0.1}, {stage: b, share: 0.1}]\n"
                + "    customerSteps: [{id: c1}, {id: c2}, {id: c3}]\n"
                + "    requiredInfo: [{item: i1, source: law}, {item: i2, source: law}, {item: i3, source: law}]\n"
                + "    contactReasons: {r1: 1, r2: 2, r3: 3}\n"
                + "    decisions: [{id: d1}, {id: d2}, {id: d3}]\n"
                + "    pains: [long wait]\n"
                + "    barriers: [{text: no form}, {text: no status}]\n";
        List<String> problems = catchThrowableOfType(InvalidDocumentException.class,
                () -> new JourneyReader(small).read("inline.yaml", yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML)).problems()
                .stream().map(p -> p.yamlPath() + ": " + p.message()).toList();
        assertThat(problems).containsExactly(
                "links: 'links' holds 3 entries; a journey links to at most 2 journeys",
                "stages[0].next: 'next' holds 3 entries; a stage leads to at most 2 stages",
                "stages[0].customerSteps: the stages hold 3 customer actions in all; a journey has at most 2 customer actions (the limit is passed here)",
                "stages[0].requiredInfo: the stages require 3 information items in all; a journey requires at most 2 (the limit is passed here)",
                "stages[0].contactReasons: the stages count contacts by 3 reasons in all; a journey gives at most 2 (the limit is passed here)",
                "stages[0].decisions: the stages hold 3 decisions in all; a journey has at most 2 decisions (the limit is passed here)",
                "stages[0].barriers: the stages name 3 pains and barriers in all; a journey names at most 2 (the limit is passed here)");
    }
}
