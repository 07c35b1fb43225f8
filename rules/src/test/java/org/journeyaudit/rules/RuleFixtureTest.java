package org.journeyaudit.rules;

import java.util.stream.Stream;

import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/** Runs every case of every fixture file of the built-in rules (see {@link RuleFixtureRunner}). */
class RuleFixtureTest {

    private static final Auditor AUDITOR = new Auditor(RuleBase.builtIn());

    @TestFactory
    Stream<DynamicContainer> everyRuleYieldsExactlyItsExpectedFindings() {
        return RuleFixtureRunner.run(RuleFixture.all(), AUDITOR);
    }
}
