package org.journeyaudit.engine.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.StepKind;
import org.journeyaudit.engine.journey.TouchpointStatus;
import org.junit.jupiter.api.Test;

class JourneyReaderTest {

    private final JourneyReader reader = new JourneyReader();

    private static String line(Problem p) {
        return p.location() + " " + p.yamlPath() + ": " + p.message();
    }

    private List<Problem> problemsOf(Path file) {
        return catchThrowableOfType(InvalidDocumentException.class, () -> reader.read(file)).problems();
    }

    private List<Problem> problemsOf(String yaml) {
        return catchThrowableOfType(InvalidDocumentException.class,
                () -> reader.read("inline.yaml", yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML)).problems();
    }

    @Test
    void anInvalidYamlDocumentYieldsEveryProblemAtOnceInDocumentOrderWithLineColumnAndPath() {
        assertThat(problemsOf(Path.of("src/test/resources/documents/every-problem.yaml")).stream().map(JourneyReaderTest::line))
                .containsExactly(
                        "3:6 key: expected true or false, found the text \"yes\"",
                        "5:3 economics.costPerMinut: unknown field 'costPerMinut'; did you mean 'costPerMinute'?",
                        "9:9 channels[1].id: duplicate channel id 'phone' (first used at channels[0], line 7)",
                        "10:11 channels[1].mode: 'robot' is not a valid mode; expected one of: assisted, self-service",
                        "13:14 stages[0].emotion: 'emotion' must be a whole number from -3 to 3, found 5",
                        "15:18 stages[0].touchpoints[0].channel: unknown channel 'phnoe'; did you mean 'phone'? "
                                + "(the journey declares phone under 'channels')",
                        "17:25 stages[0].touchpoints[0].volumePerMonth: 'volumePerMonth' must be between 0 and 100,000,000, found -10",
                        "20:18 stages[0].touchpoints[2].channel: stage 's1' is given twice for channel 'phone' "
                                + "(first at stages[0].touchpoints[1], line 18); one touchpoint per stage and channel",
                        "25:15 stages[0].steps[0].uses: step 'a' uses 'x' before it exists: it is first produced by the later "
                                + "step 'b' (stages[0].steps[1], line 27); list the steps in the order they happen",
                        "26:24 stages[0].steps[0].recontactRate: 'recontactRate' is a share of cases and must be between 0 and 1, found 1.5",
                        "30:18 stages[0].steps[1].minutes: expected a number, found the text \"abc\"",
                        "33:15 stages[0].decisions[0].uses: decision 'd' uses 'y', which no step asks for, uses or produces and no channel tells",
                        "34:9 stages[1].id: duplicate stage id 's1' (first used at stages[0], line 12)",
                        "36:13 stages[1].steps[0].id: duplicate step id 'a' (first used at stages[0].steps[0], line 23)",
                        "39:9 stages[1].steps[0].name: duplicate key 'name' (first given at line 38); keep one of them");
    }

