package org.journeyaudit.engine.finding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.runtime.rule.RuleContext;

/**
 * A flaw a rule found in a journey: which rule, where (the stage and the elements involved, each with the
 * part it plays) and the facts that matched, its evidence. Rules raise findings without a severity and, as a
 * rule, without wording: the engine sets the severity from the rule's catalogue entry and fills the message
 * from the rule's template in the audit's language, so severity and wording live in one place, and numbers
 * it ({@code F1}, {@code F2} ...) in report order. A message given by the rule (a custom check, a rule pack
 * without a template) is kept as given.
 */
public record Finding(
        String id,
        String ruleId,
        Severity severity,
        String message,
        String stage,
        List<ElementRef> references,
        ElementRef about,
        Map<String, Object> evidence) {

    public Finding {
        references = List.copyOf(references);
        evidence = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }

    public String family() {
        return ruleId.substring(0, ruleId.indexOf('/'));
    }

    /** The elements as reports write them, in the order the rule gave them: {@code step:ask-photo}. */
    public List<String> elements() {
        return references.stream().map(ElementRef::toString).toList();
    }

    /** The elements playing a role, written as reports write them, in the order the rule gave them. */
    public List<String> withRole(String role) {
        return references.stream().filter(r -> r.plays(role)).map(ElementRef::toString).toList();
    }

    /** The elements playing any of the roles, written as reports write them, in the order the rule gave them. */
    public List<String> withRoles(String... roles) {
        List<String> asked = List.of(roles);
        return references.stream().filter(r -> r.role() != null && asked.contains(r.role())).map(ElementRef::toString).toList();
    }

    /**
     * What the finding is about, its subject: the element the rule named so (the stage of a finding about a whole
     * stage, which lists only its cells), else the first element; null without elements.
     */
    public ElementRef subject() {
        return about != null ? about : references.isEmpty() ? null : references.get(0);
    }

    /** The id of the subject ({@code ask-photo} of {@code step:ask-photo}), for rules that join it with facts. */
    public String subjectId() {
        ElementRef subject = subject();
        return subject == null ? null : subject.id();
    }

    /** The finding as reported: numbered within its audit and with the severity in force. */
    public Finding reported(String assignedId, Severity assigned) {
        return new Finding(assignedId, ruleId, assigned, message, stage, references, about, evidence);
    }

    /** The finding with its message written out. */
    public Finding worded(String written) {
        return new Finding(id, ruleId, severity, written, stage, references, about, evidence);
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
        private ElementRef about;
        /** By written form: an element is involved once, in the role it was first given. */
        private final Map<String, ElementRef> elements = new LinkedHashMap<>();
        private final Map<String, Object> evidence = new LinkedHashMap<>();

        private Builder(String ruleId) {
            this.ruleId = ruleId;
        }

        public Builder stage(String stageId) {
            this.stage = stageId;
            return this;
        }

        /** The element the finding is about, listed in the role {@link Role#SUBJECT}. */
        public Builder subject(String element) {
            element(Role.SUBJECT, element);
            return about(element);
        }

        /** Names what the finding is about without listing it (a stage whose cells are listed), or an element listed in another role. */
        public Builder about(String element) {
            this.about = elements.containsKey(element) ? elements.get(element) : ElementRef.parse(element, Role.SUBJECT);
            return this;
        }

        /** An element that plays no particular part. */
        public Builder element(String element) {
            return element(null, element);
        }

        /** An element playing a role, written {@code kind:id}. */
        public Builder element(String role, String element) {
            elements.putIfAbsent(element, ElementRef.parse(element, role));
            return this;
        }

        public Builder elements(Collection<String> more) {
            return elements(null, more);
        }

        public Builder elements(String role, Collection<String> more) {
            more.forEach(e -> element(role, e));
            return this;
        }

        /** An entry of the evidence; a null value is an entry not given (a date never set). */
        public Builder evidence(String name, Object value) {
            if (value != null) {
                evidence.put(name, value);
            }
            return this;
        }

        /** The finding, to be worded by the rule's message template. */
        public Finding build() {
            return new Finding(null, ruleId, null, null, stage, new ArrayList<>(elements.values()), about, evidence);
        }

        /** The finding with a message of its own (custom checks, rule packs that give no template). */
        public Finding saying(String message) {
            return new Finding(null, ruleId, null, message, stage, new ArrayList<>(elements.values()), about, evidence);
        }
    }
}
