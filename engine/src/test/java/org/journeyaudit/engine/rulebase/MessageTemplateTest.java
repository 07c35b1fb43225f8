package org.journeyaudit.engine.rulebase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.journeyaudit.engine.language.Language;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {

    private static String fill(String template, Map<String, Object> evidence, Language language) {
        return MessageTemplate.parse(template).fill(evidence, "file-claim", language);
    }

    @Test
    void aRussianCountTakesTheFormThatAgreesWithIt() {
        String template = "ожидание — {days:plural(день,дня,дней)}";
        assertThat(fill(template, Map.of("days", 1), Language.RU)).isEqualTo("ожидание — 1 день");
        assertThat(fill(template, Map.of("days", 3), Language.RU)).isEqualTo("ожидание — 3 дня");
        assertThat(fill(template, Map.of("days", 5), Language.RU)).isEqualTo("ожидание — 5 дней");
        assertThat(fill(template, Map.of("days", 21), Language.RU)).isEqualTo("ожидание — 21 день");
        assertThat(fill(template, Map.of("days", 12), Language.RU)).isEqualTo("ожидание — 12 дней");
        assertThat(fill("в {ratio} {ratio:word(раз,раза,раз)}", Map.of("ratio", 2.5), Language.RU)).isEqualTo("в 2,5 раза");
        assertThat(fill("{n:plural(day,days)}", Map.of("n", 1), Language.EN)).isEqualTo("1 day");
        assertThat(fill("{n:plural(day,days)}", Map.of("n", 1.5), Language.EN)).isEqualTo("1.5 days");
    }

    @Test
    void durationsAreWrittenInTheLanguageWithTheirPluralForms() {
        assertThat(fill("{d:duration}", Map.of("d", "PT72H"), Language.RU)).isEqualTo("3 дня");
        assertThat(fill("{d:duration}", Map.of("d", 30), Language.RU)).isEqualTo("30 минут");
        assertThat(fill("{d:duration}", Map.of("d", "P1D"), Language.RU)).isEqualTo("1 день");
        assertThat(fill("{d:duration}", Map.of("d", 1470), Language.RU)).isEqualTo("1 день 30 минут");
        assertThat(fill("{d:duration}", Map.of("d", 21 * 60 + 1), Language.RU)).isEqualTo("21 час 1 минута");
        assertThat(fill("{d:duration}", Map.of("d", "PT72H"), Language.EN)).isEqualTo("3 days");
        assertThat(fill("{d:duration}", Map.of("d", 70), Language.EN)).isEqualTo("1 hour 10 minutes");
    }

    @Test
    void aListNamesTenMembersThenCountsTheRest() {
        List<String> steps = IntStream.rangeClosed(1, 13).mapToObj(i -> "s" + i).toList();
        assertThat(fill("{steps}", Map.of("steps", steps), Language.EN)).isEqualTo("s1, s2, s3, s4, s5, s6, s7, s8, s9, s10 and 3 more");
        assertThat(fill("{steps}", Map.of("steps", steps), Language.RU)).isEqualTo("s1, s2, s3, s4, s5, s6, s7, s8, s9, s10 и ещё 3");
        assertThat(fill("{steps:quoted}", Map.of("steps", List.of("a", "b")), Language.EN)).isEqualTo("'a', 'b'");
        assertThat(fill("{steps:count}", Map.of("steps", steps), Language.RU)).isEqualTo("13");
    }

    @Test
    void membersAreWrittenByTheTemplateBetweenTheParentheses() {
        Map<String, Object> evidence = Map.of("values", List.of(
                Map.of("value", "10 days", "on", List.of("chat", "email")),
                Map.of("value", "5 days", "on", List.of("phone"))));
        assertThat(fill("{values:groups(\"{value}\" on {on})}", evidence, Language.EN)).isEqualTo("\"10 days\" on chat, email; \"5 days\" on phone");
        assertThat(fill("{values:list({value})}", evidence, Language.EN)).isEqualTo("10 days, 5 days");
        assertThat(fill("{values.1.value}", evidence, Language.EN)).isEqualTo("5 days");
        assertThat(fill("{levels:list(L{.})}", Map.of("levels", List.of(1, 2)), Language.EN)).isEqualTo("L1, L2");
    }

    @Test
    void conditionsShowTheirTextOnlyWhenTheEntryHoldsIt() {
        String template = "Stage '{stage}' waits[wait? {wait:duration}][!wait? for nothing][n=2?, twice][n!=2?, {n:count} times]";
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("wait", 0);
        evidence.put("n", 2);
        assertThat(fill(template, evidence, Language.EN)).isEqualTo("Stage 'file-claim' waits for nothing, twice");
        evidence.put("wait", 90);
        evidence.put("n", List.of("a", "b", "c"));
        assertThat(fill(template, evidence, Language.EN)).isEqualTo("Stage 'file-claim' waits 1 hour 30 minutes, 3 times");
    }

    @Test
    void figuresAreWrittenInTheLanguage() {
        Map<String, Object> evidence = Map.of("volume", 13700.0, "rate", 0.8, "day", "2026-11-22");
        assertThat(fill("{volume}; {rate:percent}; {day:date}", evidence, Language.EN)).isEqualTo("13,700; 80%; 2026-11-22");
        assertThat(fill("{volume}; {rate:percent}; {day:date}", evidence, Language.RU)).isEqualTo("13\u00A0700; 80\u00A0%; 22.11.2026");
    }

    @Test
    void aPlaceholderWithoutEvidenceStaysAsWrittenAndTheTemplateNamesWhatItReads() {
        MessageTemplate template = MessageTemplate.parse("{item} at {stage}[mandates?; {mandates:list({step})}]");
        assertThat(template.fill(Map.of(), null, Language.EN)).isEqualTo("{item} at {stage}");
        assertThat(template.placeholders()).containsExactly("item", "stage", "mandates");
    }

    @Test
    void aTemplateThatCannotBeReadSaysWhatIsWrongAndWhere() {
        assertThatThrownBy(() -> MessageTemplate.parse("Step '{step' is"))
                .hasMessage("placeholder '{step' is not closed by '}' (at character 7)");
        assertThatThrownBy(() -> MessageTemplate.parse("{rate:percents}"))
                .hasMessage("unknown format 'percents' in a placeholder; the formats are count, date, duration, groups, list, "
                        + "number, percent, plural, quoted, word (at character 7)");
        assertThatThrownBy(() -> MessageTemplate.parse("[wait waits]")).hasMessage("condition '[wait' has no '?' before its text (at character 1)");
        assertThatThrownBy(() -> MessageTemplate.parse("{n:plural}")).hasMessage("format 'plural' needs its forms or template in parentheses (at character 10)");
        assertThatThrownBy(() -> MessageTemplate.parse("done}")).hasMessage("'}' closes no placeholder (at character 5)");
    }
}
