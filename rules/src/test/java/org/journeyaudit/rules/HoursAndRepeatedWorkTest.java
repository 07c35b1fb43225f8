package org.journeyaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
 * Service hours, work done again across stages and switches along the paths customers take, in both languages, with
 * what each recommends: a path open around the clock priced on the contacts it takes from the phone, longer hours
 * honestly not priced, the repeated line test priced on the agent's minutes.
 */
class HoursAndRepeatedWorkTest {

    private static final Auditor AUDITOR = new Auditor(RuleBase.builtIn());
    private static final String NBSP = "\u00A0";
    private static final String JOURNEY = """
            id: broadband-fault
            currency: EUR
            economics: {costPerMinute: 1, monthsPerYear: 12}
            channels:
              - {id: app, mode: self-service}
              - {id: phone, mode: assisted}
            stages:
              - id: report-fault
                casesPerMonth: 1000
                customerSteps:
                  - {id: self-test, name: Run a line test, channel: app, minutes: 5}
                touchpoints:
                  - {channel: app, status: present, hours: 24/7}
                  - {channel: phone, status: present, hours: "Mo-Fr 10:00-12:00"}
              - id: diagnose
                casesPerMonth: 1000
                touchpoints:
                  - {channel: phone, status: present, hours: "Mo-Fr 09:00-18:00", volumePerMonth: 1000, handleSeconds: 360}
                steps:
                  - {id: agent-test, name: Run a line test, actor: L1, minutes: 4, duringContact: true}
              - id: fraud-block
                optional: true
                share: 0.1
                needs24x7: true
                touchpoints:
                  - {channel: phone, status: present, hours: "Mo-Fr 09:00-18:00", volumePerMonth: 100, handleSeconds: 300}
              - id: repair
                touchpoints:
                  - {channel: app, status: present}
            """;

    private static Audit audit(Language language) {
        return AUDITOR.audit(new JourneyReader().read("fault.yaml", JOURNEY.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML),
                AuditOptions.asOf(SampleJourneysTest.AS_OF).withLanguage(language));
    }

    private static List<String> messages(Audit audit, String rule) {
        return audit.findings().stream().filter(f -> f.ruleId().equals(rule)).map(Finding::message).toList();
    }

