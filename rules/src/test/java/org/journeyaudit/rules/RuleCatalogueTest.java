package org.journeyaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.journeyaudit.engine.finding.Family;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.journeyaudit.engine.rulebase.RuleCatalogue;
import org.journeyaudit.engine.rulebase.RuleDescription;
import org.journeyaudit.engine.rulebase.RulePack;
import org.junit.jupiter.api.Test;

/**
 * Refuses an incomplete rule: every rule needs its DRL file named after it, its documentation page with
 * the fixed headings and its title and message template in every language (each placeholder naming evidence the
 * rule gives, none left unfilled), its parameters declared where the DRL reads them, and a fixture file with a case
 * that triggers it and a near miss that must not. Consequences raise findings with evidence only, and
 * recommendation rules address targets by role.
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
                "coverage/access", "governance/ola-gap",
                "coverage/hours-gap", "redundancy/duplicate-across",
                "handoff/excess", "handoff/ping-pong", "handoff/system-break", "handoff/escalation-depth",
                "handoff/customer-transfer",
                "handoff/callback-window", "handoff/untracked-queue",
                "consistency/conflicting-info", "consistency/missing-info", "consistency/outcome-mismatch",
                "consistency/sla-mismatch", "consistency/stale-info",
                "governance/no-owner", "governance/measurement-overdue", "governance/unresolved-barrier",
                "governance/sla-target-gap",
                "demand/progress-chasing", "demand/policy-created",
                "consistency/required-info-missing", "consistency/required-info-bound",
                "governance/journey-conflict", "experience/low-point-unaddressed", "experience/recurring-pain",
                "evidence/sla-breach", "evidence/undesigned-handoff", "evidence/undesigned-level", "evidence/unforeseen-switch", "evidence/unrecorded-step",
                "evidence/volume-drift", "evidence/handle-time-drift");
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
    void everyRuleHasItsTitleAndMessageTemplateInEveryLanguage() {
        for (RuleDescription rule : catalogue.rules()) {
            for (Language language : Language.values()) {
                assertThat(rule.titles()).as("titles of %s", rule.id()).containsKey(language);
                assertThat(rule.messages()).as("message templates of %s", rule.id()).containsKey(language);
            }
            assertThat(rule.title(Language.EN)).isEqualTo(rule.title());
            assertThat(rule.documentation()).as("page of %s", rule.id()).doesNotContain("message:");
        }
    }

    @Test
    void everyPlaceholderNamesEvidenceTheRuleGivesInItsFixtures() {
        Map<String, Set<String>> given = new TreeMap<>();
        for (Finding finding : fixtureFindings(Language.EN)) {
            given.computeIfAbsent(finding.ruleId(), r -> new TreeSet<>(Set.of("stage"))).addAll(finding.evidence().keySet());
        }
        for (RuleDescription rule : catalogue.rules()) {
            for (Language language : Language.values()) {
                assertThat(given.get(rule.id())).as("evidence of %s in its fixtures, for the %s template", rule.id(), language)
                        .containsAll(rule.messages().get(language).placeholders());
            }
        }
    }

    @Test
    void noPlaceholderIsLeftUnfilledInAnyFixtureOrSampleFindingInEitherLanguage() throws IOException {
        for (Language language : Language.values()) {
            List<Finding> findings = new ArrayList<>(fixtureFindings(language));
            try (Stream<Path> samples = Files.list(SampleJourneysTest.SAMPLES)) {
                for (Path sample : samples.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                    findings.addAll(AUDITOR.audit(new JourneyReader().read(sample),
                            AuditOptions.asOf(SampleJourneysTest.AS_OF).withLanguage(language)).findings());
                }
            }
            assertThat(findings).as("findings of the fixtures and samples").hasSizeGreaterThan(150);
            for (Finding finding : findings) {
                assertThat(finding.message()).as("%s message of %s", language, finding.ruleId())
                        .doesNotContainPattern(UNFILLED).doesNotContain("[").doesNotContain("]");
            }
        }
    }

    @Test
    void ruleConsequencesRaiseFindingsWithEvidenceAndNoWording() throws IOException {
        for (Path drl : drlFiles()) {
            assertThat(Files.readString(drl)).as("%s words no message: its page's template does", drl).doesNotContain(".saying(");
        }
    }

    @Test
    void recommendationRulesAddressTargetsByRoleNeverByPosition() throws IOException {
        List<Path> recommendations = drlFiles().stream().filter(f -> f.getParent().endsWith("recommendation")).toList();
        assertThat(recommendations).hasSize(8);
        for (Path drl : recommendations) {
            String text = Files.readString(drl);
            assertThat(text).as("%s", drl).doesNotContain("elements().get(").doesNotContain("elements.get(")
                    .doesNotContain("subList").doesNotContain("ofKind");
        }
    }

    @Test
    void everyRuleHasAFixtureThatTriggersItAndANearMissThatMustNot() {
        RuleFixtureRunner.assertEveryRuleHasFixtures(catalogue.ids(), RuleFixture.all());
    }

    private static final Pattern UNFILLED = Pattern.compile("\\{[\\w.-]+(:[^}]*)?}");
    private static final Auditor AUDITOR = new Auditor(RuleBase.builtIn());

    /** Every finding of a rule in its own fixture cases, worded in a language. */
    private static List<Finding> fixtureFindings(Language language) {
        List<Finding> findings = new ArrayList<>();
        for (RuleFixture fixture : RuleFixture.all()) {
            for (RuleFixture.Case fixtureCase : fixture.cases()) {
                AuditOptions options = new AuditOptions(fixtureCase.asOf(), Map.of(fixture.rule(), fixtureCase.parameters()), Map.of())
                        .withLanguage(language);
                AUDITOR.audit(fixtureCase.journey(), fixtureCase.observed(), options).findings().stream()
                        .filter(f -> f.ruleId().equals(fixture.rule())).forEach(findings::add);
            }
        }
        return findings;
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
