package org.journeyaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.recommend.Recommendation;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.journeyaudit.rules.benchmark.HostileJourney;
import org.junit.jupiter.api.Test;

/**
 * The audit written in Russian: rule messages from the Russian templates, with plural forms, durations, figures and
 * bounded lists as Russian writes them, and recommendations titled and explained in Russian; identifiers stay as they are.
 */
class RussianMessagesTest {

    private static final Auditor AUDITOR = new Auditor(RuleBase.builtIn());
    private static final JourneyReader READER = new JourneyReader();
    private static final String NBSP = "\u00A0";

    private static Audit audit(Journey journey) {
        return AUDITOR.audit(journey, AuditOptions.asOf(SampleJourneysTest.AS_OF).withLanguage(Language.RU));
    }

    private static Journey journey(String yaml) {
        return READER.read("test.yaml", yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
    }

    private static List<String> messages(Audit audit, String rule) {
        return audit.findings().stream().filter(f -> f.ruleId().equals(rule)).map(Finding::message).toList();
    }

    @Test
    void theRetailSampleReadsInRussian() {
        Audit audit = audit(READER.read(Path.of("../samples/retail-defective-goods.yaml")));
        assertThat(audit.findings()).extracting(Finding::message).containsExactly(
                "Этап 'file-claim' обслуживают только сотрудники (phone), 13" + NBSP + "700 обращений в месяц: кандидат на самообслуживание",
                "После шага 'ask-photo' повторно обращаются 80" + NBSP + "% клиентов: 10" + NBSP + "960 повторных обращений в месяц",
                "Шаг 'ask-photo' запрашивает у клиента defect.photo; это использует только шаг review-photo, а результат самого шага "
                        + "никому не нужен: эту работу можно исключить",
                "Шаг 'review-photo' создаёт defect.photoChecked; это не использует ни один последующий шаг или решение: "
                        + "эту работу можно исключить");
        Recommendation first = audit.recommendations().get(0);
        assertThat(first.title()).isEqualTo("Исключить лишние шаги: Operator asks for a photo by e-mail and explains how to send it, "
                + "Second operator reads the ticket, finds the e-mail with the photo by hand and looks at it");
        assertThat(first.why()).isEqualTo("P1 (от 45): закрывает замечание уровня «предупреждение» +30; экономит 5" + NBSP + "030" + NBSP
                + "640 RUB в год +30; предотвращает 10" + NBSP + "960 обращений в месяц +10; снижает усилия клиента +4; "
                + "закрывает 3 замечания +4; трудоёмкость низкая -0 = 78");
        assertThat(audit.recommendations().get(1).title()).isEqualTo("Добавить самообслуживание: File a claim about defective goods");
    }

    @Test
    void aCellOfTheMatrixIsNamedInATitleByItsStageAndChannelNames() {
        Journey bank = READER.read(Path.of("../samples/bank-card-loss.yaml"));
        Recommendation russian = audit(bank).recommendations().stream().filter(r -> r.action().word().equals("add-channel"))
                .findFirst().orElseThrow();
        assertThat(russian.targets()).containsExactly("touchpoint:deliver-activate@app");
        assertThat(russian.title()).isEqualTo("Обслуживать этап в этом канале: Receive and activate the card (канал Mobile banking app)");
        Recommendation english = AUDITOR.audit(bank, AuditOptions.asOf(SampleJourneysTest.AS_OF))
                .recommendations().stream().filter(r -> r.action().word().equals("add-channel")).findFirst().orElseThrow();
        assertThat(english.title()).isEqualTo("Serve the stage on the channel: Receive and activate the card on Mobile banking app");
    }

    @Test
    void countsTakeTheirRussianPluralForms() {
        // the work comes back to L1 once, three, five and twenty-one times
        for (int returns : new int[] {1, 3, 5, 21}) {
            String steps = IntStream.range(0, returns + 1).mapToObj(i -> """
                        - {id: l1-%d, actor: L1}
                        - {id: l2-%d, actor: L2}
                    """.formatted(i, i)).collect(Collectors.joining());
            Audit audit = audit(journey("""
                    id: claim
                    stages:
                      - id: handle
                        steps:
                    """ + steps.indent(4)));
            String times = switch (returns) {
                case 1, 21 -> "раз";
                case 3 -> "раза";
                default -> "раз";
            };
            assertThat(messages(audit, "handoff/ping-pong")).contains("На этапе 'handle' работа возвращается к L1 " + returns + " " + times
                    + " уже после того, как её передали от L1 дальше (возвращают: L2)");
            // 2 * returns + 1 handoffs: 3 is within the default limit, 7, 11 and 43 are over it
            String handoffs = switch (returns) {
                case 3 -> "7 раз";
                case 5 -> "11 раз";
                case 21 -> "43 раза";
                default -> null;
            };
            assertThat(messages(audit, "handoff/excess")).containsExactlyElementsOf(handoffs == null ? List.of() : List.of(
                    "На этапе 'handle' работа переходит от исполнителя к исполнителю " + handoffs + "; ожидается не более 3"));
        }
    }

    @Test
    void durationsAndDaysAreWrittenWithTheirRussianForms() {
        Audit audit = audit(journey("""
                id: claim
                channels:
                  - {id: phone, mode: assisted}
                  - {id: email, mode: assisted}
                stages:
                  - id: file-claim
                    touchpoints:
                      - {channel: phone, status: present, sla: {standard: PT30M, target: PT30M}}
                      - {channel: email, status: present, sla: {standard: P3D, target: P1D}}
                    steps:
                      - {id: wait-answer, actor: L1, waitMinutes: 4320}
                """));
        assertThat(messages(audit, "consistency/sla-mismatch")).containsExactly(
                "На этапе 'file-claim' в разных каналах разные стандарты обслуживания: 3 дня — email, 30 минут — phone");
        assertThat(messages(audit, "governance/sla-target-gap")).containsExactly(
                "В канале email на этапе 'file-claim' стандарт (3 дня) превышает целевое значение (1 день) в 3 раза: "
                        + "допустимо не более чем в 2 раза");
        assertThat(messages(audit, "coverage/no-status-notification")).containsExactly(
                "На этапе 'file-claim' клиент ждёт (ожидание — 3 дня), но не получает уведомлений о ходе обращения: "
                        + "их не отправляет ни канал, ни шаг");
    }

    @Test
    void aLongListNamesTenAndCountsTheRestInRussian() {
        Audit audit = audit(HostileJourney.askingSteps(25));
        Finding orders = audit.findings().stream()
                .filter(f -> f.ruleId().equals("redundancy/repeated-request") && f.elements().contains("item:order.number"))
                .findFirst().orElseThrow();
        assertThat(orders.message()).isEqualTo("У клиента повторно запрашивают order.number на шагах "
                + IntStream.rangeClosed(1, 10).mapToObj(i -> "'ask-" + i + "' (L1)").collect(Collectors.joining(", "))
                + " и ещё 14, хотя шаг 'ask-0' (L1) уже запрашивал эти данные");
    }

    @Test
    void theEnglishAuditIsUnchangedByTheRussianOne() {
        Journey sample = READER.read(Path.of("../samples/retail-defective-goods.yaml"));
        audit(sample);
        Audit english = AUDITOR.audit(sample, AuditOptions.asOf(SampleJourneysTest.AS_OF));
        assertThat(english.findings().get(1).message()).isEqualTo("Step 'ask-photo' makes 80% of customers contact again: "
                + "10,960 secondary contacts a month");
        assertThat(english.recommendations().get(0).why()).startsWith("P1 (45 or more): answers a warning finding +30; saves 5,030,640 RUB a year");
    }

    @Test
    void aLinkedJourneyLeftRunningALowPointAndARecurringPainReadInRussian() {
        Audit audit = audit(journey("""
                id: card-dispute
                owner: Head of Disputes
                channels:
                  - {id: phone, mode: assisted}
                  - {id: app, mode: self-service}
                links:
                  - {journey: debt-collection, relation: pauses, stage: investigate}
                  - {journey: marketing, relation: pauses}
                stages:
                  - id: report
                    emotion: -1
                    pains: ["Ещё раз объяснять, что случилось"]
                    touchpoints: [{channel: phone, status: present}, {channel: app, status: present}]
                  - id: investigate
                    emotion: -3
                    pains: ["еще раз объяснять, что случилось!"]
                    touchpoints: [{channel: phone, status: present}, {channel: app, status: present}]
                  - id: refund
                    pains: [ещё раз объяснять что случилось]
                    touchpoints: [{channel: phone, status: present}, {channel: app, status: present}]
                """));
        assertThat(messages(audit, "governance/journey-conflict")).containsExactly(
                "Путь клиента 'marketing' должен быть приостановлен на всё время этого пути, начиная с первого этапа 'report', но ни один "
                        + "шаг на этом этапе его не приостанавливает, и оба пути одновременно продолжают работать с клиентом",
                "Путь клиента 'debt-collection' должен быть приостановлен начиная с этапа 'investigate', но ни один шаг на этом этапе или на "
                        + "более раннем этапе, через который проходят все случаи, его не приостанавливает, и оба пути одновременно продолжают "
                        + "работать с клиентом");
        assertThat(messages(audit, "experience/low-point-unaddressed")).isEmpty();
        assertThat(messages(audit, "experience/recurring-pain")).containsExactly(
                "Одна и та же боль клиента повторяется на 3 этапах ('report', 'investigate', 'refund'): «Ещё раз объяснять, что случилось»");
        assertThat(audit.recommendations()).extracting(Recommendation::title).contains(
                "Приостанавливать связанный путь клиента: debt-collection", "Приостанавливать связанный путь клиента: marketing",
                "Устранить общую причину повторяющейся боли: report");
    }

    @Test
    void aLowPointNothingWorksOnReadsInRussian() {
        Audit audit = audit(journey("""
                id: fault-repair
                owner: Head of Service
                channels:
                  - {id: phone, mode: assisted}
                  - {id: app, mode: self-service}
                stages:
                  - id: wait-for-engineer
                    emotion: -3
                    touchpoints: [{channel: phone, status: present}, {channel: app, status: present}]
                """));
        assertThat(messages(audit, "experience/low-point-unaddressed")).containsExactly(
                "На этапе 'wait-for-engineer' эмоция клиента оценена в -3 (провалом считается -2 и ниже), но ни одно замечание аудита "
                        + "не касается этого этапа, поэтому ни одна рекомендация с ним не работает");
        assertThat(audit.recommendations()).extracting(Recommendation::title)
                .contains("Найти и устранить причину эмоционального провала клиента: wait-for-engineer");
    }
}
