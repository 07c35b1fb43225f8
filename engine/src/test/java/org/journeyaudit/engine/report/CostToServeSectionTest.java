package org.journeyaudit.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditSummary;
import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.fact.ObservedHandleTime;
import org.journeyaudit.engine.fact.ObservedVolume;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.recommend.ObservedFigures;
import org.junit.jupiter.api.Test;

/** The cost to serve as the text, Markdown and JSON reports show it, in English and in Russian. */
class CostToServeSectionTest {

    private static final Audit AUDIT = new Audit(new JourneyReader().read("inline.yaml", """
            id: follow-up
            currency: EUR
            economics: {costPerMinute: 1, monthsPerYear: 12}
            channels:
              - {id: phone, mode: assisted}
              - {id: app, mode: self-service}
            stages:
              - id: ask-status
                touchpoints:
                  - {channel: phone, status: present, volumePerMonth: 1000, handleSeconds: 300}
                  - {channel: app, status: present, volumePerMonth: 5000, handleSeconds: 90}
                steps:
                  - {id: find-case, actor: agent, minutes: 2}
              - id: close
                touchpoints:
                  - {channel: app, status: present, volumePerMonth: 800}
            """.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML), LocalDate.parse("2026-11-22"), List.of(), List.of());

    @Test
    void theTextReportStatesTheCostToServePerStageWithItsFormulaAndAssumptions() {
        assertThat(CostToServeSection.text(AUDIT, Language.EN)).isEqualTo("""

                Cost to serve
                  total 84,000 EUR a year
                  stage ask-status: 84,000 EUR (handling 60,000 EUR, backstage 24,000 EUR)
                       formula: (1,000 contacts/month x 300 s / 60 x 1 EUR/min x 12 months) + (1,000 contacts/month x 120 s / 60 x 1 EUR/min x 12 months) = 84,000 EUR
                       measured: volumePerMonth of touchpoint ask-status@phone; handleSeconds of touchpoint ask-status@phone; economics.costPerMinute; volumePerMonth of the inbound touchpoints of stage ask-status; minutes of step find-case x 60; economics.monthsPerYear
                       assumed: casesPerMonth of stage ask-status: 1,000, its inbound contacts, one case each (the stage gives no casesPerMonth)
                       assumed: backstageCostPerMinute: 1 EUR/min, the contact-centre rate by default (neither the step nor economics.backstageCostPerMinute gives a cost per minute)
                  stage close: not priced
                """);
    }

    @Test
    void inRussianTheSectionReadsAsAConsultantWritesIt() {
        assertThat(CostToServeSection.text(AUDIT, Language.RU)).isEqualTo("""

                Стоимость обслуживания
                  всего 84\u00A0000 EUR в год
                  этап ask-status: 84\u00A0000 EUR (обработка обращений 60\u00A0000 EUR, бэк-офис 24\u00A0000 EUR)
                       формула: (1\u00A0000 обращений/мес. x 300 с / 60 x 1 EUR/мин x 12 мес.) + (1\u00A0000 обращений/мес. x 120 с / 60 x 1 EUR/мин x 12 мес.) = 84\u00A0000 EUR
                       по данным документа: volumePerMonth точки контакта ask-status@phone; handleSeconds точки контакта ask-status@phone; economics.costPerMinute; volumePerMonth входящих точек контакта этапа ask-status; minutes шага find-case x 60; economics.monthsPerYear
                       допущение: casesPerMonth этапа ask-status: 1\u00A0000, его входящие обращения, одно обращение = один случай (этап не задаёт casesPerMonth)
                       допущение: backstageCostPerMinute: 1 EUR/мин, ставка контакт-центра по умолчанию (ни шаг, ни economics.backstageCostPerMinute не задают своей стоимости минуты)
                  этап close: не оценена
                """);
    }

