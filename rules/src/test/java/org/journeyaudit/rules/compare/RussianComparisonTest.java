package org.journeyaudit.rules.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.compare.JourneyComparator;
import org.journeyaudit.engine.compare.JourneyComparison;
import org.journeyaudit.engine.compare.Verdict;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.report.ComparisonReport;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.junit.jupiter.api.Test;

/** The comparison of two versions in Russian: the verdict's reasons, what moved in a changed finding, and the notes. */
class RussianComparisonTest {

    private static final AuditOptions RU = AuditOptions.asOf(LocalDate.parse("2026-11-22")).withLanguage(Language.RU);
    private static final JourneyComparator COMPARATOR = new JourneyComparator(new Auditor(RuleBase.builtIn()));
    private static final JourneyReader READER = new JourneyReader();

    private static Journey sample(String path) {
        return READER.read(Path.of("../samples/" + path));
    }

    @Test
    void theComplaintRedesignIsBetterForReasonsWordedInRussian() {
        JourneyComparison comparison = COMPARATOR.compare(sample("complaint-handling-before.yaml"), sample("complaint-handling-after.yaml"), RU);
        assertThat(comparison.verdict()).isEqualTo(Verdict.BETTER);
        assertThat(comparison.improvements()).containsExactly(
                "устранено 9 замечаний (5 предупреждений, 4 информационных)",
                "шаги 10 -> 5",
                "передачи между исполнителями 6 -> 2",
                "возвраты работы (пинг-понг) 3 -> 0",
                "минуты обработки 60 -> 34");
        assertThat(comparison.worsenings()).isEmpty();
        assertThat(comparison.notes()).containsExactly(
                "потенциал экономии не оценён ни в одной версии (нет объёмов обращений или стоимости), поэтому он не сравнивается");
        assertThat(ComparisonReport.text(comparison, Language.RU)).contains("""
                Итог: ЛУЧШЕ
                  + устранено 9 замечаний (5 предупреждений, 4 информационных)
                  + шаги 10 -> 5
                """);
        assertThat(ComparisonReport.json(comparison, Language.RU).get("reasons").get("better").get(0).asString())
                .isEqualTo("устранено 9 замечаний (5 предупреждений, 4 информационных)");
    }

    @Test
    void theWayBackIsWorseWithTheSameCountsIntroduced() {
        JourneyComparison comparison = COMPARATOR.compare(sample("complaint-handling-after.yaml"), sample("complaint-handling-before.yaml"), RU);
        assertThat(comparison.verdict()).isEqualTo(Verdict.WORSE);
        assertThat(comparison.worsenings()).containsExactly(
                "появилось 9 замечаний (5 предупреждений, 4 информационных)",
                "шаги 5 -> 10",
                "передачи между исполнителями 2 -> 6",
                "возвраты работы (пинг-понг) 0 -> 3",
                "минуты обработки 34 -> 60");
    }

    @Test
    void aChannelAddedGainsThreeCellsAndIntroducesFourFindings() {
        JourneyComparison comparison = COMPARATOR.compare(sample("insurance-insured-event.yaml"),
                sample("changes/after/insurance-insured-event.yaml"), RU);
        assertThat(comparison.verdict()).isEqualTo(Verdict.MIXED);
        assertThat(comparison.improvements())
                .containsExactly("добавлены 3 ячейки покрытия: get-advice@messenger, check-status@messenger, learn-decision@messenger");
        assertThat(comparison.worsenings()).containsExactly("появились 4 замечания (1 ошибка, 3 предупреждения)");
    }

    @Test
    void aFindingThatPersistsOverFewerStepsSaysInRussianWhatItNoLongerInvolves() {
        Journey before = sample("complaint-handling-before.yaml");
        Journey after = JourneyComparisonTest.withoutTheSupervisor(before);
        JourneyComparison comparison = COMPARATOR.compare(before, after, RU);
        assertThat(comparison.changed().stream().filter(m -> m.after().ruleId().equals("handoff/excess")).findFirst().orElseThrow()
                .differences()).containsExactly("больше не затрагивает step:forward-to-3l, step:take-explanation", "handoffs 6 -> 4");
    }
}
