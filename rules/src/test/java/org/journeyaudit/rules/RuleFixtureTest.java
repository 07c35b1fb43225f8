package org.journeyaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of every fixture file against the built-in rules: the rule under test must yield
 * exactly the expected findings (stage, elements and, where given, message), no more and no fewer.
 */
class RuleFixtureTest {

    private static final Auditor AUDITOR = new Auditor(RuleBase.builtIn());

    @TestFactory
    Stream<DynamicContainer> everyRuleYieldsExactlyItsExpectedFindings() {
        return RuleFixture.all().stream().map(fixture -> DynamicContainer.dynamicContainer(fixture.rule(),
                fixture.cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(fixture, c)))));
    }

    private static void check(RuleFixture fixture, RuleFixture.Case fixtureCase) {
        AuditOptions options = new AuditOptions(fixtureCase.asOf(), Map.of(fixture.rule(), fixtureCase.parameters()), Map.of());
        Audit audit = AUDITOR.audit(fixtureCase.journey(), options);
        List<Finding> actual = audit.findings().stream().filter(f -> f.ruleId().equals(fixture.rule())).toList();

        List<String> actualKeys = actual.stream().map(RuleFixtureTest::key).sorted().toList();
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
