package org.journeyaudit.engine.rulebase;

/** A threshold a rule reads, its default and what it means. */
public record RuleParameter(String name, double defaultValue, String description) {
}
