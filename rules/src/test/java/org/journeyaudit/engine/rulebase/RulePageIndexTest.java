package org.journeyaudit.engine.rulebase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.finding.Severity;
import org.journeyaudit.engine.language.Language;
import org.junit.jupiter.api.Test;

/**
 * The rule pages' index the build writes holds exactly what reading the pages gives: the same rules, titles,
 * severities, parameters, documentation and message templates in every language, so that a command reading the
 * index describes every rule as the pages do.
 */
class RulePageIndexTest {

    private final ClassLoader loader = getClass().getClassLoader();
    private final Map<String, RuleDescription> indexed = RulePageIndex.read(loader, RulePageIndex.BUILT_IN);
    private final Map<String, RuleDescription> read = RuleBase.pagesOf(RuleBase.models(loader, RuleBase.BUILT_IN_MODEL_INDEX), loader);

    @Test
    void theIndexHoldsWhatReadingThePagesGives() {
        assertThat(indexed.keySet()).containsExactlyElementsOf(read.keySet());
        assertThat(comparable(indexed)).isEqualTo(comparable(read));
    }

    @Test
    void theIndexHoldsThePageOfEveryRuleInTheCatalogue() {
        List<String> ids = indexed.values().stream().map(RuleDescription::id).sorted().toList();
        assertThat(ids).isEqualTo(RuleBase.builtIn().catalogue().ids().stream().sorted().toList());
    }

    @Test
    void aRuleIsDescribedFromTheIndexAsItsPageWritesIt() {
        RuleDescription excess = indexed.get("org/journeyaudit/rules/handoff/excess.md");
        assertThat(excess.id()).isEqualTo("handoff/excess");
        assertThat(excess.title()).isEqualTo("Too many handoffs in a stage");
        assertThat(excess.title(Language.RU)).isEqualTo("Слишком много передач на одном этапе");
        assertThat(excess.severity()).isEqualTo(Severity.WARNING);
        assertThat(excess.recommended()).isTrue();
        assertThat(excess.parameters()).containsExactly(Map.entry("max",
                new RuleParameter("max", 3, "most actor changes expected between the steps of one stage")));
        assertThat(excess.message(Language.EN).orElseThrow().text()).isEqualTo("Stage '{stage}' hands the work between actors {handoffs} "
                + "times[planned? besides {planned:plural(planned handoff,planned handoffs)}]; at most {max} expected");
        assertThat(excess.documentation()).startsWith("# handoff/excess: Too many handoffs in a stage\n");
    }

    @Test
    void theBuiltInCatalogueDescribesEveryRuleAsItsPageDoes() {
        Map<String, RuleDescription> catalogue = new LinkedHashMap<>();
        RuleBase.builtIn().catalogue().rules().forEach(rule -> catalogue.put(RuleDocumentation.resourceOf("org.journeyaudit.rules." + rule.family(), rule.id()), rule));
        assertThat(comparable(catalogue)).isEqualTo(comparable(read));
    }

    /** Message templates compare by their text; everything else as it is. */
    private static Map<String, List<Object>> comparable(Map<String, RuleDescription> pages) {
        Map<String, List<Object>> fields = new java.util.TreeMap<>();
        pages.forEach((resource, rule) -> {
            Map<Language, String> messages = new java.util.EnumMap<>(Language.class);
            rule.messages().forEach((language, template) -> messages.put(language, template.text()));
            fields.put(resource, List.of(rule.id(), rule.title(), rule.severity(), rule.parameters(), rule.documentation(),
                    rule.recommended(), rule.titles(), messages));
        });
        return fields;
    }
}
