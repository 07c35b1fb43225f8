package org.journeyaudit.engine.rulebase;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.journeyaudit.engine.finding.Severity;
import org.journeyaudit.engine.journey.DocumentEnum;
import org.journeyaudit.engine.language.Language;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a rule's page, {@code <family>/<slug>.md} beside its DRL: YAML front matter (title, severity,
 * message, parameters) between two {@code ---} lines, then the Markdown documentation. The title and the
 * message are given per language ({@code {en: ..., ru: ...}}) or as one English text.
 */
final class RuleDocumentation {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    record FrontMatter(Object title, String severity, Object message, Map<String, ParameterEntry> parameters, Boolean recommended) {
    }

    record ParameterEntry(Double value, String description) {
    }

    private RuleDocumentation() {
    }

    static String resourceOf(String packageName, String ruleId) {
        return packageName.replace('.', '/') + "/" + ruleId.substring(ruleId.indexOf('/') + 1) + ".md";
    }

    static RuleDescription read(String ruleId, String resource, ClassLoader loader) {
        String page;
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new RuleBaseException("rule '" + ruleId + "' has no documentation page " + resource);
            }
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuleBaseException("cannot read " + resource, e);
        }
        return parse(ruleId, resource, page);
    }

    static RuleDescription parse(String ruleId, String resource, String page) {
        String normalized = page.replace("\r\n", "\n");
        if (!normalized.startsWith("---\n")) {
            throw new RuleBaseException(resource + " must start with front matter between two '---' lines");
        }
        int end = normalized.indexOf("\n---\n", 4);
        if (end < 0) {
            throw new RuleBaseException(resource + ": front matter is not closed by a '---' line");
        }
        FrontMatter front;
        try {
            front = YAML.readValue(normalized.substring(4, end), FrontMatter.class);
        } catch (JacksonException e) {
            throw new RuleBaseException(resource + ": front matter is not valid: " + e.getOriginalMessage());
        }
        if (front.title() == null || front.severity() == null) {
            throw new RuleBaseException(resource + ": front matter needs 'title' and 'severity'");
        }
        Severity severity = DocumentEnum.fromWord(Severity.class, front.severity()).orElseThrow(
                () -> new RuleBaseException(resource + ": severity '" + front.severity() + "' is not error, warning or info"));
        Map<String, RuleParameter> parameters = new LinkedHashMap<>();
        if (front.parameters() != null) {
            front.parameters().forEach((name, entry) -> {
                if (entry.value() == null) {
                    throw new RuleBaseException(resource + ": parameter '" + name + "' has no default value");
                }
                parameters.put(name, new RuleParameter(name, entry.value(), entry.description()));
            });
        }
        Map<Language, String> titles = perLanguage(resource, normalized, "title", front.title());
        if (!titles.containsKey(Language.EN)) {
            throw new RuleBaseException(resource + ":" + lineOf(normalized, "title:") + ": 'title' needs its English text (en)");
        }
        Map<Language, MessageTemplate> messages = new EnumMap<>(Language.class);
        perLanguage(resource, normalized, "message", front.message()).forEach((language, text) -> {
            try {
                messages.put(language, MessageTemplate.parse(text));
            } catch (MessageTemplate.TemplateException invalid) {
                int line = lineOf(normalized, text);
                throw new RuleBaseException(resource + ":" + (line > 0 ? line : lineOf(normalized, "message:")) + ": the " + language.tag()
                        + " message template is not valid: " + invalid.getMessage());
            }
        });
        if (!messages.isEmpty() && !messages.containsKey(Language.EN)) {
            throw new RuleBaseException(resource + ":" + lineOf(normalized, "message:") + ": 'message' needs its English text (en)");
        }
        return new RuleDescription(ruleId, titles.get(Language.EN), severity, parameters, normalized.substring(end + 5).strip() + "\n",
                front.recommended() == null || front.recommended(), titles, messages);
    }

    /** A text given as one English text or per language, {@code {en: ..., ru: ...}}. */
    private static Map<Language, String> perLanguage(String resource, String page, String field, Object given) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        if (given == null) {
            return texts;
        }
        if (given instanceof String text) {
            texts.put(Language.EN, text);
            return texts;
        }
        if (!(given instanceof Map<?, ?> map)) {
            throw new RuleBaseException(resource + ":" + lineOf(page, field + ":") + ": '" + field
                    + "' is a text or a text per language, {en: ..., ru: ...}");
        }
        map.forEach((tag, text) -> {
            Language language = Language.of(String.valueOf(tag)).filter(l -> l.tag().equals(tag)).orElseThrow(
                    () -> new RuleBaseException(resource + ":" + lineOf(page, field + ":") + ": '" + field + "' names language '" + tag
                            + "'; the languages are " + String.join(", ", Language.tags())));
            if (!(text instanceof String written) || written.isBlank()) {
                throw new RuleBaseException(resource + ":" + lineOf(page, field + ":") + ": the " + tag + " " + field + " is empty");
            }
            texts.put(language, written);
        });
        return texts;
    }

    /** The 1-based line of the page where a text first appears; 0 when the page writes it otherwise (escaped). */
    private static int lineOf(String page, String text) {
        int at = page.indexOf(text.length() > 40 ? text.substring(0, 40) : text);
        if (at < 0) {
            return 0;
        }
        return (int) page.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