    @Test
    void jsonDocumentsFollowTheSameSchemaAndAreLocatedByJsonPointer() {
        List<Problem> problems = problemsOf(Path.of("src/test/resources/documents/every-problem.json"));
        assertThat(problems).extracting(Problem::pointer, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/stages/0/touchpoints/0/transfers", "expected a number, found the text \"two\""),
                org.assertj.core.groups.Tuple.tuple("/stages/0/steps/0/recontactRate",
                        "'recontactRate' is a share of cases and must be between 0 and 1, found -0.1"),
                org.assertj.core.groups.Tuple.tuple("/stages/0/steps/0/kind", "'forwrad' is not a valid kind; did you mean 'forward'?"));
        assertThat(problems.get(0).location()).isEqualTo(new Location(7, 80));
    }

    @Test
    void malformedYamlIsReportedWhereTheParserStopped() {
        List<Problem> problems = problemsOf("id: x\nstages:\n  - id: [unclosed\n");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).location()).isEqualTo(new Location(3, 18));
        assertThat(problems.get(0).message())
                .isEqualTo("not well-formed YAML: while parsing a flow sequence: expected ',' or ']', but got <stream end>");
    }

    @Test
    void malformedJsonIsReportedWhereTheParserStopped() {
        InvalidDocumentException invalid = catchThrowableOfType(InvalidDocumentException.class, () -> reader.read("j.json",
                "{\"id\": \"j\", \"stages\": [ {\"id\": \"s\", } ]}".getBytes(StandardCharsets.UTF_8), DocumentFormat.JSON));
        assertThat(invalid.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(new Location(1, 37));
            assertThat(p.message()).startsWith("not well-formed JSON: Unexpected character ('}' (code 125))");
        });
    }

    @Test
    void aDocumentOverTheSizeLimitIsRefusedBeforeItIsParsed() {
        JourneyReader small = new JourneyReader(new DocumentLimits(64, 32));
        byte[] content = ("id: big\nname: " + "x".repeat(100) + "\n").getBytes(StandardCharsets.UTF_8);
        InvalidDocumentException invalid = catchThrowableOfType(InvalidDocumentException.class,
                () -> small.read("big.yaml", content, DocumentFormat.YAML));
        assertThat(invalid.problems()).extracting(Problem::message)
                .containsExactly("the document is 115 bytes; the limit is 64 bytes");
    }

    @Test
    void aDocumentNestedDeeperThanTheLimitIsRefusedWhereTheLimitIsCrossed() {
        String deep = "id: deep\nmetrics: " + "[".repeat(40) + "]".repeat(40) + "\n";
        List<Problem> problems = problemsOf(deep);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("the document nests deeper than 32 levels");
            assertThat(p.location()).isEqualTo(new Location(2, 41));
        });
    }

    @Test
    void oneJourneyPerFile() {
        assertThat(problemsOf("id: a\nstages: [{id: s}]\n---\nid: b\nstages: [{id: s}]\n")).extracting(Problem::message)
                .containsExactly("the file holds more than one document; put one journey in each file");
    }

    @Test
    void emptyDocumentsAndMissingFilesSayWhatIsWrong() {
        assertThat(problemsOf("  \n")).extracting(Problem::message).containsExactly("the document is empty");
        assertThat(problemsOf(Path.of("no/such/journey.yaml"))).extracting(Problem::message).containsExactly("no such file");
    }

    @Test
    void requiredFieldsAreNamed() {
        assertThat(problemsOf("name: nameless\n").stream().map(JourneyReaderTest::line)).containsExactly(
                "1:1 $: missing required field 'id'",
                "1:1 $: missing required field 'stages': a journey needs at least one stage");
        assertThat(problemsOf("id: j\nstages: []\n").stream().map(JourneyReaderTest::line))
                .containsExactly("2:9 stages: a journey needs at least one stage");
    }

    @Test
    void outcomesAndMandatedStepsAreReadWithTheirObligation() {
        Journey journey = reader.read("card.yaml", """
                id: card-loss
                stages:
                  - id: replace-card
                    outcomes: [card.replacement]
                    steps:
                      - {id: order-card, actor: agent, produces: [card.order]}
                      - id: check-address
                        actor: back office
                        uses: [card.order]
                        produces: [card.replacement]
                        mandated: regulation
                        mandateReason: "PSD2 art. 70: the card is sent only to the holder"
                """.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
        var stage = journey.stages().get(0);
        assertThat(stage.outcomes()).containsExactly("card.replacement");
        assertThat(stage.steps().get(0).mandated()).isNull();
        assertThat(stage.steps().get(0).mandate()).isNull();
        assertThat(stage.steps().get(1).mandated()).isEqualTo(org.journeyaudit.engine.journey.MandateKind.REGULATION);
        assertThat(stage.steps().get(1).mandate()).isEqualTo("regulation: PSD2 art. 70: the card is sent only to the holder");
    }

    @Test
    void aMandateNeedsItsReasonAndAnOutcomeNeedsAStepThatProducesIt() {
        assertThat(problemsOf("""
                id: j
                stages:
                  - id: apply
                    outcomes: [card.replacment, refund.paid]
                    steps:
                      - {id: a, actor: agent, produces: [card.replacement], mandated: regulation}
                      - {id: b, actor: agent, mandateReason: four-eyes principle}
                      - {id: c, actor: agent, mandated: law, mandateReason: PSD2}
                      - {id: d, actor: agent, mandated: policy, mandateReason: "  "}
                  - id: pay
                    steps:
                      - {id: e, actor: agent, produces: [refund.paid]}
                """).stream().map(JourneyReaderTest::line)).containsExactly(
                "4:15 stages[0].outcomes: stage 'apply' delivers 'card.replacment', which no step of this stage or an earlier one produces; "
                        + "did you mean 'card.replacement'?",
                "4:15 stages[0].outcomes: stage 'apply' delivers 'refund.paid', which no step of this stage or an earlier one produces",
                "6:71 stages[0].steps[0].mandated: a mandated step needs a 'mandateReason' naming the rule that requires it, "
                        + "e.g. \"PSD2 art. 97: strong customer authentication\"",
                "7:46 stages[0].steps[1].mandateReason: 'mandateReason' needs 'mandated' (regulation, policy or contract)",
                "8:41 stages[0].steps[2].mandated: 'law' is not a kind of obligation; expected one of: regulation, policy, contract",
                "9:41 stages[0].steps[3].mandated: a mandated step needs a 'mandateReason' naming the rule that requires it, "
                        + "e.g. \"PSD2 art. 97: strong customer authentication\"");
    }

    @Test
    void aValidDocumentIsReadAsWrittenNothingDroppedOrChanged() {
        Journey journey = reader.read("ok.yaml", """
                id: j
                key: true
                currency: EUR
                economics: {costPerMinute: 1.25}
                measurement: {lastMeasured: 2026-10-31}
                channels: [{id: phone, mode: assisted, costPerMinute: 2}]
                stages:
                  - id: s
                    touchpoints:
                      - channel: phone
                        status: present
                        info: {claim.decisionTime: 5, claim.fee: "0.50 EUR"}
                        sla: {standard: P3D, target: PT24H}
                    steps:
                      - {id: a, actor: L1, minutes: 2.5}
                """.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
        assertThat(journey.key()).isTrue();
        assertThat(journey.economics().costPerMinute()).isEqualTo(1.25);
        assertThat(journey.economics().monthsPerYear()).as("absent stays absent; the default is applied, and said, when pricing").isNull();
        assertThat(journey.measurement().lastMeasured()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(journey.channels().get(0).costPerMinute()).isEqualTo(2.0);
        var touchpoint = journey.stages().get(0).touchpoints().get(0);
        assertThat(touchpoint.status()).isEqualTo(TouchpointStatus.PRESENT);
        assertThat(touchpoint.info()).containsExactly(
                java.util.Map.entry("claim.decisionTime", "5"), java.util.Map.entry("claim.fee", "0.50 EUR"));
        assertThat(touchpoint.sla().standard()).isEqualTo(Duration.ofDays(3));
        assertThat(touchpoint.sla().target()).isEqualTo(Duration.ofHours(24));
        assertThat(journey.stages().get(0).steps().get(0).kind()).as("kind defaults to work").isEqualTo(StepKind.WORK);
        assertThat(journey.stages().get(0).steps().get(0).minutes()).isEqualTo(2.5);
    }

    @Test
    void aStepSaysWhyItAsksAgainAndWhyTheWorkIsHandedToIt() {
        Journey journey = reader.read("ok.yaml", """
                id: j
                stages:
                  - id: s
                    steps:
                      - {id: a, actor: agent, asksCustomer: [security.answer]}
                      - {id: b, actor: agent, asksCustomer: [security.answer], repeatReason: "strong customer authentication (PSD2)"}
                      - {id: c, actor: clinician, handoffReason: "only a clinician decides the urgency"}
                """.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
        var steps = journey.stages().get(0).steps();
        assertThat(steps.get(0).repeatReason()).as("absent stays absent").isNull();
        assertThat(steps.get(0).justifiedRepeat()).isFalse();
        assertThat(steps.get(1).repeatReason()).isEqualTo("strong customer authentication (PSD2)");
        assertThat(steps.get(1).justifiedRepeat()).isTrue();
        assertThat(steps.get(2).handoffReason()).isEqualTo("only a clinician decides the urgency");
        assertThat(steps.get(2).plannedHandoff()).isTrue();
    }

    @Test
    void aReasonThatJustifiesNothingIsLocatedAndExplained() {
        assertThat(problemsOf("""
                id: j
                stages:
                  - id: s
                    steps:
                      - {id: a, actor: agent, asksCustomer: [x], repeatReason: "  "}
                      - {id: b, actor: agent, repeatReason: "card check at each contact"}
                      - {id: c, actor: card platform, automated: true, handoffReason: "the platform validates"}
                      - {id: d, actor: clinician, handoffReason: ""}
                """).stream().map(JourneyReaderTest::line)).containsExactly(
                "5:64 stages[0].steps[0].repeatReason: 'repeatReason' must not be blank: say why, or leave the field out",
                "6:45 stages[0].steps[1].repeatReason: step 'b' asks the customer nothing, so 'repeatReason' justifies no repeat; "
                        + "list the items in 'asksCustomer' or leave the reason out",
                "7:71 stages[0].steps[2].handoffReason: step 'c' is automated, so no person receives the work there; "
                        + "put 'handoffReason' on the step of the person who does",
                "8:50 stages[0].steps[3].handoffReason: 'handoffReason' must not be blank: say why, or leave the field out");
    }

    @Test
    void aStepDoneDuringTheContactIsReadAndNeverPricedASecondWay() {
        Journey journey = reader.read("ok.yaml", """
                id: j
                stages:
                  - id: s
                    steps:
                      - {id: a, actor: agent, minutes: 2, duringContact: true}
                      - {id: b, actor: agent, minutes: 2, duringContact: false}
                      - {id: c, actor: agent, minutes: 2}
                """.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
        assertThat(journey.stages().get(0).steps()).extracting(org.journeyaudit.engine.journey.Step::duringContact).containsExactly(true, false, false);
        assertThat(problemsOf("""
                id: j
                stages:
                  - id: s
                    steps:
                      - {id: a, actor: agent, duringContact: yes please}
                      - {id: b, actor: agent, duringContact: true, casesPerMonth: 300}
                      - {id: c, actor: courier, duringContact: true, costPerMinute: 0.5}
                """).stream().map(JourneyReaderTest::line)).containsExactly(
                "5:46 stages[0].steps[0].duringContact: expected true or false, found the text \"yes please\"",
                "6:67 stages[0].steps[1].casesPerMonth: step 'b' is done during the contact, so it is done in each of its stage's "
                        + "handled contacts; leave 'casesPerMonth' out or leave 'duringContact' out",
                "7:69 stages[0].steps[2].costPerMinute: step 'c' is done during the contact, so its minutes cost what the "
                        + "contact's handling costs; leave 'costPerMinute' out or leave 'duringContact' out");
    }

    @Test
    void channelKindsReasonsForInformationAndEquivalentPhrasesAreReadAsWritten() {
        Journey journey = reader.read("ok.yaml", """
                id: j
                equivalents:
                  - [delivery booked, delivery arranged]
                channels:
                  - {id: branch, mode: assisted}
                  - {id: tv, mode: assisted, kind: awareness}
                  - {id: reseller, mode: assisted, kind: partner}
                  - {id: app, mode: self-service, kind: service}
                stages:
                  - id: s
                    touchpoints:
                      - channel: branch
                        status: present
                        info: {card.delivery: today, card.fee: "0"}
                        infoReasons: {card.delivery: Branches emboss the card on the spot}
                """.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
        assertThat(journey.equivalents()).containsExactly(List.of("delivery booked", "delivery arranged"));
        assertThat(journey.channels()).extracting(c -> c.id() + ":" + c.kind().word() + ":" + c.serves())
                .containsExactly("branch:service:true", "tv:awareness:false", "reseller:partner:false", "app:service:true");
        var touchpoint = journey.stages().get(0).touchpoints().get(0);
        assertThat(touchpoint.infoReasons()).containsExactly(java.util.Map.entry("card.delivery", "Branches emboss the card on the spot"));
        assertThat(touchpoint.infoReason("card.delivery")).isEqualTo("Branches emboss the card on the spot");
        assertThat(touchpoint.infoReason("card.fee")).as("no reason given").isNull();
    }

    @Test
    void wrongKindsReasonsAndEquivalentsSayWhatIsWrongAndWhere() {
        assertThat(problemsOf("""
                id: j
                equivalents:
                  - [delivery booked]
                  - delivery arranged
                  - [delivery booked, 3]
                  - [delivery booked, {a: b}]
                channels:
                  - {id: tv, mode: assisted, kind: advert}
                stages:
                  - id: s
                    touchpoints:
                      - channel: tv
                        status: present
                        info: {card.delivery: today}
                        infoReasons: {card.fee: Free in branches, card.delivery: [on the spot]}
                """).stream().map(JourneyReaderTest::line)).containsExactly(
                "3:5 equivalents[0]: a group of 'equivalents' needs at least two phrases that mean the same",
                "4:5 equivalents[1]: expected a list of phrases that mean the same, found the text \"delivery arranged\"",
                "6:23 equivalents[3][1]: expected a phrase (a text), found an object",
                "8:36 channels[0].kind: 'advert' is not a valid kind; expected one of: service, awareness, partner",
                "15:22 stages[0].touchpoints[0].infoReasons: 'infoReasons' gives a reason for 'card.fee', "
                        + "which this touchpoint's 'info' does not tell",
                "15:66 stages[0].touchpoints[0].infoReasons['card.delivery']: expected a text for 'card.delivery', found a list");
    }

    @Test
    void everySampleJourneyIsValid() throws Exception {
        try (var files = java.nio.file.Files.list(Path.of("../samples"))) {
            List<Path> journeys = files.filter(f -> DocumentFormat.isJourneyFileName(f.getFileName().toString())).sorted().toList();
            assertThat(journeys).hasSizeGreaterThanOrEqualTo(5);
            for (Path journey : journeys) {
                assertThat(reader.read(journey).stages()).as(journey.toString()).isNotEmpty();
            }
        }
    }
}
