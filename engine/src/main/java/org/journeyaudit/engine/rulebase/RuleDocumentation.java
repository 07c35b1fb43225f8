package org.journeyaudit.engine.rulebase;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.journeyaudit.engine.finding.Severity;
import org.journeyaudit.engine.journey.DocumentEnum;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a rule's page, {@code <family>/<slug>.md} beside its DRL: YAML front matter (title, severity,
 * parameters) between two {@code ---} lines, then the Markdown documentation.
 */
final class RuleDocumentation {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    record FrontMatter(String title, String severity, Map<String, ParameterEntry> parameters, Boolean recommended) {
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
        return new RuleDescription(ruleId, front.title(), severity, parameters, normalized.substring(end + 5).strip() + "\n",
                front.recommended() == null || front.recommended());
    }
}
