package org.journeyaudit.engine.rulebase;

import java.util.Map;

import org.journeyaudit.engine.finding.Severity;

/**
 * A catalogue entry: a rule's stable id, title, default severity, thresholds with their defaults, its
 * documentation page (Markdown), and whether the {@code recommended} profile runs it (rules that are not
 * recommended run only when a profile enables them, e.g. {@code all}).
 */
public record RuleDescription(
        String id,
        String title,
        Severity severity,
        Map<String, RuleParameter> parameters,
        String documentation,
        boolean recommended) {

    public RuleDescription(String id, String title, Severity severity, Map<String, RuleParameter> parameters, String documentation) {
        this(id, title, severity, parameters, documentation, true);
    }

    public RuleDescription {
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    }

    public String family() {
        return id.substring(0, id.indexOf('/'));
    }

    public String slug() {
        return id.substring(id.indexOf('/') + 1);
    }
}
