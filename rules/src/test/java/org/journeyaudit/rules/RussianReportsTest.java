package org.journeyaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.Portfolio;
import org.journeyaudit.engine.change.ChangeImpact;
import org.journeyaudit.engine.change.ChangeRequestReader;
import org.journeyaudit.engine.change.ImpactAnalyzer;
import org.journeyaudit.engine.compare.JourneyComparator;
import org.journeyaudit.engine.compare.JourneyComparison;
import org.journeyaudit.engine.compliance.ComplianceMatrix;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.profile.Profile;
import org.journeyaudit.engine.report.ComparisonReport;
import org.journeyaudit.engine.report.ComplianceReport;
import org.journeyaudit.engine.report.ImpactReport;
import org.journeyaudit.engine.report.MarkdownReport;
import org.journeyaudit.engine.report.TextReport;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.junit.jupiter.api.Test;

/**
 * Every renderer in Russian, on the samples: headings, labels, counted words and figures as a Russian reader
 * expects them ({@code 13 700}, {@code 5 030 640 RUB} with no-break spaces, dates as {@code 22.11.2026}).
 * The findings' messages and the recommendations' titles come from the rules and are not checked here.
 */
class RussianReportsTest {

    private static final Language RU = Language.RU;

    private static Audit retail() {
        return SampleJourneysTest.audit("retail-defective-goods", RU);
    }

    @Test
    void theTextReportHasRussianHeadingsCountsAndFigures() {
        String report = TextReport.audit(retail(), RU);
        assertThat(report).startsWith("""
                Аудит пути клиента: Defective goods claim (retail-defective-goods, версия before)
                На дату 22.11.2026

                Сводка
                  4 замечания: 0 ошибок, 3 предупреждения, 1 информационное
                  по семействам: избыточность 3, покрытие каналами 1
                  2 рекомендации, потенциал экономии в год 7\u00A0102\u00A0080 RUB

                Стоимость обслуживания
                  всего """);
        assertThat(report).contains("\n  этап file-claim: ");
        assertThat(report).contains("""

                Замечания
                  избыточность
                    ВНИМАНИЕ F2   redundancy/recontact  [этап file-claim]
                """);
        assertThat(report).contains("""
                  покрытие каналами
                    ИНФО    F1   coverage/assisted-only  [этап file-claim]
                """);
        assertThat(report).contains("\nРекомендации\n  #1 P1  ");
        assertThat(report).contains("\n       действие eliminate-step, трудозатраты низкие, балл 78, отвечает на F2, F3, F4\n"
                + "       экономия: 5\u00A0030\u00A0640 RUB в год; на 10\u00A0960 обращений в месяц меньше; 46\u00A0580 мин обработки в месяц\n"
                + "       формула: ");
        assertThat(report).contains("\n       для клиента: на 1 запрос меньше\n       почему: ");
        assertThat(report).contains("\n       действие add-self-service, трудозатраты высокие, балл 10, отвечает на F1\n"
                + "       экономия: 2\u00A0071\u00A0440 RUB в год; на 2\u00A0740 обращений в месяц меньше; 19\u00A0180 мин обработки в месяц\n");
    }

    @Test
    void theMarkdownReportHasRussianHeadingsAndColumns() {
        String report = MarkdownReport.audit(retail(), RU);
        assertThat(report).startsWith("""
                # Аудит пути клиента: Defective goods claim

                Путь клиента `retail-defective-goods`, версия before, аудит на дату 22.11.2026.

                ## Сводка

                - 4 замечания: 0 ошибок, 3 предупреждения, 1 информационное
                - По семействам: избыточность 3, покрытие каналами 1
                - 2 рекомендации, потенциал экономии в год **7\u00A0102\u00A0080 RUB**

                ## Стоимость обслуживания

                Всего **""");
        assertThat(report).contains("""
                | Этап | Обработка обращений | Бэк-офис | Всего |
                |---|---:|---:|---:|
                | `file-claim` | """);
        assertThat(report).contains("""
                ## Рекомендации

                | № | Приоритет | Рекомендация | Экономия в год | Трудозатраты | Отвечает на |
                |---:|---|---|---:|---|---|
                | 1 | P1 | """);
        assertThat(report).contains(" | 5\u00A0030\u00A0640 RUB | низкие | F2, F3, F4 |\n");
        assertThat(report).contains("""
                - Действие: `eliminate-step` для `step:ask-photo`, `step:review-photo`
                - Экономия: 5\u00A0030\u00A0640 RUB в год; на 10\u00A0960 обращений в месяц меньше; 46\u00A0580 мин обработки в месяц
                """);
        assertThat(report).contains("\n- Для клиента: на 1 запрос меньше\n- Почему P1: ");
        assertThat(report).contains("""
                ## Замечания

                ### избыточность

                | № | Важность | Правило | Этап | Замечание |
                |---|---|---|---|---|
                | F2 | предупреждение | `redundancy/recontact` | file-claim | """);
        assertThat(report).contains("| F1 | к сведению | `coverage/assisted-only` | file-claim | ");
    }

