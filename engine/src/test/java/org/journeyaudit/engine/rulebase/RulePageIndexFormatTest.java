package org.journeyaudit.engine.rulebase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.journeyaudit.engine.finding.Severity;
import org.journeyaudit.engine.language.Language;
import org.junit.jupiter.api.Test;

/** A page written to the index is read back as its page gave it: texts of any script and length, absent parts absent. */
class RulePageIndexFormatTest {

    private static final String PAGE = """
            ---
            title:
              en: "A stage waits on itself"
              ru: "Этап ждёт сам себя"
            severity: info
            recommended: false
            message:
              en: "Stage '{stage}' waits {minutes} minutes[reason? because {reason}]"
              ru: "Этап '{stage}' ждёт {minutes:plural(минуту,минуты,минут)}"
            parameters:
              minutes:
                value: 12.5
              share:
                value: 0.25
                description: share of the cases that wait
            ---
            # demo/self-wait: A stage waits on itself

            Body text, долгий текст.
            """;

    @Test
    void aPageIsReadBackAsWritten() throws IOException {
        RuleDescription page = RuleDocumentation.parse("demo/self-wait", "demo/self-wait.md", PAGE + "x".repeat(70_000) + "\n");
        Map<String, RuleDescription> pages = new LinkedHashMap<>();
        pages.put("demo/self-wait.md", page);
        pages.put("demo/plain.md", new RuleDescription("demo/plain", "Plain", Severity.ERROR, Map.of(), "# demo/plain\n"));

        ByteArrayOutputStream written = new ByteArrayOutputStream();
        RulePageIndex.write(pages, written);
        Map<String, RuleDescription> read = RulePageIndex.read(new ByteArrayInputStream(written.toByteArray()), "index");

        assertThat(read.keySet()).containsExactly("demo/self-wait.md", "demo/plain.md");
        RuleDescription wait = read.get("demo/self-wait.md");
        assertThat(wait.id()).isEqualTo("demo/self-wait");
        assertThat(wait.severity()).isEqualTo(Severity.INFO);
        assertThat(wait.recommended()).isFalse();
        assertThat(wait.titles()).containsExactly(Map.entry(Language.EN, "A stage waits on itself"), Map.entry(Language.RU, "Этап ждёт сам себя"));
        assertThat(wait.parameters()).containsExactly(
                Map.entry("minutes", new RuleParameter("minutes", 12.5, null)),
                Map.entry("share", new RuleParameter("share", 0.25, "share of the cases that wait")));
        assertThat(wait.message(Language.EN).orElseThrow().text()).isEqualTo("Stage '{stage}' waits {minutes} minutes[reason? because {reason}]");
        assertThat(wait.message(Language.RU).orElseThrow().text()).isEqualTo("Этап '{stage}' ждёт {minutes:plural(минуту,минуты,минут)}");
        assertThat(wait.documentation()).isEqualTo(page.documentation()).hasSize(page.documentation().length());
        assertThat(wait.documentation()).startsWith("# demo/self-wait: A stage waits on itself\n\nBody text, долгий текст.\nxxx");

        RuleDescription plain = read.get("demo/plain.md");
        assertThat(plain.titles()).containsExactly(Map.entry(Language.EN, "Plain"));
        assertThat(plain.messages()).isEmpty();
        assertThat(plain.parameters()).isEmpty();
        assertThat(plain.recommended()).isTrue();
    }

    @Test
    void anIndexOfAnotherLayoutIsNotRead() throws IOException {
        byte[] other = {0, 0, 0, 7, 0, 0, 0, 0};
        assertThat(RulePageIndex.read(new ByteArrayInputStream(other), "index")).isEmpty();
    }
}
