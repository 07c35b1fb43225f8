package org.journeyaudit.engine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.journeyaudit.engine.language.Language;
import org.junit.jupiter.api.Test;

class ReportWordsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");
    private static final ReportWords EN = ReportWords.of(Language.EN);
    private static final ReportWords RU = ReportWords.of(Language.RU);

    @Test
    void everyWordExistsInEveryLanguage() {
        assertThat(RU.all().keySet()).containsExactlyElementsOf(EN.all().keySet());
        EN.all().forEach((key, english) -> assertThat(RU.get(key)).as(key).isNotBlank());
    }

    @Test
    void everyTranslationTakesTheSamePlaceholders() {
        EN.all().forEach((key, english) -> assertThat(placeholders(RU.all().get(key))).as(key).isEqualTo(placeholders(english)));
    }

    @Test
    void countedWordsHaveTheFormsTheirLanguageNeeds() {
        EN.all().keySet().stream().filter(k -> k.startsWith("plural.")).forEach(key -> {
            assertThat(EN.all().get(key).split("\\|", -1).length).as("en " + key).isBetween(1, 2);
            assertThat(RU.all().get(key).split("\\|", -1).length).as("ru " + key).isIn(1, 3);
        });
    }

    @Test
    void countsAgreeWithTheirWordInRussian() {
        assertThat(RU.count(1, "finding")).isEqualTo("1 замечание");
        assertThat(RU.count(3, "finding")).isEqualTo("3 замечания");
        assertThat(RU.count(5, "finding")).isEqualTo("5 замечаний");
        assertThat(RU.count(11, "finding")).isEqualTo("11 замечаний");
        assertThat(RU.count(21, "finding")).isEqualTo("21 замечание");
        assertThat(RU.count(2, "journey")).isEqualTo("2 пути клиента");
        assertThat(RU.count(1200, "journey")).isEqualTo("1\u00A0200 путей клиента");
        assertThat(EN.count(1, "channelSwitch")).isEqualTo("1 channel switch");
        assertThat(EN.count(2, "channelSwitch")).isEqualTo("2 channel switches");
        assertThat(EN.count(2, "info")).isEqualTo("2 info");
    }

    @Test
    void moneyIsWrittenByTheLanguageOrSaysItIsNotPriced() {
        assertThat(RU.money(new BigDecimal("5030640"), "RUB")).isEqualTo("5\u00A0030\u00A0640 RUB");
        assertThat(EN.money(new BigDecimal("5030640"), "RUB")).isEqualTo("5,030,640 RUB");
        assertThat(RU.money(null, "RUB")).isEqualTo("не оценено");
        assertThat(EN.money(null, "RUB")).isEqualTo("not priced");
    }

    @Test
    void anArgumentIsNeverTakenForAPlaceholder() {
        assertThat(EN.get("compliance.failedBy", "{1}", 3)).isEqualTo("failed by {1} of 3");
        assertThat(RU.get("audit.title", "Путь $1 \\ {0}")).isEqualTo("Аудит пути клиента: Путь $1 \\ {0}");
    }

    @Test
    void anUnknownWordIsABugNamedByItsKey() {
        assertThatThrownBy(() -> RU.get("no.such.word")).isInstanceOf(IllegalStateException.class)
                .hasMessage("the report words of ru have no 'no.such.word'");
        assertThat(RU.getOr("family.my-checks", "my-checks")).isEqualTo("my-checks");
        assertThat(RU.getOr("family.handoff", "handoff")).isEqualTo("передачи");
    }

    @Test
    void everyWordTheVisualReportUsesIsInTheWordsItCarries() throws Exception {
        String script;
        try (var in = ReportWords.class.getResourceAsStream("html/report.js")) {
            script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String page;
        try (var in = ReportWords.class.getResourceAsStream("html/report.html")) {
            page = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Set<String> used = new TreeSet<>();
        Matcher words = Pattern.compile("\\bt\\('([\\w.-]+)'").matcher(script);
        while (words.find()) {
            used.add(words.group(1));
        }
        Matcher counted = Pattern.compile("\\bplural\\([^,()]+(?:\\([^()]*\\))?[^,()]*, '(\\w+)'\\)").matcher(script);
        while (counted.find()) {
            used.add("plural." + counted.group(1));
        }
        Matcher placeholders = Pattern.compile("\\{\\{(html\\.[\\w.]+)}}").matcher(page);
        while (placeholders.find()) {
            used.add(placeholders.group(1));
        }
        // a key built from a value (severity. + the severity) is checked for every value below
        used.removeIf(key -> key.endsWith("."));
        for (String value : java.util.List.of("error", "warning", "info")) {
            used.add("severity." + value);
        }
        for (String value : java.util.List.of("low", "medium", "high")) {
            used.add("effort." + value);
        }
        for (String value : java.util.List.of("better", "worse", "mixed", "unchanged")) {
            used.add("verdict." + value);
        }
        assertThat(used).hasSizeGreaterThan(150).contains("plural.step", "plural.handoff", "plural.channelSwitch", "html.page.matrix", "html.hint");
        assertThat(used).as("used by the visual report, missing from the words").filteredOn(key -> !EN.all().containsKey(key)).isEmpty();
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

}
