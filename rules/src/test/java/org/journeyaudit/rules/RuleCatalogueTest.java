package org.journeyaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.journeyaudit.engine.finding.Family;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.journeyaudit.engine.rulebase.RuleCatalogue;
import org.journeyaudit.engine.rulebase.RuleDescription;
import org.journeyaudit.engine.rulebase.RulePack;
import org.junit.jupiter.api.Test;

/**
 * Refuses an incomplete rule: every rule needs its DRL file named after it, its documentation page with
 * the fixed headings, its parameters declared where the DRL reads them, and a fixture file with a case
 * that triggers it and a near miss that must not.
 */
class RuleCatalogueTest {

    static final Path RULES = Path.of("src/main/resources/org/journeyaudit/rules");
    static final List<String> HEADINGS = RulePack.PAGE_HEADINGS;
    private static final Pattern ID = Pattern.compile("@id\\(\"([^\"]+)\"\\)");
    private static final Pattern PARAMETER = Pattern.compile("Parameter\\(rule == \"([^\"]+)\", name == \"([^\"]+)\"");

    private final RuleCatalogue catalogue = RuleBase.builtIn().catalogue();

    @Test
    void theCatalogueHoldsTheWholeMinimumCatalogue() {
        assertThat(catalogue.ids()).containsExactlyInAnyOrder(
                "redundancy/unused-output", "redundancy/repeated-request", "redundancy/relay-step",
                "redundancy/recontact", "redundancy/duplicate-step",
                "coverage/missing-channel", "coverage/assisted-only", "coverage/no-channel", "coverage/forced-switch",
                "coverage/undecided-cell", "coverage/no-status-notification",
                "handoff/excess", "handoff/ping-pong", "handoff/system-break", "handoff/escalation-depth",
                "handoff/customer-transfer",
                "consistency/conflicting-info", "consistency/missing-info", "consistency/outcome-mismatch",
                "consistency/sla-mismatch", "consistency/stale-info",
                "governance/no-owner", "governance/measurement-overdue", "governance/unresolved-barrier",
                "governance/sla-target-gap");
        // every flaw family of the domain has built-in rules, and every built-in rule belongs to one
        assertThat(catalogue.families()).containsExactlyInAnyOrderElementsOf(Family.words());
    }

    @Test
    void everyRuleIdLivesInTheDrlFileNamedAfterIt() throws IOException {
        for (Path drl : drlFiles()) {
            String family = drl.getParent().getFileName().toString();
            String slug = drl.getFileName().toString().replace(".drl", "");
            for (String id : matches(ID, drl, m -> m.group(1))) {
                assertThat(id).as("rule id in %s", drl).isEqualTo(family + "/" + slug);
            }
        }
    }

    @Test
    void everyRuleHasItsDocumentationPage() {
        for (RuleDescription rule : catalogue.rules()) {
            assertThat(rule.title()).as("title of %s", rule.id()).isNotBlank();
            for (String heading : HEADINGS) {
                assertThat(rule.documentation()).as("documentation of %s", rule.id()).contains(heading + "\n");
            }
        }
    }

    @Test
    void everyParameterTheDrlReadsIsDeclaredWithADefaultAndEveryDeclaredOneIsRead() throws IOException {
        Set<String> read = new TreeSet<>();
        for (Path drl : drlFiles()) {
            read.addAll(matches(PARAMETER, drl, m -> m.group(1) + "#" + m.group(2)));
        }
        Set<String> declared = catalogue.rules().stream()
                .flatMap(r -> r.parameters().keySet().stream().map(p -> r.id() + "#" + p))
                .collect(Collectors.toCollection(TreeSet::new));
        // measurement-overdue reads its three intervals through the Cadence facts, by name
        read.addAll(List.of("governance/measurement-overdue#measureMonths", "governance/measurement-overdue#analyseMonths",
                "governance/measurement-overdue#reviewMonths"));
        read.remove("governance/measurement-overdue#$parameter");
        assertThat(declared).isEqualTo(read);
    }

    @Test
    void everyRuleHasAFixtureThatTriggersItAndANearMissThatMustNot() {
        RuleFixtureRunner.assertEveryRuleHasFixtures(catalogue.ids(), RuleFixture.all());
    }

    private static List<Path> drlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(RULES)) {
            return files.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
        }
    }

    private static List<String> matches(Pattern pattern, Path file, Function<Matcher, String> group) throws IOException {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(Files.readString(file));
        while (matcher.find()) {
            found.add(group.apply(matcher));
        }
        return found;
    }
}
