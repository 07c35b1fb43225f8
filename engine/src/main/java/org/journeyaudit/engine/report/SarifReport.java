package org.journeyaudit.engine.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.FindingKey;
import org.journeyaudit.engine.document.ElementLocations;
import org.journeyaudit.engine.document.Location;
import org.journeyaudit.engine.finding.ElementRef;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.finding.Severity;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.rulebase.RuleDescription;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The audit as SARIF 2.1.0, the format code-scanning services read: one run whose tool lists the rule catalogue,
 * and a result per finding located at the line and column of the element it is about. Accepted findings
 * (suppressed, baselined) are results too, each with its suppression, so nothing disappears.
 */
public final class SarifReport {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String TOOL = "journey-audit";
    private static final String WHY_IT_MATTERS = "## Why it matters\n";

    /** A journey's audit, the journey file as a relative URI reference, and where its elements are written. */
    public record Source(Audit audit, String uri, ElementLocations locations) {
    }

    private SarifReport() {
    }

    /** One run over every journey; rule texts and messages in {@code language}. */
    public static String write(List<Source> sources, List<RuleDescription> rules, String toolVersion, Language language) {
        ReportWords w = ReportWords.of(language);
        ObjectNode root = JsonReport.JSON.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", TOOL);
        driver.put("version", toolVersion);
        ArrayNode ruleNodes = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (RuleDescription rule : rules) {
            ruleIndex.put(rule.id(), ruleIndex.size());
            ruleNodes.add(rule(rule, language));
        }
        run.put("language", language.tag());
        run.put("columnKind", "unicodeCodePoints");
        ArrayNode results = run.putArray("results");
        for (Source source : sources) {
            Audit audit = source.audit();
            audit.findings().forEach(f -> results.add(result(source, f, ruleIndex)));
            audit.suppressed().forEach(s -> results.add(result(source, s.finding(), ruleIndex)
                    .set("suppressions", suppression(s.suppression().reason()))));
            audit.baselined().forEach(f -> results.add(result(source, f, ruleIndex)
                    .set("suppressions", suppression(w.get("sarif.baselined")))));
        }
        return JsonReport.write(root);
    }

    private static ObjectNode rule(RuleDescription rule, Language language) {
        ObjectNode node = JsonReport.JSON.createObjectNode();
        node.put("id", rule.id());
        node.putObject("shortDescription").put("text", rule.title(language));
        node.putObject("fullDescription").put("text", whyItMatters(rule, language));
        String page = rule.documentation() == null || rule.documentation().isBlank() ? rule.title(language) : rule.documentation().strip();
        ObjectNode help = node.putObject("help");
        help.put("text", page);
        help.put("markdown", page);
        node.putObject("defaultConfiguration").put("level", level(rule.severity()));
        node.putObject("properties").putArray("tags").add(rule.family());
        return node;
    }

    /** The rule page's "Why it matters" paragraph, on one line; the title for a rule without a page. */
    static String whyItMatters(RuleDescription rule, Language language) {
        String page = rule.documentation() == null ? "" : rule.documentation();
        int start = page.indexOf(WHY_IT_MATTERS);
        if (start < 0) {
            return rule.title(language);
        }
        String section = page.substring(start + WHY_IT_MATTERS.length());
        int end = section.indexOf("\n#");
        return (end < 0 ? section : section.substring(0, end)).strip().replaceAll("\\s*\n\\s*", " ");
    }

    private static ObjectNode result(Source source, Finding finding, Map<String, Integer> ruleIndex) {
        ObjectNode node = JsonReport.JSON.createObjectNode();
        node.put("ruleId", finding.ruleId());
        Integer index = ruleIndex.get(finding.ruleId());
        if (index != null) {
            node.put("ruleIndex", index);
        }
        node.put("level", level(finding.severity()));
        node.putObject("message").put("text", finding.message());
        ElementRef subject = finding.subject();
        Location at = source.locations().at(subject);
        ObjectNode location = node.putArray("locations").addObject();
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", source.uri());
        ObjectNode region = physical.putObject("region");
        region.put("startLine", at.line());
        if (at.column() > 0) {
            region.put("startColumn", at.column());
        }
        String journeyId = source.audit().journey().id();
        String named = subject == null ? "journey:" + journeyId : subject.toString();
        ObjectNode logical = location.putArray("logicalLocations").addObject();
        logical.put("name", named);
        logical.put("fullyQualifiedName", journeyId + "/" + named);
        node.putObject("partialFingerprints").put(FindingKey.FINGERPRINT_NAME, FindingKey.of(journeyId, finding).fingerprint());
        ObjectNode properties = node.putObject("properties");
        properties.put("finding", finding.id());
        properties.put("journey", journeyId);
        if (finding.stage() != null) {
            properties.put("stage", finding.stage());
        }
        ArrayNode elements = properties.putArray("elements");
        finding.elements().forEach(elements::add);
        return node;
    }

    private static ArrayNode suppression(String justification) {
        ArrayNode suppressions = JsonReport.JSON.createArrayNode();
        ObjectNode suppression = suppressions.addObject();
        suppression.put("kind", "external");
        suppression.put("justification", justification);
        return suppressions;
    }

    /** SARIF's levels: an info finding is a note. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