    @Test
    void thePortfolioSummaryIsInRussian() {
        Portfolio portfolio = new Portfolio(List.of(retail(), SampleJourneysTest.audit("bank-card-loss", RU)), List.of());
        assertThat(TextReport.portfolio(portfolio, RU)).isEqualTo("""
                Портфель: проверено 2 пути клиента
                  14 замечаний: 0 ошибок, 10 предупреждений, 4 информационных
                  потенциал экономии в год: 245\u00A0748 EUR
                  потенциал экономии в год: 7\u00A0102\u00A0080 RUB
                  путь                             ошибки предупр.   инфо  рек.  экономия в год
                  bank-card-loss 2026                   0        7      3     8  245\u00A0748 EUR
                  retail-defective-goods before         0        3      1     2  7\u00A0102\u00A0080 RUB
                """);
        assertThat(MarkdownReport.portfolio(portfolio, RU)).isEqualTo("""
                # Сводка по портфелю

                - Проверено: 2 пути клиента
                - 14 замечаний
                - Потенциал экономии в год: **245\u00A0748 EUR**
                - Потенциал экономии в год: **7\u00A0102\u00A0080 RUB**

                | Путь клиента | Ошибки | Предупреждения | К сведению | Рекомендации | Экономия в год |
                |---|---:|---:|---:|---:|---:|
                | `bank-card-loss 2026` | 0 | 7 | 3 | 8 | 245\u00A0748 EUR |
                | `retail-defective-goods before` | 0 | 3 | 1 | 2 | 7\u00A0102\u00A0080 RUB |
                """);
    }

    @Test
    void theComplianceReportsNameTheirColumnsAndCellsInRussian() {
        ComplianceMatrix matrix = ComplianceMatrix.of(List.of(retail(), SampleJourneysTest.audit("bank-card-loss", RU)),
                RuleBase.builtIn().catalogue(), Profile.RECOMMENDED);
        String text = ComplianceReport.text(matrix, RU);
        assertThat(text).startsWith("""
                Соответствие правилам: 2 пути клиента x 45 правил, профиль recommended

                  П1   retail-defective-goods before
                  П2   bank-card-loss 2026

                  правило                               П1    П2     да  нет  скр  н/п
                  consistency/conflicting-info         н/п    да      1    0    0    1
                """);
        assertThat(text).contains("""
                  coverage/assisted-only               НЕТ   НЕТ      0    2    0    0
                """);
        assertThat(text).contains("""
                По путям (соблюдено / нарушено / скрыто / н/п)
                  retail-defective-goods before       26   3   0  16
                  bank-card-loss 2026                 28   8   0   9

                Пути с наибольшим числом нарушений
                  bank-card-loss 2026: нарушено 8 правил, 0 замечаний уровня «ошибка»
                  retail-defective-goods before: нарушено 3 правила, 0 замечаний уровня «ошибка»

                Чаще всего нарушаемые правила
                  coverage/assisted-only: нарушено в 2 из 2 (""");
        String markdown = ComplianceReport.markdown(matrix, RU);
        assertThat(markdown).startsWith("""
                # Отчёт о соответствии правилам

                2 пути клиента, 45 правил, профиль `recommended`.

                | Правило | `retail-defective-goods before` | `bank-card-loss 2026` | Соблюдено | Нарушено | Скрыто | Н/П |
                |---|---|---|---:|---:|---:|---:|
                | `consistency/conflicting-info` | н/п | соблюдено | 1 | 0 | 0 | 1 |
                """);
        assertThat(markdown).contains("| `coverage/assisted-only` | **нарушено** | **нарушено** | 0 | 2 | 0 | 0 |\n");
        assertThat(markdown).contains("""
                ## По путям клиента

                | Путь клиента | Соблюдено | Нарушено | Скрыто | Н/П |
                |---|---:|---:|---:|---:|
                | `retail-defective-goods before` | 26 | 3 | 0 | 16 |
                """);
        String csv = ComplianceReport.csv(matrix, RU);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("путь,версия,consistency/conflicting-info,")
                .endsWith(",redundancy/unused-output,соблюдено,нарушено,скрыто,не применимо");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith("retail-defective-goods,before,н/п,н/п,н/п,н/п,н/п,н/п,н/п,соблюдено,нарушено,соблюдено,")
                .endsWith(",нарушено,26,3,0,16");
    }

