package org.journeyaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.recommend.Action;
import org.journeyaudit.engine.recommend.Recommendation;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.junit.jupiter.api.Test;

/**
 * Failure demand and required information on one card journey, in both languages: chasing and a policy's contacts are
 * priced as the contacts no longer made, a mandated policy is explained rather than removed, and a required item told
 * on some channels with a value beyond its bound is answered by aligning the channels and bringing the time within it.
 */
class FailureDemandAndRequiredInfoTest {

    private static final Auditor AUDITOR = new Auditor(RuleBase.builtIn());
    private static final String JOURNEY = """
            id: debit-card
            currency: EUR
            economics: {costPerMinute: 1.5}
            channels:
              - {id: phone, mode: assisted}
              - {id: chat, mode: assisted}
              - {id: sms, mode: self-service}
            stages:
              - id: open-account
                contactReasons:
                  why-documents:
                    perMonth: 200
                    cause: identity documents are checked in a branch
                    mandated: regulation
                    mandateReason: AMLD5 customer due diligence
                touchpoints:
                  - {channel: phone, status: present, volumePerMonth: 500, handleSeconds: 300}
              - id: deliver-card
                casesPerMonth: 3000
                contactReasons:
                  where-is-my-card: 1200
                touchpoints:
                  - {channel: phone, status: present, volumePerMonth: 2000, handleSeconds: 180}
                  - {channel: chat, status: present, volumePerMonth: 1000, handleSeconds: 120}
                  - {channel: sms, status: present, notifies: true}
              - id: use-card
                requiredInfo:
                  - {item: refund-time, source: regulation, reason: PSD2 art. 73, atMost: P10D}
                contactReasons:
                  card-blocked: {perMonth: 300, cause: cards are blocked after one payment abroad}
                touchpoints:
                  - {channel: phone, status: present, volumePerMonth: 1000, handleSeconds: 240, info: {refund-time: 30 days}}
                  - {channel: chat, status: absent, reason: no chat for card use}
                  - {channel: sms, status: present}
            """;

    private static Audit audit(Language language) {
        return AUDITOR.audit(new JourneyReader().read("card.yaml", JOURNEY.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML),
                AuditOptions.asOf(SampleJourneysTest.AS_OF).withLanguage(language));
    }

    private static List<String> messages(Audit audit, String rule) {
        return audit.findings().stream().filter(f -> f.ruleId().equals(rule)).map(Finding::message).toList();
    }

