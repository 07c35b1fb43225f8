package org.journeyaudit.engine.compare;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.finding.Severity;
import org.journeyaudit.engine.language.Figures;
import org.journeyaudit.engine.language.Language;

/**
 * The words of a comparison in the request's language: the verdict's reasons (findings resolved and introduced,
 * measures, coverage cells, the savings potential), what moved in a changed finding, and the notes. Element ids,
 * stage and channel ids and evidence names stay as they are written; figures go through {@link Figures}.
 */
final class ComparisonTexts {

    private final Language language;
    private final Figures figures;

    ComparisonTexts(Language language) {
        this.language = language == null ? Language.EN : language;
        this.figures = Figures.of(this.language);
    }

    private boolean ru() {
        return language == Language.RU;
    }

    String measure(Measure measure) {
        return measure.describe(language);
    }

    /** {@code 9 findings resolved (5 warnings, 4 info)}, {@code устранено 9 замечаний (5 предупреждений, 4 информационных)}: the verb agrees with the count */
    String findings(int total, Map<Severity, Integer> bySeverity, boolean resolved) {
        List<String> parts = bySeverity.entrySet().stream().map(e -> severity(e.getKey(), e.getValue())).toList();
        if (ru()) {
            String verb = resolved ? figures.word(total, "устранено", "устранены", "устранено")
                    : figures.word(total, "появилось", "появились", "появилось");
            return verb + " " + figures.plural(total, "замечание", "замечания", "замечаний") + " (" + String.join(", ", parts) + ")";
        }
        return total + (total == 1 ? " finding " : " findings ") + (resolved ? "resolved" : "introduced") + " (" + String.join(", ", parts) + ")";
    }

    private String severity(Severity severity, int count) {
        if (ru()) {
            return switch (severity) {
                case INFO -> figures.plural(count, "информационное", "информационных", "информационных");
                case WARNING -> figures.plural(count, "предупреждение", "предупреждения", "предупреждений");
                case ERROR -> figures.plural(count, "ошибка", "ошибки", "ошибок");
            };
        }
        return count + " " + (severity == Severity.INFO ? "info" : severity.word() + (count == 1 ? "" : "s"));
    }

    String cells(List<String> cells, boolean gained) {
        if (ru()) {
            String verb = gained ? figures.word(cells.size(), "добавлена", "добавлены", "добавлено")
                    : figures.word(cells.size(), "потеряна", "потеряны", "потеряно");
            return verb + " " + figures.plural(cells.size(), "ячейка покрытия", "ячейки покрытия", "ячеек покрытия") + ": "
                    + String.join(", ", cells);
        }
        return cells.size() + (cells.size() == 1 ? " coverage cell " : " coverage cells ") + (gained ? "gained" : "lost") + ": "
                + String.join(", ", cells);
    }

    String savings(BigDecimal before, String beforeCurrency, BigDecimal after, String afterCurrency, boolean less) {
        String text = (ru() ? "годовой потенциал экономии " : "annual savings potential ") + figures.money(before, beforeCurrency) + " -> "
                + figures.money(after, afterCurrency);
        if (ru()) {
            return text + (less ? " (устранять осталось меньше потерь)" : " (потерь, которые нужно устранить, стало больше)");
        }
        return text + (less ? " (less waste left to remove)" : " (more waste to remove)");
    }

    String noLongerInvolves(List<String> elements) {
        return (ru() ? "больше не затрагивает " : "no longer involves ") + String.join(", ", elements);
    }

    String nowInvolves(List<String> elements) {
        return (ru() ? "теперь затрагивает " : "now involves ") + String.join(", ", elements);
    }

    String evidence(String name, Object was, Object is) {
        String missing = ru() ? "не задано" : "not given";
        return name + " " + (was == null ? missing : was) + " -> " + (is == null ? missing : is);
    }

    String differentJourneys(String before, String after) {
        return ru() ? "документы описывают разные пути клиента ('" + before + "' и '" + after + "'): замечания всё равно сопоставлены"
                : "the two documents are different journeys ('" + before + "' and '" + after + "'): their findings are matched all the same";
    }

    String neitherPriced() {
        return ru() ? "потенциал экономии не оценён ни в одной версии (нет объёмов обращений или стоимости), поэтому он не сравнивается"
                : "neither version's savings potential is priced (no contact volumes or costs), so it is not compared";
    }

    String onlyOnePriced(boolean afterPriced) {
        if (ru()) {
            return "потенциал экономии оценён только в версии " + (afterPriced ? "'после'" : "'до'") + ", поэтому он не сравнивается";
        }
        return "only the " + (afterPriced ? "after" : "before") + " version's savings potential is priced, so it is not compared";
    }

    String differentCurrencies() {
        return ru() ? "версии оценены в разных валютах, поэтому потенциал экономии не сравнивается"
                : "the versions are priced in different currencies, so their savings potential is not compared";
    }
}
