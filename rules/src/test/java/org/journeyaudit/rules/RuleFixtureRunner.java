package org.journeyaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.finding.Finding;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;

/**
 * The one fixture runner, for the built-in rules and for trusted rule packs alike: a dynamic test per
 * case, in which the rule under test must yield exactly the expected findings (stage, elements and, where
 * given, message), no more and no fewer.
 */
final class RuleFixtureRunner {

    private RuleFixtureRunner() {
    }

    static Stream<DynamicContainer> run(List<RuleFixture> fixtures, Auditor auditor) {
        return fixtures.stream().map(fixture -> DynamicContainer.dynamicContainer(fixture.rule(),
                fixture.cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(auditor, fixture, c)))));
    }

    /** Every rule has its fixture file, named after it, with a case that triggers it and a near miss that must not. */
    static void assertEveryRuleHasFixtures(Collection<String> ruleIds, List<RuleFixture> fixtures) {
        Map<String, RuleFixture> byRule = fixtures.stream().collect(Collectors.toMap(RuleFixture::rule, Function.identity()));
        assertThat(byRule.keySet()).as("fixture files name catalogue rules").isSubsetOf(ruleIds);
        for (String id : ruleIds) {
            RuleFixture fixture = byRule.get(id);
            assertThat(fixture).as("fixture file of %s", id).isNotNull();
            assertThat(fixture.file().toString().replace('\\', '/')).endsWith(id + ".yaml");
            assertThat(fixture.cases()).as("cases of %s that trigger it", id).anyMatch(c -> !c.expected().isEmpty());
            assertThat(fixture.cases()).as("near misses of %s", id).anyMatch(c -> c.nearMiss() && c.expected().isEmpty());
        }
    }

    private static void check(Auditor auditor, RuleFixture fixture, RuleFixture.Case fixtureCase) {
        AuditOptions options = new AuditOptions(fixtureCase.asOf(), Map.of(fixture.rule(), fixtureCase.parameters()), Map.of());
        Audit audit = auditor.audit(fixtureCase.journey(), fixtureCase.observed(), options);
        List<Finding> actual = audit.findings().stream().filter(f -> f.ruleId().equals(fixture.rule())).toList();

        List<String> actualKeys = actual.stream().map(RuleFixtureRunner::key).sorted().toList();
        List<String> expectedKeys = fixtureCase.expected().stream()
                .map(e -> key(e.stage(), e.elements())).sorted().toList();
        assertThat(actualKeys)
                .as("findings of %s in case '%s' (%s); messages: %s", fixture.rule(), fixtureCase.name(), fixture.file(),
                        actual.stream().map(Finding::message).toList())
                .isEqualTo(expectedKeys);
        for (RuleFixture.Expected expected : fixtureCase.expected()) {
            if (expected.message() != null) {
                Finding match = actual.stream().filter(f -> key(f).equals(key(expected.stage(), expected.elements())))
                        .findFirst().orElseThrow();
                assertThat(match.message()).as("message of %s in case '%s'", fixture.rule(), fixtureCase.name())
                        .isEqualTo(expected.message());
            }
        }
    }

    private static String key(Finding finding) {
        return key(finding.stage(), finding.elements());
    }

    private static String key(String stage, List<String> elements) {
        return (stage == null ? "-" : stage) + " " + elements.stream().sorted(Comparator.naturalOrder()).toList();
    }
}