    private static Recommendation only(Audit audit, Action action) {
        List<Recommendation> found = audit.recommendations().stream().filter(r -> r.action() == action).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void chasingDespiteNotificationsIsPricedAsTheChasingContactsNoLongerMade() {
        Audit audit = audit(Language.EN);
        assertThat(messages(audit, "demand/progress-chasing")).containsExactly("At stage 'deliver-card' customers chase progress: 1,200 "
                + "'where-is-my-card' contacts a month, 0.4 per case (at most 0.2 allowed); the stage notifies customers of progress, "
                + "but the notifications do not stop the chasing");
        Recommendation notify = only(audit, Action.NOTIFY_PROACTIVELY);
        assertThat(notify.targets()).containsExactly("stage:deliver-card");
        assertThat(notify.impact().contactsAvoidedPerMonth()).isEqualTo(1200);
        // 800 of the chasing contacts come by phone and 400 by chat, as the stage's 2,000 and 1,000 contacts do
        assertThat(notify.impact().formula()).isEqualTo("(800 contacts/month x 180 s / 60 x 1.5 EUR/min x 12 months) "
                + "+ (400 contacts/month x 120 s / 60 x 1.5 EUR/min x 12 months) = 57,600 EUR");
        assertThat(notify.impact().annualSavings()).isEqualByComparingTo(new BigDecimal("57600"));
        assertThat(notify.impact().assumptions())
                .contains("once the cause is gone, stage deliver-card's 'where-is-my-card' contacts stop: all 1,200 a month are counted as avoided");
    }

    @Test
    void aPolicysContactsArePricedAndAMandatedPolicyIsExplainedNotRemoved() {
        Audit audit = audit(Language.EN);
        assertThat(messages(audit, "demand/policy-created")).containsExactly(
                "At stage 'open-account' 200 'why-documents' contacts a month are caused by policy 'identity documents are checked in a branch'; "
                        + "it is mandated (regulation: AMLD5 customer due diligence) and stays, so customers should learn of it before they have to call",
                "At stage 'use-card' 300 'card-blocked' contacts a month are caused by policy 'cards are blocked after one payment abroad'");
        Recommendation change = only(audit, Action.CHANGE_POLICY);
        assertThat(change.targets()).containsExactly("stage:use-card");
        assertThat(change.impact().formula()).isEqualTo("300 contacts/month x 240 s / 60 x 1.5 EUR/min x 12 months = 21,600 EUR");
        Recommendation explain = only(audit, Action.TELL_UP_FRONT);
        assertThat(explain.targets()).containsExactly("stage:open-account");
        assertThat(explain.impact().annualSavings()).isNull();
        assertThat(audit.recommendations()).extracting(Recommendation::action).doesNotContain(Action.ELIMINATE_STEP);
    }

    @Test
    void aRequiredItemToldOnSomeChannelsWithATimeBeyondItsBoundIsAnError() {
        Audit audit = audit(Language.EN);
        assertThat(audit.findings()).filteredOn(f -> f.ruleId().startsWith("consistency/required-info"))
                .extracting(Finding::ruleId, f -> f.severity().word(), Finding::elements, Finding::message).containsExactly(
                        tuple("consistency/required-info-bound", "error", List.of("touchpoint:use-card@phone", "item:refund-time"),
                                "On phone at stage 'use-card' customers are told refund-time is '30 days', longer than the 10 days the regulation "
                                        + "allows (PSD2 art. 73)"),
                        tuple("consistency/required-info-missing", "error", List.of("item:refund-time", "touchpoint:use-card@sms"),
                                "At stage 'use-card' customers must be told refund-time (regulation: PSD2 art. 73), but it is told on phone and not on sms"));
        assertThat(only(audit, Action.ALIGN_INFORMATION).targets()).containsExactly("item:refund-time");
        assertThat(only(audit, Action.CLOSE_SLA_GAP).targets()).containsExactly("touchpoint:use-card@phone");
    }

    @Test
    void theSameFindingsAndRecommendationsReadInRussian() {
        Audit audit = audit(Language.RU);
        assertThat(messages(audit, "demand/progress-chasing")).containsExactly("На этапе 'deliver-card' клиенты выясняют, как продвигается "
                + "их обращение: 1\u00A0200 обращений 'where-is-my-card' в месяц, 0,4 на один случай обслуживания (допустимо не более 0,2); "
                + "этап уведомляет клиентов о ходе обращения, но уведомления не избавляют от таких обращений");
        assertThat(messages(audit, "demand/policy-created")).containsExactly(
                "На этапе 'open-account' правило 'identity documents are checked in a branch' вызывает 200 обращений 'why-documents' в месяц; "
                        + "это обязательное требование (regulation: AMLD5 customer due diligence), и оно остаётся в силе: клиент должен узнавать "
                        + "о нём заранее, а не из обращения",
                "На этапе 'use-card' правило 'cards are blocked after one payment abroad' вызывает 300 обращений 'card-blocked' в месяц");
        assertThat(messages(audit, "consistency/required-info-missing")).containsExactly("На этапе 'use-card' клиенту должны сообщать "
                + "refund-time (требование регулятора: PSD2 art. 73), но эти сведения сообщают в канале phone и не сообщают в канале sms");
        assertThat(messages(audit, "consistency/required-info-bound")).containsExactly("В канале phone на этапе 'use-card' клиенту сообщают "
                + "refund-time: '30 days' — это дольше допустимых регулятором 10 дней (PSD2 art. 73)");
        assertThat(only(audit, Action.CHANGE_POLICY).title()).isEqualTo("Изменить правило или устранить барьер, из-за которого клиенты обращаются: use-card");
        assertThat(only(audit, Action.TELL_UP_FRONT).title()).isEqualTo("Заранее сообщать клиенту то, что он должен знать: open-account");
        assertThat(only(audit, Action.NOTIFY_PROACTIVELY).impact().formula()).isEqualTo("(800 обращений/мес. x 180 с / 60 x 1,5 EUR/мин x 12 мес.) "
                + "+ (400 обращений/мес. x 120 с / 60 x 1,5 EUR/мин x 12 мес.) = 57\u00A0600 EUR");
    }

    @Test
    void aBarrierWithNoSolutionThatMakesCustomersCallIsOneRecommendationPricedByItsContacts() {
        Journey claim = new JourneyReader().read("claim.yaml", """
                id: claim
                currency: EUR
                economics: {costPerMinute: 1}
                channels:
                  - {id: phone, mode: assisted}
                stages:
                  - id: claim
                    barriers:
                      - {text: the claim form must be posted on paper}
                    contactReasons:
                      how-to-post-form: {perMonth: 250, barrier: the claim form must be posted on paper}
                    touchpoints:
                      - {channel: phone, status: present, volumePerMonth: 1000, handleSeconds: 120}
                """.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
        Audit audit = AUDITOR.audit(claim, AuditOptions.asOf(SampleJourneysTest.AS_OF));
        assertThat(audit.findings()).extracting(Finding::ruleId, Finding::elements).containsExactly(
                tuple("governance/measurement-overdue", List.of("journey:claim")), tuple("governance/measurement-overdue", List.of("journey:claim")),
                tuple("governance/measurement-overdue", List.of("journey:claim")),
                tuple("coverage/assisted-only", List.of("stage:claim")), tuple("demand/policy-created", List.of("barrier:claim#1")),
                tuple("governance/unresolved-barrier", List.of("barrier:claim#1")));
        Recommendation resolve = only(audit, Action.RESOLVE_BARRIER);
        assertThat(resolve.findings()).hasSize(2);
        assertThat(resolve.impact().formula()).isEqualTo("250 contacts/month x 120 s / 60 x 1 EUR/min x 12 months = 6,000 EUR");
        assertThat(audit.recommendations()).extracting(Recommendation::action).doesNotContain(Action.CHANGE_POLICY);
    }
}
