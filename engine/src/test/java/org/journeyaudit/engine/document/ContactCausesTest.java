package org.journeyaudit.engine.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.fact.ContactReason;
import org.journeyaudit.engine.fact.JourneyFacts;
import org.journeyaudit.engine.fact.RequiredInfoFact;
import org.journeyaudit.engine.journey.ContactCause;
import org.journeyaudit.engine.journey.ContactReasonKind;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.MandateKind;
import org.journeyaudit.engine.journey.Stage;
import org.junit.jupiter.api.Test;

/**
 * Contact reasons written as objects (their kind and the policy or barrier that causes them), the kind a reason's key
 * names when none is written, and where a required item counts as told before a stage.
 */
class ContactCausesTest {

    private final JourneyReader reader = new JourneyReader();

    private Journey read(String yaml) {
        return reader.read("inline.yaml", yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
    }

    private List<String> problemsOf(String yaml) {
        return catchThrowableOfType(InvalidDocumentException.class,
                () -> reader.read("inline.yaml", yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML)).problems().stream()
                .map(p -> p.location() + " " + p.yamlPath() + ": " + p.message()).toList();
    }

    private static <T> List<T> facts(Journey journey, Class<T> type) {
        return JourneyFacts.of(journey).stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static final String CARD = """
            id: card
            stages:
              - id: use-card
                casesPerMonth: 2000
                barriers:
                  - {text: PIN sent by post}
                  - {text: Card blocked abroad, solution: travel notice in the app}
                contactReasons:
                  where-is-my-card: 500
                  где-мой-pin: 40
                  new-card: {perMonth: 300, kind: value}
                  blocked-abroad: {perMonth: 120, barrier: card blocked abroad}
                  limits: {perMonth: 80, kind: policy, cause: a daily limit of 500 EUR}
                  identification:
                    perMonth: 60
                    cause: identity checked in a branch
                    mandated: regulation
                    mandateReason: AMLD5 customer due diligence
                  status-of-account: {perMonth: 10, kind: other}
            """;

    @Test
    void aReasonIsANumberOrAnObjectGivingItsKindAndCause() {
        Stage stage = read(CARD).stages().get(0);
        assertThat(stage.contactReasons()).containsExactly(Map.entry("where-is-my-card", 500.0), Map.entry("где-мой-pin", 40.0),
                Map.entry("new-card", 300.0), Map.entry("blocked-abroad", 120.0), Map.entry("limits", 80.0), Map.entry("identification", 60.0),
                Map.entry("status-of-account", 10.0));
        assertThat(stage.contactCause("blocked-abroad")).as("the barrier's text as the stage writes it")
                .isEqualTo(new ContactCause(ContactReasonKind.POLICY, null, "Card blocked abroad", null, null));
        assertThat(stage.contactCause("identification")).isEqualTo(new ContactCause(ContactReasonKind.POLICY, "identity checked in a branch",
                null, MandateKind.REGULATION, "AMLD5 customer due diligence"));
        assertThat(stage.contactCause("where-is-my-card")).isNull();
        assertThat(List.of("where-is-my-card", "где-мой-pin", "new-card", "limits", "status-of-account").stream().map(stage::contactKind))
                .as("a written kind wins over the key; an unwritten one is read from the key's phrasing")
                .containsExactly(ContactReasonKind.PROGRESS, ContactReasonKind.PROGRESS, ContactReasonKind.VALUE, ContactReasonKind.POLICY,
                        ContactReasonKind.OTHER);
    }

    @Test
    void theFactsCarryTheKindTheCauseAndTheBarriersNumberAndSolution() {
        assertThat(facts(read(CARD), ContactReason.class)).containsExactly(
                new ContactReason("use-card", 0, "where-is-my-card", 500, 2000.0, 0.25, false, "progress", null, null, null, null, null),
                new ContactReason("use-card", 0, "где-мой-pin", 40, 2000.0, 0.02, false, "progress", null, null, null, null, null),
                new ContactReason("use-card", 0, "new-card", 300, 2000.0, 0.15, false, "value", null, null, null, null, null),
                new ContactReason("use-card", 0, "blocked-abroad", 120, 2000.0, 0.06, false, "policy", null, 1, "Card blocked abroad",
                        "travel notice in the app", null),
                new ContactReason("use-card", 0, "limits", 80, 2000.0, 0.04, false, "policy", "a daily limit of 500 EUR", null, null, null, null),
                new ContactReason("use-card", 0, "identification", 60, 2000.0, 0.03, false, "policy", "identity checked in a branch", null, null,
                        null, "regulation: AMLD5 customer due diligence"),
                new ContactReason("use-card", 0, "status-of-account", 10, 2000.0, 0.005, false, "other", null, null, null, null, null));
        assertThat(facts(read(CARD), ContactReason.class).get(3).barrierElement()).isEqualTo("barrier:use-card#2");
    }

    @Test
    void everyMistakeInAReasonIsLocated() {
        assertThat(problemsOf("""
                id: card
                stages:
                  - id: use-card
                    barriers:
                      - {text: PIN sent by post}
                    contactReasons:
                      a: {kind: progress}
                      b: {perMonth: 10, kind: chasing}
                      c: {perMonth: 10, barrier: PIN sent by mail}
                      d: {perMonth: 10, cause: a limit, barrier: PIN sent by post}
                      e: {perMonth: 10, kind: progress, cause: a limit}
                      f: {perMonth: 10, cause: a check, mandated: law}
                      g: {perMonth: 10, cause: a check, mandated: regulation}
                      h: {perMonth: 10, mandateReason: AML}
                      i: lots
                      j: {perMonth: -1, reason: typo}
                """)).containsExactly(
                "7:10 stages[0].contactReasons.a: missing required field 'perMonth' (the contacts a month for 'a')",
                "8:31 stages[0].contactReasons.b.kind: 'chasing' is not a valid kind; expected one of: progress, policy, value, other",
                "9:34 stages[0].contactReasons.c.barrier: 'PIN sent by mail' is not a barrier of stage 'use-card'; name one of the stage's barriers by its text, as 'barriers' writes it",
                "10:50 stages[0].contactReasons.d.barrier: give either 'cause' (a policy in words) or 'barrier' (the text of a barrier of the stage), not both",
                "11:31 stages[0].contactReasons.e.kind: 'cause', 'barrier' and 'mandated' say which policy makes customers call; they need kind 'policy', found 'progress'",
                "12:51 stages[0].contactReasons.f.mandated: 'law' is not a kind of obligation; expected one of: regulation, policy, contract",
                "12:51 stages[0].contactReasons.f.mandated: a mandated policy needs a 'mandateReason' naming the rule that requires it, e.g. \"115-FZ: identification of the customer\"",
                "13:51 stages[0].contactReasons.g.mandated: a mandated policy needs a 'mandateReason' naming the rule that requires it, e.g. \"115-FZ: identification of the customer\"",
                "14:40 stages[0].contactReasons.h.mandateReason: 'mandateReason' needs 'mandated' (regulation, policy or contract)",
                "15:10 stages[0].contactReasons.i: expected a number for 'i', or an object with 'perMonth', 'kind' and 'cause', found the text \"lots\"",
                "16:21 stages[0].contactReasons.j.perMonth: 'perMonth' must be between 0 and 100,000,000, found -1",
                "16:25 stages[0].contactReasons.j.reason: unknown field 'reason'; expected one of: barrier, cause, kind, mandateReason, mandated, perMonth");
    }

    @Test
    void anItemIsToldBeforeAStageAtAnEarlierStageEveryCasePassesThatTellsItOnEveryServingChannel() {
        Journey journey = read("""
                id: dispute
                channels:
                  - {id: phone, mode: assisted}
                  - {id: app, mode: self-service}
                stages:
                  - id: report
                    touchpoints:
                      - {channel: phone, status: present, info: {ombudsman: FOS, refund-time: 10 days}}
                      - {channel: app, status: present, info: {ombudsman: FOS}}
                  - id: fraud-check
                    optional: true
                    share: 0.2
                    touchpoints:
                      - {channel: phone, status: present, info: {chargeback: 120 days}}
                  - id: decide
                    requiredInfo:
                      - {item: ombudsman, source: regulation}
                      - {item: refund-time, source: regulation}
                      - {item: chargeback, source: contract}
                    touchpoints:
                      - {channel: phone, status: present}
                """);
        assertThat(facts(journey, RequiredInfoFact.class)).extracting(RequiredInfoFact::item, RequiredInfoFact::toldBefore)
                .as("told on every channel of the first stage; told on the phone only; told at a stage only some cases pass")
                .containsExactly(org.assertj.core.api.Assertions.tuple("ombudsman", "report"),
                        org.assertj.core.api.Assertions.tuple("refund-time", null),
                        org.assertj.core.api.Assertions.tuple("chargeback", null));
    }
}