    @Test
    void markdownAndJsonCarryTheSameFigures() {
        assertThat(CostToServeSection.markdown(AUDIT, Language.EN)).startsWith("""
                ## Cost to serve

                Total **84,000 EUR** a year.

                | Stage | Handling | Backstage | Total |
                |---|---:|---:|---:|
                | `ask-status` | 60,000 EUR | 24,000 EUR | 84,000 EUR |
                | `close` | \u2013 | \u2013 | \u2013 |
                """);
        assertThat(JsonReport.audit(AUDIT).path("costToServe").path("stages").get(0).toString()).startsWith(
                "{\"stage\":\"ask-status\",\"handling\":60000,\"backstage\":24000,\"total\":84000,"
                        + "\"formula\":\"(1,000 contacts/month x 300 s / 60 x 1 EUR/min x 12 months) + (1,000 contacts/month x 120 s / 60 x 1 "
                        + "EUR/min x 12 months) = 84,000 EUR\",\"inputs\":[{\"name\":\"contactsPerMonth\",\"value\":1000,\"unit\":\"contacts\","
                        + "\"source\":\"measured\",\"from\":\"volumePerMonth of touchpoint ask-status@phone\"}");
        assertThat(JsonReport.audit(AUDIT).path("summary").path("costToServe").asInt()).isEqualTo(84000);
        assertThat(JsonReport.audit(AUDIT).path("summary").path("annualSavings").isNull()).isTrue();
    }

    /**
     * The same journey audited with a log of two months that times 200 phone contacts at a median 420 s and 15 app
     * sessions (self-service: nobody's handling); the stage's cases and the close stage are not in it.
     */
    private static final Audit WITH_LOG = new Audit(AUDIT.journey(), AUDIT.asOf(), List.of(), List.of(), null, null, null, null,
            ObservedFigures.of(List.of(
                    new ObservedHandleTime("ask-status", 0, "phone", 200, 420, 600, 2 * ObservedVolume.DAYS_A_MONTH, 300.0, true, "calls.csv"),
                    new ObservedHandleTime("ask-status", 0, "app", 15, 60, 90, 2 * ObservedVolume.DAYS_A_MONTH, 90.0, false, "calls.csv"))));

    @Test
    void withALogTheSectionPricesTheLogsHandleTimeAndSaysItIsObserved() {
        assertThat(CostToServeSection.text(WITH_LOG, Language.EN)).isEqualTo("""

                Cost to serve
                  total 108,000 EUR a year
                  stage ask-status: 108,000 EUR (handling 84,000 EUR, backstage 24,000 EUR)
                       formula: (1,000 contacts/month x 420 s / 60 x 1 EUR/min x 12 months) + (1,000 contacts/month x 120 s / 60 x 1 EUR/min x 12 months) = 108,000 EUR (handle times as the log calls.csv shows them)
                       measured: volumePerMonth of touchpoint ask-status@phone; economics.costPerMinute; volumePerMonth of the inbound touchpoints of stage ask-status; minutes of step find-case x 60; economics.monthsPerYear
                       observed: median handle time of touchpoint ask-status@phone in the log calls.csv: 200 contacts over 61 days
                       assumed: casesPerMonth of stage ask-status: 1,000, its inbound contacts, one case each (the stage gives no casesPerMonth)
                       assumed: backstageCostPerMinute: 1 EUR/min, the contact-centre rate by default (neither the step nor economics.backstageCostPerMinute gives a cost per minute)
                  stage close: not priced
                """);
        assertThat(CostToServeSection.text(WITH_LOG, Language.RU)).contains("""
                       по журналу: медиана времени обработки точки контакта ask-status@phone в журнале calls.csv: 200 контактов за 61 день
                """).contains("= 108\u00A0000 EUR (время обработки — по журналу calls.csv)\n");
        assertThat(CostToServeSection.markdown(WITH_LOG, Language.EN)).contains("""
                  - Observed: median handle time of touchpoint ask-status@phone in the log calls.csv: 200 contacts over 61 days
                """);
        assertThat(JsonReport.audit(WITH_LOG).path("costToServe").path("stages").get(0).path("inputs").get(1).toString()).isEqualTo(
                "{\"name\":\"handleSeconds\",\"value\":420,\"unit\":\"s\",\"source\":\"observed\",\"from\":\"median handle time of "
                        + "touchpoint ask-status@phone in the log calls.csv: 200 contacts over 61 days\"}");
        // the summary's cost to serve is the same figure
        assertThat(JsonReport.audit(WITH_LOG).path("summary").path("costToServe").asInt()).isEqualTo(108000);
        assertThat(AuditSummary.of(WITH_LOG).costToServe()).isEqualByComparingTo("108000");
    }
}
