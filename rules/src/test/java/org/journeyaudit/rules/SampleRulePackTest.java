package org.journeyaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.finding.Severity;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.journeyaudit.engine.rulebase.RuleDescription;
import org.journeyaudit.engine.rulebase.RulePack;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Compiles the sample trusted rule pack and runs its fixtures with the runner of the built-in rules. Test
 * another pack the same way: {@code mvn -B -pl engine,rules verify -Dtest=SampleRulePackTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Drule-pack=/absolute/path/to/pack}.
 */
class SampleRulePackTest {

    static final Path PACK = Path.of(System.getProperty("rule-pack", "../samples/rule-pack"));

    private static final RulePack RULE_PACK = RulePack.load(PACK);
    private static final RuleBase RULES = RuleBase.builtIn().withPacks(List.of(RULE_PACK));

    @TestFactory
    Stream<DynamicContainer> everyPackRuleYieldsExactlyItsExpectedFindings() {
        return RuleFixtureRunner.run(RuleFixture.all(PACK.resolve("fixtures")), new Auditor(RULES));
    }

    @Test
    void everyPackRuleHasAFixtureThatTriggersItAndANearMissThatMustNot() {
        RuleFixtureRunner.assertEveryRuleHasFixtures(RULE_PACK.rules().stream().map(RuleDescription::id).toList(),
                RuleFixture.all(PACK.resolve("fixtures")));
    }

    @Test
    void theSamplePackAddsItsRuleToTheCatalogueWithItsPage() {
        if (System.getProperty("rule-pack") != null) {
            return; // another pack under test
        }
        assertThat(RULE_PACK.rules()).extracting(RuleDescription::id).containsExactly("copc/complaint-answer-time");
        RuleDescription rule = RULES.catalogue().rule("copc/complaint-answer-time").orElseThrow();
        assertThat(rule.severity()).isEqualTo(Severity.WARNING);
        assertThat(rule.title()).isEqualTo("A complaint channel does not tell when the answer comes");
        assertThat(RULES.catalogue().ids()).containsAll(RuleBase.builtIn().catalogue().ids()).hasSize(RuleBase.builtIn().catalogue().ids().size() + 1);
        assertThat(RULE_PACK.source("copc/complaint-answer-time")).isEqualTo(PACK.resolve("copc/complaint-answer-time.drl"));
        assertThat(RulePack.load(PACK)).as("compiled once per process").isSameAs(RULE_PACK);
    }
}