    private static Recommendation recommendation(Audit audit, Action action) {
        List<Recommendation> found = audit.recommendations().stream().filter(r -> r.action() == action).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static List<String> rulesOf(Audit audit, Recommendation recommendation) {
        return audit.findings().stream().filter(f -> recommendation.findings().contains(f.id())).map(Finding::ruleId).toList();
    }

    @Test
    void shortHoursAndANeedAroundTheClockReadInEnglishAndRecommendWhatFitsEach() {
        Audit audit = audit(Language.EN);
        assertThat(messages(audit, "coverage/hours-gap")).containsExactly(
                "On phone at stage 'report-fault', which 100% of cases reach, customers can reach a person only 10 hours a week "
                        + "(at least 20 expected)",
                "Stage 'fraud-block' needs service around the clock, but none of its channels is open 24/7: phone 45 hours a week");
        // longer hours are honestly not priced: the journey gives no figure for the contacts the closed line loses
        Recommendation hours = recommendation(audit, Action.EXTEND_HOURS);
        assertThat(hours.title()).isEqualTo("Open the line in the hours customers need it: report-fault on phone");
        assertThat(hours.targets()).containsExactly("touchpoint:report-fault@phone");
        assertThat(hours.impact().annualSavings()).isNull();
        assertThat(hours.impact().formula())
                .isEqualTo("not estimated: the gain is in consistency, compliance or customer effort, which the journey's figures do not price");
        // a path open around the clock is self-service, priced on the phone contacts it takes; it answers the stage's
        // assisted-only finding too
        Recommendation selfService = audit.recommendations().stream()
                .filter(r -> r.action() == Action.ADD_SELF_SERVICE && r.targets().equals(List.of("stage:fraud-block"))).findFirst().orElseThrow();
        assertThat(rulesOf(audit, selfService)).containsExactly("coverage/assisted-only", "coverage/hours-gap");
        assertThat(selfService.impact().annualSavings()).isEqualByComparingTo(new BigDecimal("1200"));
        assertThat(selfService.impact().formula()).isEqualTo("20 contacts/month x 300 s / 60 x 1 EUR/min x 12 months = 1,200 EUR");
    }

    @Test
    void shortHoursAndANeedAroundTheClockReadInRussian() {
        Audit audit = audit(Language.RU);
        assertThat(messages(audit, "coverage/hours-gap")).containsExactly(
                "В канале phone на этапе 'report-fault', через который проходят 100" + NBSP + "% обращений, связаться с сотрудником "
                        + "можно только 10 часов в неделю (ожидается не менее 20)",
                "Этап 'fraud-block' требует круглосуточного обслуживания, но ни один его канал не работает 24/7: phone — 45 часов в неделю");
        assertThat(recommendation(audit, Action.EXTEND_HOURS).title())
                .isEqualTo("Открыть линию в часы, когда она нужна клиентам: report-fault (канал phone)");
    }

    @Test
    void theLineTestTheAgentRunsAgainIsPricedOnTheAgentsMinutesInTheCall() {
        Audit english = audit(Language.EN);
        assertThat(messages(english, "redundancy/duplicate-across")).containsExactly("The work \"Run a line test\" is done again: "
                + "the customer already did it at 'self-test' in stage 'report-fault' on app, and it is repeated at step 'agent-test' (L1) "
                + "in stage 'diagnose'");
        Recommendation merge = recommendation(english, Action.MERGE_STEPS);
        assertThat(merge.title()).isEqualTo("Do the work once: Run a line test");
        assertThat(merge.targets()).containsExactly("step:agent-test");
        assertThat(merge.impact().annualSavings()).isEqualByComparingTo(new BigDecimal("48000"));
        assertThat(merge.impact().formula()).isEqualTo("1,000 contacts/month x 240 s / 60 x 1 EUR/min x 12 months = 48,000 EUR");
        Audit russian = audit(Language.RU);
        assertThat(messages(russian, "redundancy/duplicate-across")).containsExactly("Работа «Run a line test» выполняется повторно: "
                + "клиент уже сделал её сам на шаге 'self-test' (этап 'report-fault', канал app), но её повторяют на шаге 'agent-test' "
                + "(L1, этап 'diagnose')");
        assertThat(recommendation(russian, Action.MERGE_STEPS).title()).isEqualTo("Выполнять работу один раз: Run a line test");
    }

    @Test
    void aSwitchOnAPathNotEveryCaseTakesGivesItsShareInBothLanguages() {
        // most cases go from the diagnosis straight to the repair; the tenth that need a fraud block go through it
        assertThat(messages(audit(Language.EN), "coverage/forced-switch")).containsExactly(
                "A customer served on app at stage 'report-fault' must switch channel for the next stage 'diagnose'",
                "A customer served on phone at stage 'diagnose' must switch channel for the next stage 'repair' (90% of cases go this way)",
                "A customer served on phone at stage 'fraud-block' must switch channel for the next stage 'repair' (10% of cases go this way)");
        assertThat(messages(audit(Language.RU), "coverage/forced-switch")).containsExactly(
                "Клиент, которого обслужили в канале app на этапе 'report-fault', вынужден сменить канал на следующем этапе 'diagnose'",
                "Клиент, которого обслужили в канале phone на этапе 'diagnose', вынужден сменить канал на следующем этапе 'repair' "
                        + "(этим путём проходят 90" + NBSP + "% обращений)",
                "Клиент, которого обслужили в канале phone на этапе 'fraud-block', вынужден сменить канал на следующем этапе 'repair' "
                        + "(этим путём проходят 10" + NBSP + "% обращений)");
    }
}
