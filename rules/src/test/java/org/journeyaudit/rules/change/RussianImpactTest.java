package org.journeyaudit.rules.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.journeyaudit.engine.change.ChangeImpact;
import org.journeyaudit.engine.change.ChangeRequestReader;
import org.journeyaudit.engine.change.ImpactAnalyzer;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.report.ImpactReport;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.junit.jupiter.api.Test;

/**
 * The sample change requests analysed in Russian: the classification's reason, the exposure formula, why each part is
 * affected, the checklist, the references that match nothing and the notes, with ids and field paths as written.
 */
class RussianImpactTest {

    private static final ImpactAnalyzer ANALYZER = new ImpactAnalyzer(RuleBase.builtIn());

    private static ChangeImpact impact(String change) throws IOException {
        return ANALYZER.analyse(new ChangeRequestReader().read(SampleChangesTest.SAMPLES.resolve("changes/" + change + ".yaml")),
                SampleChangesTest.portfolio(), SampleChangesTest.AS_OF, Language.RU);
    }

    @Test
    void theNewCrmIsASignificantChangeWithItsReasonsFormulaAndChecklistInRussian() throws IOException {
        String text = ImpactReport.text(impact("crm-replaces-jira"), Language.RU);
        assertThat(text).contains("""
                Классификация: существенное
                  Стандарт относит новую ИТ-систему к существенным изменениям (новый канал обслуживания, новая ИТ-система, \
                новый продукт или услуга, изменение системы мотивации персонала): ведите его как проект.
                """);
        assertThat(text).contains("""
                     влияние: 13\u00A0700 обращений в месяц, обработка 10\u00A0357\u00A0200 RUB в год
                       file-claim@phone: 13\u00A0700 обращений/мес. x 420 с / 60 x 9 RUB/мин x 12 мес. = 10\u00A0357\u00A0200 RUB
                     этап file-claim  File a claim about defective goods
                       шаг take-call (L1, CRM): работает в системе CRM (touches.systems[1]); создаёт claim.ticket (touches.items[1])
                       шаг ask-photo (L1, CRM): работает в системе CRM (touches.systems[1])
                       шаг review-photo (L1, e-mail): использует claim.ticket (touches.items[1])
                """);
        assertThat(text).contains("""
                       не оценено: затронутая точка контакта file-complaint@phone не задаёт volumePerMonth
                """);
        assertThat(text).contains("""
                     исполнитель L3 (шаги assess-claim), та же линия поддержки, что и 3L: общее с complaint-handling after \
                (answer-customer), complaint-handling before (analyse-3l, return-to-2l, answer-customer)
                """);
        assertThat(text).contains("""
                  [requirements] Определить новые и изменённые требования и целевые значения
                     известно: Изменение: новая ИТ-система, внедрение запланировано на 01.03.2027.
                     известно: complaint-handling after, file-complaint@phone: стандарт 3 дня, целевое значение 3 дня.
                     известно: complaint-handling before, file-complaint@phone: стандарт 3 дня, целевое значение 3 дня.
                     уточнить: Требования, которым изменение должно отвечать на каждом затронутом этапе и в каждом канале: что \
                клиенты могут там сделать, что им сообщают и что они получают.
                     уточнить: Целевые значения стандартов обслуживания и метрик пути клиента, на которые должно повлиять изменение.
                """);
        assertThat(text).contains("""
                  [staffing] Определить потребность в персонале и требования к нему
                     известно: L1: 4 затронутых шага в retail-defective-goods before (take-call, ask-photo, review-photo, \
                check-history); 80\u00A0830 мин. работы в месяц.
                """);
        assertThat(text).contains("""
                  [schedule] Составить план внедрения и контролировать его
                     известно: Внедрение запланировано на 01.03.2027, через 99 дней после даты анализа 22.11.2026.
                     уточнить: Контрольные точки (требования, проектирование процессов, персонал, обучение, запуск) \
                с ответственными, и кто контролирует план.
                  [early-audit] Провести аудит и тестирование в начале внедрения и внести исправления
                     известно: Рекомендуемый ранний аудит: 15.03.2027, через 14 дней после начала внедрения, до первого \
                ежемесячного измерения затронутых путей клиента 01.04.2027.
                     известно: Пути клиента для повторного аудита: retail-defective-goods before, complaint-handling after, \
                complaint-handling before.
                     уточнить: Документы 'after' затронутых путей клиента для аудита и сравнения через journey-audit diff BEFORE AFTER.
                     уточнить: Кто проводит ранний аудит и кто исправляет найденное.
                """);
        assertThat(text).endsWith("""
                Примечания
                  путь клиента 'complaint-handling' передан 2 раза (версии after, before); каждый анализируется как отдельный путь клиента
                """);
    }

    @Test
    void theJsonCarriesTheSameRussianTexts() throws IOException {
        var json = ImpactReport.json(impact("crm-replaces-jira"));
        assertThat(json.get("affected").get(0).get("exposure").get("costs").get(0).asString())
                .isEqualTo("file-claim@phone: 13\u00A0700 обращений/мес. x 420 с / 60 x 9 RUB/мин x 12 мес. = 10\u00A0357\u00A0200 RUB");
        assertThat(json.get("checklist").get(1).get("known").get(3).asString()).isEqualTo("1 связанный путь клиента использует те же "
                + "системы или исполнителей, что и затронутые шаги: insurance-insured-event 2025.");
    }

    @Test
    void aNewChannelNoJourneyServesYetIsReportedUnmatchedInRussian() throws IOException {
        String text = ImpactReport.text(impact("chatbot-status-answers"), Language.RU);
        assertThat(text).contains("""
                  touches.channels[0] 'chatbot': канала 'chatbot' нет в 7 проверенных путях клиента; новый канал ни с чем не \
                совпадает, пока пути клиента его не используют: перечислите в 'stages' этапы, которые он будет обслуживать
                """);
        assertThat(text).contains("""
                       весь этап: названо в запросе на изменение (touches.stages[1])
                """);
        assertThat(text).contains("""
                     известно: dashcam-warranty-repair 2024, fill-form@web: стандарт 20 минут, целевое значение не задано.
                """);
        assertThat(text).contains("""
                     известно: insurance-insured-event 2025: 1 затронутый шаг (read-status) на этапе check-status, передач между \
                исполнителями там: 0.
                """);
    }

    @Test
    void aTariffChangeIsOperationalAndAsksForTheContentUpdateInRussian() throws IOException {
        String text = ImpactReport.text(impact("motor-tariffs-2027"), Language.RU);
        assertThat(text).contains("""
                Классификация: операционное
                  Стандарт относит изменение тарифов к операционным изменениям (тарифы, новые офисы обслуживания, ответственные \
                за взаимодействие с внешними подразделениями, обслуживание систем, с которыми работают клиенты): ведите его через \
                управление контентом.
                """);
        assertThat(text).contains("""
                       не оценено: ни одна из 11 затронутых точек контакта не задаёт volumePerMonth
                     этап get-advice  Get advice
                       весь этап: продукт пути клиента: motor insurance (touches.products[0])
                """);
        assertThat(text).contains("""
                  [content-update] Обновить информацию, которую сообщают клиентам
                     известно: Стандарт ведёт операционные изменения через управление контентом: чек-лист проекта не требуется.
                     известно: Сообщается сейчас: insurance-insured-event 2025, get-advice@chat: claim.documents "passport, policy, \
                police report".
                """);
        assertThat(text).contains("""
                     уточнить: Новая информация для каждой затронутой точки контакта и дата её проверки (infoVerified).
                     уточнить: Кто информирует персонал затронутых шагов.
                """);
    }
}
