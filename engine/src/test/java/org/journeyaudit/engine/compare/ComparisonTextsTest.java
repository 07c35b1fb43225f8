package org.journeyaudit.engine.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.finding.Severity;
import org.journeyaudit.engine.language.Language;
import org.junit.jupiter.api.Test;

/** The verdict's reasons in Russian agree with their counts (1, 3, 5, 21), in English they read as they always have. */
class ComparisonTextsTest {

    private static final ComparisonTexts RU = new ComparisonTexts(Language.RU);
    private static final ComparisonTexts EN = new ComparisonTexts(Language.EN);

    private static Map<Severity, Integer> counts(int errors, int warnings, int info) {
        Map<Severity, Integer> counts = new LinkedHashMap<>();
        if (errors > 0) {
            counts.put(Severity.ERROR, errors);
        }
        if (warnings > 0) {
            counts.put(Severity.WARNING, warnings);
        }
        if (info > 0) {
            counts.put(Severity.INFO, info);
        }
        return counts;
    }

    @Test
    void findingsResolvedAndIntroducedAgreeWithTheirCountsInRussian() {
        assertThat(RU.findings(1, counts(0, 1, 0), true)).isEqualTo("устранено 1 замечание (1 предупреждение)");
        assertThat(RU.findings(3, counts(1, 0, 2), true)).isEqualTo("устранены 3 замечания (1 ошибка, 2 информационных)");
        assertThat(RU.findings(5, counts(0, 5, 0), false)).isEqualTo("появилось 5 замечаний (5 предупреждений)");
        assertThat(RU.findings(21, counts(3, 17, 1), false))
                .isEqualTo("появилось 21 замечание (3 ошибки, 17 предупреждений, 1 информационное)");
        assertThat(RU.findings(4, counts(1, 3, 0), false)).isEqualTo("появились 4 замечания (1 ошибка, 3 предупреждения)");
    }

    @Test
    void coverageCellsAgreeWithTheirCountsInRussian() {
        assertThat(RU.cells(List.of("a@chat"), true)).isEqualTo("добавлена 1 ячейка покрытия: a@chat");
        assertThat(RU.cells(List.of("a@chat", "b@chat", "c@chat"), false)).isEqualTo("потеряны 3 ячейки покрытия: a@chat, b@chat, c@chat");
        assertThat(RU.cells(List.of("a@1", "a@2", "a@3", "a@4", "a@5"), true))
                .isEqualTo("добавлено 5 ячеек покрытия: a@1, a@2, a@3, a@4, a@5");
        List<String> many = java.util.stream.IntStream.rangeClosed(1, 21).mapToObj(i -> "s@" + i).toList();
        assertThat(RU.cells(many, false)).startsWith("потеряна 21 ячейка покрытия: s@1, s@2, ").endsWith(", s@21");
    }

    @Test
    void theSavingsLineAndTheMissingValuesAreWordedAndFiguredInRussian() {
        assertThat(RU.savings(new BigDecimal("1250000"), "RUB", new BigDecimal("310500.5"), "RUB", true))
                .isEqualTo("годовой потенциал экономии 1\u00A0250\u00A0000 RUB -> 310\u00A0500,5 RUB (устранять осталось меньше потерь)");
        assertThat(RU.evidence("handoffs", 6, null)).isEqualTo("handoffs 6 -> не задано");
        assertThat(RU.noLongerInvolves(List.of("step:forward-to-3l"))).isEqualTo("больше не затрагивает step:forward-to-3l");
    }

    @Test
    void englishReadsAsItAlwaysHas() {
        assertThat(EN.findings(1, counts(0, 1, 0), true)).isEqualTo("1 finding resolved (1 warning)");
        assertThat(EN.findings(4, counts(1, 3, 0), false)).isEqualTo("4 findings introduced (1 error, 3 warnings)");
        assertThat(EN.cells(List.of("a@chat"), true)).isEqualTo("1 coverage cell gained: a@chat");
        assertThat(EN.savings(new BigDecimal("1250000"), "RUB", new BigDecimal("1300000"), "RUB", false))
                .isEqualTo("annual savings potential 1,250,000 RUB -> 1,300,000 RUB (more waste to remove)");
    }
}
