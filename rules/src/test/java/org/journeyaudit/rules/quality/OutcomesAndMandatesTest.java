package org.journeyaudit.rules.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.recommend.Recommendation;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.junit.jupiter.api.Test;

/**
 * What a stage delivers and what a law, policy or contract requires is never proposed for removal: not reported as
 * unused, and kept out of every recommendation that would eliminate, merge or bypass it, while the real flaws beside
 * them are still reported and answered.
 */
class OutcomesAndMandatesTest {

    private static final Auditor AUDITOR = new Auditor(RuleBase.builtIn());
    private static final LocalDate AS_OF = LocalDate.parse("2026-11-22");

    private static Audit audit(String yaml) {
        Journey journey = new JourneyReader().read("journey.yaml", yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
        return AUDITOR.audit(journey, AuditOptions.asOf(AS_OF));
    }

    private static List<String> findings(Audit audit) {
        return audit.findings().stream().map(f -> f.id() + " " + f.ruleId() + " " + f.elements() + " " + f.message()).toList();
    }

    private static List<String> recommendations(Audit audit) {
        return audit.recommendations().stream().map(OutcomesAndMandatesTest::shown).toList();
    }

    private static String shown(Recommendation r) {
        return r.rank() + " " + r.action().word() + " " + r.targets() + " " + r.findings() + " | " + r.why();
    }

    /** An owned journey measured on cadence, so that only what the test is about is found. */
    private static final String GOVERNED = """
            owner: Head of cards
            measurement:
              lastMeasured: 2026-10-31
              lastAnalysed: 2026-09-30
              lastReviewed: 2026-03-01
            """;

    static final String CARD_LOSS = GOVERNED + """
            id: card-loss
            currency: EUR
            channels:
              - id: phone
                mode: assisted
                costPerMinute: 1.2
            stages:
              - id: replace-card
                outcomes: [card.replacement]
                touchpoints:
                  - channel: phone
                    status: present
                    volumePerMonth: 2000
                    handleSeconds: 300
                steps:
                  - {id: block-card, actor: agent, kind: check, minutes: 2, asksCustomer: [card.number], produces: [card.blocked]}
                  - {id: order-card, actor: agent, minutes: 1, uses: [card.blocked], produces: [card.order]}
                  - {id: check-address, actor: back office, kind: check, minutes: 3, uses: [card.order], produces: [card.deliveryAddress]}
                  - {id: emboss-card, actor: card bureau, minutes: 2, uses: [card.order, card.deliveryAddress], produces: [card.embossed]}
                  - {id: print-copy, actor: card bureau, minutes: 4, uses: [card.order], produces: [letter.archiveCopy]}
                  - {id: activate-card, actor: card bureau, automated: true, uses: [card.embossed], produces: [card.replacement]}
            """;

    static final String GP_BOOKING = GOVERNED + """
            id: gp-booking
            currency: EUR
            channels:
              - id: phone
                mode: assisted
                costPerMinute: 0.9
            stages:
              - id: book-appointment
                outcomes: [slot.booked]
                touchpoints:
                  - channel: phone
                    status: present
                    volumePerMonth: 1500
                    handleSeconds: 240
                steps:
                  - {id: take-request, actor: navigator, minutes: 2, asksCustomer: [symptoms], produces: [request.summary]}
                  - id: triage-call
                    actor: clinician
                    minutes: 6
                    uses: [request.summary]
                    produces: [triage.urgency]
                    mandated: policy
                    mandateReason: "clinical safety policy: a clinician triages every same-day request"
                  - {id: book-slot, actor: navigator, minutes: 2, uses: [triage.urgency], produces: [slot.booked]}
            """;

    static final String PAYMENT_RELEASE = GOVERNED + """
            id: payment-release
            currency: EUR
            channels:
              - id: portal
                mode: self-service
            stages:
              - id: release
                outcomes: [payment.released]
                touchpoints:
                  - channel: portal
                    status: present
                    volumePerMonth: 800
                steps:
                  - {id: take-order, actor: payments officer, minutes: 2, produces: [payment.order]}
                  - {id: approve, name: Approve the payment, actor: payments officer, kind: check, minutes: 3, uses: [payment.order], produces: [payment.approved]}
                  - {id: approve-second, name: Approve the payment, actor: payments supervisor, kind: check, minutes: 3, uses: [payment.order], produces: [payment.approved], mandated: policy, mandateReason: four-eyes principle}
                  - {id: approve-again, name: Approve the payment, actor: payments officer, kind: check, minutes: 3, uses: [payment.order], produces: [payment.approved]}
                  - {id: release-payment, actor: payments officer, automated: true, uses: [payment.approved], produces: [payment.released]}
            """;

    static final String SECOND_CONTACT = GOVERNED + """
            id: card-dispute
            currency: EUR
            channels:
              - id: phone
                mode: assisted
                costPerMinute: 1
            stages:
              - id: open-dispute
                touchpoints:
                  - channel: phone
                    status: present
                    volumePerMonth: 1000
                    handleSeconds: 360
                steps:
                  - {id: authenticate, actor: agent, kind: check, minutes: 2, asksCustomer: [customer.identity], produces: [customer.authenticated]}
                  - {id: take-dispute, actor: agent, minutes: 4, uses: [customer.authenticated], asksCustomer: [dispute.transaction], produces: [dispute.case]}
                decisions:
                  - {id: open-case, uses: [dispute.case]}
              - id: follow-up
                touchpoints:
                  - channel: phone
                    status: present
                    volumePerMonth: 400
                    handleSeconds: 300
                steps:
                  - id: re-authenticate
                    actor: agent
                    kind: check
                    minutes: 2
                    asksCustomer: [customer.identity]
                    produces: [customer.reauthenticated]
                    recontactRate: 0.2
                    mandated: regulation
                    mandateReason: "PSD2 art. 97: strong customer authentication at each new contact"
                  - {id: give-status, actor: agent, minutes: 3, uses: [customer.reauthenticated, dispute.case], produces: [dispute.status]}
                decisions:
                  - {id: close-or-escalate, uses: [dispute.status]}
            """;

    static final String REPEAT_PRESCRIPTION = GOVERNED + """
            id: repeat-prescription
            currency: EUR
            channels:
              - id: phone
                mode: assisted
                costPerMinute: 0.9
            stages:
              - id: renew
                outcomes: [prescription.signed, prescription.sent]
                touchpoints:
                  - channel: phone
                    status: present
                    volumePerMonth: 3000
                    handleSeconds: 180
                steps:
                  - {id: take-request, actor: navigator, minutes: 2, asksCustomer: [medication], produces: [request.summary]}
                  - {id: sign-prescription, actor: GP, minutes: 2, uses: [request.summary], produces: [prescription.signed]}
                  - {id: file-request, actor: navigator, minutes: 1, uses: [request.summary], produces: [request.filed]}
                  - {id: copy-to-records, actor: records clerk, minutes: 3, uses: [prescription.signed], produces: [records.copy]}
                  - {id: send-to-pharmacy, actor: navigator, minutes: 1, uses: [prescription.signed, request.filed], produces: [prescription.sent]}
            """;

    @Test
    void theReplacementCardIsDeliveredSoOnlyTheCopyNobodyReadsIsDropped() {
        Audit audit = audit(CARD_LOSS);

        assertThat(findings(audit)).containsExactly(
                "F1 coverage/assisted-only [stage:replace-card] Stage 'replace-card' is served only by people (phone), 2,000 contacts a month: "
                        + "a candidate for self-service",
                "F2 redundancy/unused-output [step:print-copy, item:letter.archiveCopy] Step 'print-copy' produces letter.archiveCopy, "
                        + "which no later step or decision uses: the work can be dropped");
        assertThat(recommendations(audit)).containsExactly(
                "1 eliminate-step [step:print-copy] [F2] | P1 (45 or more): answers a warning finding +30; saves 115,200 EUR a year +30; "
                        + "low effort -0 = 60",
                "2 add-self-service [stage:replace-card] [F1] | P4 (below 15): answers an info finding +15; saves 28,800 EUR a year +8; "
                        + "avoids 400 contacts a month +10; high effort -20 = 13");
    }

    @Test
    void withoutItsOutcomeDeclaredTheWorkThatDeliversTheCardReadsAsDroppable() {
        Audit audit = audit(CARD_LOSS.replace("    outcomes: [card.replacement]\n", ""));

        assertThat(audit.findings()).filteredOn(f -> f.ruleId().equals("redundancy/unused-output"))
                .extracting(f -> f.elements().get(0))
                .containsExactly("step:activate-card", "step:block-card", "step:check-address", "step:emboss-card", "step:order-card",
                        "step:print-copy");
        assertThat(audit.recommendations().get(0).targets()).containsExactly("step:block-card", "step:order-card", "step:check-address",
                "step:emboss-card", "step:print-copy", "step:activate-card");
    }

    @Test
    void aMandatedTriageCallIsReportedInTheBounceButNeverRoutedAround() {
        Audit audit = audit(GP_BOOKING);

        assertThat(findings(audit)).containsExactly(
                "F1 coverage/assisted-only [stage:book-appointment] Stage 'book-appointment' is served only by people (phone), "
                        + "1,500 contacts a month: a candidate for self-service",
                "F2 handoff/ping-pong [actor:navigator, step:book-slot] In stage 'book-appointment' the work comes back to navigator "
                        + "1 time after navigator passed it on (from clinician)");
        // routing the work around the triage call would remove it: no recommendation proposes that
        assertThat(recommendations(audit)).containsExactly(
                "1 add-self-service [stage:book-appointment] [F1] | P2 (30 or more): answers an info finding +15; saves 12,960 EUR a year +30; "
                        + "avoids 300 contacts a month +10; high effort -20 = 35");
    }

    @Test
    void aTriageCallNoRuleRequiresMayBeRoutedAround() {
        Audit audit = audit(GP_BOOKING.replaceAll("(?m)^ *mandate(d|Reason): .*\n", ""));

        assertThat(recommendations(audit)).contains(
                "1 route-directly [step:triage-call] [F2] | P1 (45 or more): answers a warning finding +30; saves 97,200 EUR a year +30; "
                        + "spares the customer effort +8; medium effort -10 = 58");
    }

    @Test
    void aStepThatDeliversAnOutcomeStaysOutOfTheRouteAroundItAndTheRecommendationSaysWhy() {
        Audit audit = audit(REPEAT_PRESCRIPTION);

        assertThat(findings(audit)).containsExactly(
                "F1 coverage/assisted-only [stage:renew] Stage 'renew' is served only by people (phone), 3,000 contacts a month: "
                        + "a candidate for self-service",
                "F2 handoff/excess [step:copy-to-records, step:file-request, step:send-to-pharmacy, step:sign-prescription] Stage 'renew' "
                        + "hands the work between actors 4 times; at most 3 expected",
                "F3 handoff/ping-pong [actor:navigator, step:file-request, step:send-to-pharmacy] In stage 'renew' the work comes back to "
                        + "navigator 2 times after navigator passed it on (from GP, records clerk)",
                "F4 redundancy/unused-output [step:copy-to-records, item:records.copy] Step 'copy-to-records' produces records.copy, "
                        + "which no later step or decision uses: the work can be dropped");
        // the bounce is cut by routing around the records clerk, never around the GP who signs the prescription
        assertThat(recommendations(audit)).containsExactly(
                "1 eliminate-step [step:copy-to-records] [F4] | P1 (45 or more): answers a warning finding +30; saves 97,200 EUR a year +30; "
                        + "spares the customer effort +8; low effort -0 = 68",
                "2 route-directly [step:copy-to-records] [F3] | P1 (45 or more): answers a warning finding +30; saves 97,200 EUR a year +30; "
                        + "spares the customer effort +8; medium effort -10 = 58. "
                        + "'sign-prescription' stays: it delivers prescription.signed, the outcome of stage 'renew'",
                "3 route-directly [stage:renew] [F2] | P3 (15 or more): answers a warning finding +30; medium effort -10 = 20",
                "4 add-self-service [stage:renew] [F1] | P4 (below 15): answers an info finding +15; saves 19,440 EUR a year +6; "
                        + "avoids 600 contacts a month +10; high effort -20 = 11");
    }

    @Test
    void aFourEyesApprovalStaysWhenTheRepeatBesideItIsMerged() {
        Audit audit = audit(PAYMENT_RELEASE);

        assertThat(findings(audit)).containsExactly(
                "F1 handoff/ping-pong [actor:payments officer, step:approve-again] In stage 'release' the work comes back to payments officer "
                        + "1 time after payments officer passed it on (from payments supervisor)",
                "F2 redundancy/duplicate-step [step:approve, step:approve-second, step:approve-again] Steps 'approve', 'approve-second', "
                        + "'approve-again' do the same work (\"approve the payment\") 3 times in one stage; 'approve-second' is mandated "
                        + "(policy: four-eyes principle) and stays");
        // the ping-pong's only route around is the mandated approval: it is not proposed
        assertThat(recommendations(audit)).containsExactly(
                // merging the last approval also takes away the handoff back from the supervisor
                "1 merge-steps [step:approve-again] [F2] | P2 (30 or more): answers a warning finding +30; spares the customer effort +4; "
                        + "low effort -0 = 34. 'approve-second' stays: it is mandated (policy: four-eyes principle)");
    }

    @Test
    void aMandatedReauthenticationIsNoRepeatedRequestAndIsNeverEliminatedThoughItsRecontactsAreReported() {
        Audit audit = audit(SECOND_CONTACT);

        assertThat(findings(audit)).containsExactly(
                "F1 coverage/assisted-only [stage:open-dispute] Stage 'open-dispute' is served only by people (phone), 1,000 contacts a month: "
                        + "a candidate for self-service",
                "F2 coverage/assisted-only [stage:follow-up] Stage 'follow-up' is served only by people (phone), 400 contacts a month: "
                        + "a candidate for self-service",
                "F3 redundancy/recontact [step:re-authenticate] Step 're-authenticate' makes 20% of customers contact again: "
                        + "80 secondary contacts a month");
        // the recontacts are answered by resolving at the first contact, never by dropping the authentication
        assertThat(recommendations(audit)).containsExactly(
                "1 add-self-service [stage:open-dispute] [F1] | P2 (30 or more): answers an info finding +15; saves 14,400 EUR a year +30; "
                        + "avoids 200 contacts a month +10; high effort -20 = 35",
                // half of the 80 recontacts are assumed avoidable (recontactAvoidableShare 0.5)
                "2 resolve-first-contact [step:re-authenticate] [F3] | P3 (15 or more): answers a warning finding +30; saves 2,400 EUR a year +5; "
                        + "avoids 40 contacts a month +2; medium effort -10 = 27",
                "3 add-self-service [stage:follow-up] [F2] | P4 (below 15): answers an info finding +15; saves 4,800 EUR a year +10; "
                        + "avoids 80 contacts a month +4; high effort -20 = 9");
    }
}
