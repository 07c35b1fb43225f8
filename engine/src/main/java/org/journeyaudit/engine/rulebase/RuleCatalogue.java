package org.journeyaudit.engine.rulebase;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Every rule that raises findings, by id, in id order. */
public final class RuleCatalogue {

    private final Map<String, RuleDescription> rules;

    RuleCatalogue(Collection<RuleDescription> descriptions) {
        TreeMap<String, RuleDescription> byId = new TreeMap<>();
        for (RuleDescription description : descriptions) {
            if (byId.put(description.id(), description) != null) {
                throw new RuleBaseException("rule id '" + description.id() + "' is used by more than one rule");
            }
        }
        this.rules = java.util.Collections.unmodifiableMap(byId);
    }

    /** This catalogue and more rules (custom checks, trusted packs); an id may not repeat. */
    public RuleCatalogue with(Collection<RuleDescription> more) {
        List<RuleDescription> all = new java.util.ArrayList<>(rules.values());
        all.addAll(more);
        return new RuleCatalogue(all);
    }

    public List<RuleDescription> rules() {
        return List.copyOf(rules.values());
    }

    public Optional<RuleDescription> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    public List<String> ids() {
        return List.copyOf(rules.keySet());
    }

    public List<String> families() {
        return rules.values().stream().map(RuleDescription::family).distinct().toList();
    }
}
