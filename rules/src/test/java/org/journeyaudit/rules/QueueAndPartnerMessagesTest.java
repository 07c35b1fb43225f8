package org.journeyaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.recommend.Action;
import org.journeyaudit.engine.recommend.Recommendation;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.junit.jupiter.api.Test;

/**
 * The queue and partner rules in both languages: each figure exceeded is named with its threshold, an unagreed
 * turnaround and one longer than the standard read differently, and the recommendations are titled in the audit's language.
 */
class QueueAndPartnerMessagesTest {

    private static final Auditor AUDITOR = new Auditor(RuleBase.builtIn());
    private static final String NBSP = "\u00A0";
    private static final String JOURNEY = """
            id: claim
            channels:
              - {id: phone, mode: assisted}
              - {id: chat, mode: assisted}
            stages:
              - id: file-claim
                touchpoints:
                  - {channel: phone, status: present, sla: {standard: P5D}, queue: {answerSeconds: 240, abandonment: 0.18}}
                  - {channel: chat, status: present, queue: {answerSeconds: 90, abandonment: 0.05}}
                steps:
                  - {id: courier-pickup, actor: courier, partner: FastCourier}
                  - {id: repair-device, actor: repair shop, partner: RepairPro, ola: P10D}
            """;

    private static Audit audit(Language language) {
        return AUDITOR.audit(new JourneyReader().read("claim.yaml", JOURNEY.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML),
                AuditOptions.asOf(SampleJourneysTest.AS_OF).withLanguage(language));
    }

    private static List<String> messages(Audit audit, String rule) {
        return audit.findings().stream().filter(f -> f.ruleId().equals(rule)).map(Finding::message).toList();
    }

    private static List<String> titles(Audit audit, Action action) {
        return audit.recommendations().stream().filter(r -> r.action() == action).map(Recommendation::title).toList();
    }

    @Test
    void aSlowQueueNamesEachFigureExceededInRussian() {
        Audit audit = audit(Language.RU);
        assertThat(messages(audit, "coverage/access")).containsExactly(
                "В канале chat на этапе 'file-claim' клиенты слишком долго ждут ответа сотрудника: среднее время ответа — 90 секунд "
                        + "(допустимо не более 60)",
                "В канале phone на этапе 'file-claim' клиенты слишком долго ждут ответа сотрудника: среднее время ответа — 240 секунд "
                        + "(допустимо не более 60); 18" + NBSP + "% обращений прерываются, не дождавшись ответа (допустимо не более 10" + NBSP + "%)");
        assertThat(titles(audit, Action.SHORTEN_QUEUE)).containsExactly("Сократить ожидание ответа сотрудника: file-claim (канал chat)",
                "Сократить ожидание ответа сотрудника: file-claim (канал phone)");
    }

    @Test
    void aPartnerWithoutAnAgreedTurnaroundAndOneSlowerThanTheStandardReadInRussian() {
        Audit audit = audit(Language.RU);
        assertThat(messages(audit, "governance/ola-gap")).containsExactly(
                "Шаг 'courier-pickup' на этапе 'file-claim' выполняет партнёр 'FastCourier', но срок выполнения (OLA) с ним не согласован",
                "Шаг 'repair-device' на этапе 'file-claim' выполняет партнёр 'RepairPro': согласованный с ним срок выполнения (OLA) — "
                        + "10 дней, это дольше стандарта обслуживания этапа (5 дней)");
        assertThat(titles(audit, Action.AGREE_OLA)).containsExactly(
                "Согласовать с партнёром срок выполнения в пределах стандарта: courier-pickup",
                "Согласовать с партнёром срок выполнения в пределах стандарта: repair-device");
    }

    @Test
    void theEnglishMessagesNameTheSameFigures() {
        Audit audit = audit(Language.EN);
        assertThat(messages(audit, "coverage/access")).containsExactly(
                "On chat at stage 'file-claim' customers wait too long for a person: the average answer takes 90 seconds (at most 60 allowed)",
                "On phone at stage 'file-claim' customers wait too long for a person: the average answer takes 240 seconds "
                        + "(at most 60 allowed); 18% of contacts are abandoned (at most 10% allowed)");
        assertThat(messages(audit, "governance/ola-gap")).containsExactly(
                "Step 'courier-pickup' at stage 'file-claim' is done by partner 'FastCourier' with no agreed turnaround (OLA)",
                "Step 'repair-device' at stage 'file-claim' is done by partner 'RepairPro' in 10 days as agreed, "
                        + "longer than the stage's service standard of 5 days");
    }
}
