package org.journeyaudit.engine.profile;

import java.util.LinkedHashMap;
import java.util.Map;

import org.journeyaudit.engine.finding.Severity;
import org.journeyaudit.engine.rulebase.RuleDescription;

/**
 * A rule profile as resolved against a catalogue: which rules run, at which severity and with which
 * thresholds. Rules it does not mention keep their catalogue defaults (the {@code recommended} profile
 * mentions none). Wildcards and {@code extends} are already resolved, so every entry names one rule.
 */
public record Profile(String name, Map<String, Boolean> enabled, Map<String, Severity> severities,
        Map<String, Map<String, Double>> parameters) {

    /** The catalogue's own defaults: every recommended rule at its documented severity and thresholds. */
    public static final Profile RECOMMENDED = new Profile("recommended", Map.of(), Map.of(), Map.of());

    public Profile {
        enabled = Map.copyOf(enabled);
        severities = Map.copyOf(severities);
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
        parameters.forEach((rule, values) -> copy.put(rule, Map.copyOf(values)));
        parameters = Map.copyOf(copy);
    }

    public boolean enabled(RuleDescription rule) {
        return enabled.getOrDefault(rule.id(), rule.recommended());
    }

    public Severity severity(RuleDescription rule) {
        return severities.getOrDefault(rule.id(), rule.severity());
    }

    /** The thresholds the profile sets for one rule (parameter name to value); the rule's defaults fill the rest. */
    public Map<String, Double> parameters(String ruleId) {
        return parameters.getOrDefault(ruleId, Map.of());
    }
}