    @Test
    void theComparisonNamesItsMeasuresAndVerdictInRussian() {
        JourneyComparison comparison = JourneyComparator.compare(SampleJourneysTest.audit("complaint-handling-before", RU),
                SampleJourneysTest.audit("complaint-handling-after", RU));
        String text = ComparisonReport.text(comparison, RU);
        assertThat(text).startsWith("""
                Сравнение версий пути клиента: Complaint handling (complaint-handling), before -> after
                На дату 22.11.2026

                Итог: ЛУЧШЕ
                """);
        assertThat(text).contains("""
                Показатели
                                             было      стало  изменение
                  этапы                         1          1          0
                  шаги                         10          5         -5
                  передачи                      6          2         -4
                  возвраты (пинг-понг)          3          0         -3
                  запросы к клиенту             1          1          0
                  минуты обработки             60         34        -26
                  минуты ожидания               0          0          0
                  потенциал экономии в год: не оценено -> не оценено

                Покрытие каналами
                  добавлены ячейки: нет
                  потеряны ячейки: нет

                Устранённые замечания (9)
                  ИНФО    F2       handoff/escalation-depth  [этап file-complaint]
                """);
        assertThat(text).contains("\nНовые замечания (0)\n  нет\n\nИзменившиеся замечания (0)\n  нет\n\nНеизменные замечания (1)\n"
                + "  ИНФО    F1 -> F1 coverage/assisted-only  [этап file-complaint]\n");
        String markdown = ComparisonReport.markdown(comparison, RU);
        assertThat(markdown).startsWith("""
                # Сравнение версий пути клиента: Complaint handling

                Путь клиента `complaint-handling`, before -> after, обе версии проверены на дату 22.11.2026.

                ## Итог: лучше

                - Лучше: """);
        assertThat(markdown).contains("""
                ## Показатели

                | Показатель | Было | Стало | Изменение |
                |---|---:|---:|---:|
                | этапы | 1 | 1 | 0 |
                | шаги | 10 | 5 | -5 |
                """);
        assertThat(markdown).contains("| потенциал экономии в год | не оценено | не оценено | не сравнивается |\n");
        assertThat(markdown).contains("""
                - устранено: 9 замечаний, новых: 0, изменилось: 0, без изменений: 1

                | Статус | Было | Стало | Важность | Правило | Этап | Замечание |
                |---|---|---|---|---|---|---|
                | устранено | F2 |  | к сведению | `handoff/escalation-depth` | file-complaint | """);
        assertThat(ComparisonReport.json(comparison, RU).get("measures").get(3).get("label").asString()).isEqualTo("возвраты (пинг-понг)");
        assertThat(ComparisonReport.json(comparison).get("measures").get(3).get("label").asString()).isEqualTo("ping-pong returns");
    }

    @Test
    void theChangeImpactReportIsInRussian() throws IOException {
        JourneyReader reader = new JourneyReader();
        List<Journey> portfolio;
        try (Stream<Path> files = Files.list(SampleJourneysTest.SAMPLES)) {
            portfolio = files.filter(f -> f.toString().endsWith(".yaml")).sorted().map(reader::read).toList();
        }
        ChangeImpact impact = new ImpactAnalyzer(RuleBase.builtIn()).analyse(
                new ChangeRequestReader().read(SampleJourneysTest.SAMPLES.resolve("changes/crm-replaces-jira.yaml")), portfolio,
                SampleJourneysTest.AS_OF);
        String text = ImpactReport.text(impact, RU);
        assertThat(text).startsWith("""
                Влияние изменения: CR-2027-014  One CRM for claims and complaints
                Тип new-it-system, внедрение 01.03.2027; анализ на дату 22.11.2026, проверено 7 путей клиента

                Классификация: существенное
                """);
        assertThat(text).contains("""
                Сводка
                  затронуто 3 пути клиента (ключевых: 3), связанных: 1, не найдено: 0 ссылок
                  под влиянием: 13\u00A0700 обращений в месяц; обработка 10\u00A0357\u00A0200 RUB в год

                Затронутые пути клиента, по степени влияния
                  #1 retail-defective-goods before  Defective goods claim  (ключевой путь)
                     влияние: 13\u00A0700 обращений в месяц, обработка 10\u00A0357\u00A0200 RUB в год
                """);
        assertThat(text).contains("\n     этап file-claim  File a claim about defective goods\n       шаг take-call (L1, CRM): ");
        assertThat(text).contains("\n     сведения claim.ticket (touches.items[1]): создаются в take-call; используются в review-photo, check-history\n");
        assertThat(text).contains("\nСвязанные пути клиента (косвенное влияние)\n  insurance-insured-event 2025  Insured event  (ключевой путь)\n"
                + "     исполнитель L1 (шаги advise, dispatch, register-claim, read-status, explain-decision), ");
        assertThat(text).contains("\nЧек-лист (существенное изменение)\n");
        String markdown = ImpactReport.markdown(impact, RU);
        assertThat(markdown).startsWith("""
                # Влияние изменения: One CRM for claims and complaints

                Изменение `CR-2027-014`, тип `new-it-system`, внедрение 01.03.2027; анализ на дату 22.11.2026, проверено 7 путей клиента.
                """);
        assertThat(markdown).contains("""
                ## Затронутые пути клиента

                | № | Путь клиента | Ключевой | Этапы | Точки контакта | Шаги | Сведения | Обращений в месяц | Обработка в год |
                |---:|---|---|---:|---:|---:|---:|---:|---:|
                | 1 | `retail-defective-goods before` | да | 1 | 0 | 4 | 1 | 13\u00A0700 | 10\u00A0357\u00A0200 RUB |
                """);
    }
}
