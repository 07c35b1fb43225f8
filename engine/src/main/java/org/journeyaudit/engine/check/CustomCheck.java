package org.journeyaudit.engine.check;

import java.util.Map;

import org.journeyaudit.engine.finding.Severity;
import org.journeyaudit.engine.rulebase.RuleDescription;

/**
 * A check a quality team declared in a checks file: data only, judged by {@link CheckEvaluator}'s fixed
 * code. Its rule id is {@code custom/<id>}; its message is plain text in which only {@link #PLACEHOLDERS}
 * are replaced.
 */
public record CustomCheck(String id, String title, String description, Severity severity, String message, Selector selector,
        Condition condition, String source) {

    public static final String FAMILY = "custom";

    /** The only texts replaced in a message, by plain string replacement. */
    public static final java.util.List<String> PLACEHOLDERS = java.util.List.of("journey", "stage", "channel", "item", "value");

    public String ruleId() {
        return FAMILY + "/" + id;
    }

    /** The placeholders this check can fill: a stage and a channel only where its elements have them. */
    public static java.util.List<String> placeholders(Target target, Operator operator) {
        java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of("journey"));
        if (target == Target.STAGE || target == Target.TOUCHPOINT || operator == Operator.PRESENT_ON) {
            names.add("stage");
        }
        if (target == Target.TOUCHPOINT || operator == Operator.PRESENT_ON) {
            names.add("channel");
        }
        if (target == Target.ITEM) {
            names.add("item");
        }
        names.add("value");
        return names;
    }

    /** The catalogue entry: its page is generated from the definition, so it cannot drift from it. */
    public RuleDescription rule() {
        return new RuleDescription(ruleId(), title, severity, Map.of(), documentation());
    }

    String documentation() {
        StringBuilder page = new StringBuilder();
        page.append("A custom check, declared in ").append(source).append(".\n\n");
        page.append("## Why it matters\n\n").append(description == null ? title + "." : description.strip()).append("\n\n");
        page.append("## What triggers it\n\n").append("It judges ").append(selector.describe()).append(" and raises a finding for each ")
                .append("one where this does not hold: ").append(condition.describe()).append(".\n\n");
        page.append("## Message\n\n    ").append(message).append("\n\n");
        page.append("## Recommendation\n\nNone: a custom check raises findings only; the team that wrote it decides the fix.\n");
        return page.toString();
    }
}
