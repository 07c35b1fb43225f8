package org.journeyaudit.engine.finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.kie.api.runtime.rule.RuleContext;

/**
 * A flaw a rule found in a journey: which rule, where (the stage and the elements involved) and the
 * facts that matched. Rules raise findings without a severity; the engine sets it from the rule's
 * catalogue entry, so severity lives in one place, and numbers it ({@code F1}, {@code F2} ...) in report order.
 */
public record Finding(
        String id,
        String ruleId,
        Severity severity,
        String message,
        String stage,
        List<String> elements,
        Map<String, Object> evidence) {

    public Finding {
        elements = List.copyOf(elements);
        evidence = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }

    public String family() {
        return ruleId.substring(0, ruleId.indexOf('/'));
    }

    /** The finding as reported: numbered within its audit and with the severity in force. */
    public Finding reported(String assignedId, Severity assigned) {
        return new Finding(assignedId, ruleId, assigned, message, stage, elements, evidence);
    }

    /** Starts a finding of the rule now firing; its id comes from the rule's {@code @id} metadata. */
    public static Builder raisedBy(RuleContext context) {
        Object id = context.getRule().getMetaData().get("id");
        if (id == null) {
            throw new IllegalStateException("rule '" + context.getRule().getName() + "' raises findings but has no @id");
        }
        return new Builder(id.toString());
    }

    /** Starts a finding of a rule named by id, for engine code and tests. */
    public static Builder of(String ruleId) {
        return new Builder(ruleId);
    }

    public static final class Builder {
        private final String ruleId;
        private String stage;
        private final LinkedHashSet<String> elements = new LinkedHashSet<>();
        private final Map<String, Object> evidence = new LinkedHashMap<>();

        private Builder(String ruleId) {
            this.ruleId = ruleId;
        }

        public Builder stage(String stageId) {
            this.stage = stageId;
            return this;
        }

        public Builder element(String element) {
            elements.add(element);
            return this;
        }

        public Builder elements(java.util.Collection<String> more) {
            elements.addAll(more);
            return this;
        }

        public Builder evidence(String name, Object value) {
            evidence.put(name, value);
            return this;
        }

        public Finding saying(String message) {
            return new Finding(null, ruleId, null, message, stage, new ArrayList<>(elements), evidence);
        }
    }
}
