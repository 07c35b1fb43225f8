package org.journeyaudit.engine.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.rulebase.RuleCatalogue;
import org.journeyaudit.engine.rulebase.RuleDescription;

/** The custom checks of one run, from one or more checks files or a request; ids are unique among them. */
public final class CustomChecks {

    public static final CustomChecks NONE = new CustomChecks(List.of());

    private final List<CustomCheck> checks;

    public CustomChecks(List<CustomCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    public List<CustomCheck> checks() {
        return checks;
    }

    public boolean isEmpty() {
        return checks.isEmpty();
    }

    /** These checks, then more (already checked for repeated ids by the reader). */
    public CustomChecks and(CustomChecks more) {
        List<CustomCheck> all = new ArrayList<>(checks);
        all.addAll(more.checks);
        return new CustomChecks(all);
    }

    public List<String> ruleIds() {
        return checks.stream().map(CustomCheck::ruleId).toList();
    }

    public List<RuleDescription> descriptions() {
        return checks.stream().map(CustomCheck::rule).toList();
    }

    public Optional<RuleDescription> rule(String ruleId) {
        return checks.stream().filter(c -> c.ruleId().equals(ruleId)).map(CustomCheck::rule).findFirst();
    }

    /** The catalogue of a run: the rule base's rules and these checks. */
    public RuleCatalogue addedTo(RuleCatalogue catalogue) {
        return checks.isEmpty() ? catalogue : catalogue.with(descriptions());
    }

    /** The findings of every check on one journey, unnumbered and without a severity, as rules raise them. */
    public List<Finding> evaluate(Journey journey) {
        List<Finding> findings = new ArrayList<>();
        for (CustomCheck check : checks) {
            findings.addAll(CheckEvaluator.evaluate(check, journey));
        }
        return findings;
    }
}
