package org.journeyaudit.engine.rulebase;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.finding.Severity;
import org.journeyaudit.engine.language.Language;

/**
 * A catalogue entry: a rule's stable id, title, default severity, thresholds with their defaults, its
 * documentation page (Markdown), whether the {@code recommended} profile runs it (rules that are not
 * recommended run only when a profile enables them, e.g. {@code all}), and its title and message template in
 * each language its page gives them in.
 */
public record RuleDescription(
        String id,
        String title,
        Severity severity,
        Map<String, RuleParameter> parameters,
        String documentation,
        boolean recommended,
        Map<Language, String> titles,
        Map<Language, MessageTemplate> messages) {

    public RuleDescription(String id, String title, Severity severity, Map<String, RuleParameter> parameters, String documentation) {
        this(id, title, severity, parameters, documentation, true);
    }

    public RuleDescription(String id, String title, Severity severity, Map<String, RuleParameter> parameters, String documentation,
            boolean recommended) {
        this(id, title, severity, parameters, documentation, recommended, Map.of(Language.EN, title), Map.of());
    }

    public RuleDescription {
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        titles = titles.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(titles));
        messages = messages.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(messages));
    }

    public String family() {
        return id.substring(0, id.indexOf('/'));
    }

    public String slug() {
        return id.substring(id.indexOf('/') + 1);
    }

    /** The title in a language; the English title where the page gives none in it. */
    public String title(Language language) {
        return titles.getOrDefault(language, title);
    }

    /** The message template in a language; the English one where the page gives none in it. */
    public Optional<MessageTemplate> message(Language language) {
        return Optional.ofNullable(messages.getOrDefault(language, messages.get(Language.EN)));
    }

    /**
     * A finding of this rule worded in a language: the message the rule gave, else its template filled from the
     * finding's evidence, else the rule's title, so that a finding is never reported without words.
     */
    public String wording(Finding finding, Language language) {
        if (finding.message() != null) {
            return finding.message();
        }
        return message(language).map(t -> t.fill(finding.evidence(), finding.stage(), language)).orElse(title(language));
    }
}
