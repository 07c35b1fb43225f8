package org.journeyaudit.engine.report;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditSummary;
import org.journeyaudit.engine.audit.FailOn;
import org.journeyaudit.engine.audit.Portfolio;
import org.journeyaudit.engine.document.Problem;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.recommend.CostToServe;
import org.journeyaudit.engine.recommend.Impact;
import org.journeyaudit.engine.recommend.ImpactInput;
import org.journeyaudit.engine.recommend.Recommendation;
import org.journeyaudit.engine.rulebase.RuleDescription;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON report: the one serializer of audits, portfolios, validation problems and the catalogue.
 * Its field names are the public contract; they are written here, by name, and nowhere else.
 */
public final class JsonReport {

    // amounts are written as figures (117000), never in scientific notation (1.17E+5), however their trailing zeros were stripped
    static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(tools.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
    /** The same, on one line: the data the HTML report embeds. */
    static final JsonMapper COMPACT = JsonMapper.builder().enable(tools.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private JsonReport() {
    }

    public static String write(JsonNode node) {
        return JSON.writeValueAsString(node) + "\n";
    }

    public static ObjectNode audit(Audit audit) {
        return audit(audit, Language.EN);
    }

    public static ObjectNode audit(Audit audit, Language language) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode journey = root.putObject("journey");
        journey.put("id", audit.journey().id());
        journey.put("name", audit.journey().displayName());
        putIfPresent(journey, "version", audit.journey().version());
        putIfPresent(journey, "owner", audit.journey().owner());
        journey.put("key", audit.journey().key());
        root.put("asOf", audit.asOf().toString());
        root.put("profile", audit.profile());
        // worked out once for the summary's savings and the cost section: pricing every stage is a large part of a report
        CostToServe cost = CostToServe.of(audit.journey(), audit.observed(), language);
        ObjectNode summaryNode = summary(AuditSummary.of(audit, cost));
        summaryNode.put("suppressed", audit.suppressed().size());
        if (!audit.baselined().isEmpty()) {
            summaryNode.put("baselined", audit.baselined().size());
        }
        summaryNode.put("suppressionsNotApplied", (int) audit.suppressionNotes().stream()
                .filter(n -> n.status() != org.journeyaudit.engine.audit.SuppressionNote.Status.UNUSED).count());
        root.set("summary", summaryNode);
        root.set("costToServe", CostToServeSection.json(cost));
        ArrayNode findings = root.putArray("findings");
        audit.findings().forEach(f -> findings.add(finding(f)));
        ArrayNode recommendations = root.putArray("recommendations");
        audit.recommendations().forEach(r -> recommendations.add(recommendation(r)));
        ArrayNode suppressed = root.putArray("suppressed");
        audit.suppressed().forEach(s -> suppressed.add(finding(s.finding()).set("suppression", suppression(s.suppression()))));
        if (!audit.baselined().isEmpty()) {
            // only with a baseline, so that reports without one stay as they were
            ArrayNode baselined = root.putArray("baselined");
            audit.baselined().forEach(f -> baselined.add(finding(f)));
        }
        ArrayNode notes = root.putArray("suppressions");
        audit.suppressionNotes().forEach(n -> {
            ObjectNode note = suppression(n.suppression());
            note.put("status", n.status().word());
            note.put("message", n.message());
            notes.add(note);
        });
        return root;
    }

    /** Adds whether the audit fails at the given threshold: {@code "outcome": {"failOn": "error", "failed": true}}. */
    public static ObjectNode withOutcome(ObjectNode report, FailOn failOn, boolean failed) {
        ObjectNode outcome = report.putObject("outcome");
        outcome.put("failOn", failOn.word());
        outcome.put("failed", failed);
        return report;
    }

    public static ObjectNode portfolio(Portfolio portfolio) {
        return portfolio(portfolio, Language.EN);
    }

    /** The portfolio summary and each journey's report, the reports' texts in {@code language}. */
    public static ObjectNode portfolio(Portfolio portfolio, Language language) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode summary = root.putObject("portfolio");
        summary.put("journeys", portfolio.audits().size());
        summary.put("invalid", portfolio.rejected().size());
        summary.put("findings", portfolio.findings());
        ObjectNode bySeverity = summary.putObject("bySeverity");
        for (var severity : org.journeyaudit.engine.finding.Severity.values()) {
            bySeverity.put(severity.word(), portfolio.findings(severity));
        }
        ObjectNode savings = summary.putObject("annualSavings");
        portfolio.annualSavings().forEach((currency, amount) -> savings.put(currency, amount));
        ArrayNode worst = summary.putArray("worstFirst");
        portfolio.worstFirst().forEach(a -> worst.add(Portfolio.label(a)));
        ArrayNode reports = root.putArray("reports");
        portfolio.audits().forEach(a -> reports.add(audit(a, language)));
        ArrayNode rejected = root.putArray("invalid");
        portfolio.rejected().forEach(r -> rejected.add(invalid(r.source(), r.problems())));
        return root;
    }

    /** The compliance matrix: each journey's cell per rule, counts per journey and per rule, the worst journeys and most broken rules. */
    public static ObjectNode compliance(org.journeyaudit.engine.compliance.ComplianceMatrix matrix) {
        ObjectNode root = JSON.createObjectNode();
        root.put("profile", matrix.profile());
        ArrayNode rules = root.putArray("rules");
        matrix.rules().forEach(r -> rules.add(r.id()));
        ArrayNode journeys = root.putArray("journeys");
        for (var row : matrix.rows()) {
            ObjectNode journey = journeys.addObject();
            journey.put("id", row.audit().journey().id());
            putIfPresent(journey, "version", row.audit().journey().version());
            journey.put("asOf", row.audit().asOf().toString());
            ObjectNode cells = journey.putObject("cells");
            for (int i = 0; i < matrix.rules().size(); i++) {
                cells.put(matrix.rules().get(i).id(), row.cells().get(i).word());
            }
            journey.set("counts", cellCounts(row.counts()));
        }
        ObjectNode byRule = root.putObject("byRule");
        for (int i = 0; i < matrix.rules().size(); i++) {
            byRule.set(matrix.rules().get(i).id(), cellCounts(matrix.ruleCounts(i)));
        }
        ArrayNode worst = root.putArray("worstJourneys");
        matrix.worstJourneys().stream().limit(ComplianceReport.TOP).forEach(row -> {
            ObjectNode w = worst.addObject();
            w.put("journey", row.label());
            w.put("failedRules", row.counts().get(org.journeyaudit.engine.compliance.Cell.FAIL));
            w.put("errors", row.errors());
        });
        ArrayNode broken = root.putArray("mostBrokenRules");
        matrix.mostBrokenRules().stream().limit(ComplianceReport.TOP).forEach(rule -> {
            ObjectNode b = broken.addObject();
            b.put("rule", rule.id());
            b.put("failedBy", matrix.failures(rule));
        });
        return root;
    }

    private static ObjectNode cellCounts(Map<org.journeyaudit.engine.compliance.Cell, Integer> counts) {
        ObjectNode node = JSON.createObjectNode();
        node.put("pass", counts.get(org.journeyaudit.engine.compliance.Cell.PASS));
        node.put("fail", counts.get(org.journeyaudit.engine.compliance.Cell.FAIL));
        node.put("suppressed", counts.get(org.journeyaudit.engine.compliance.Cell.SUPPRESSED));
        node.put("notApplicable", counts.get(org.journeyaudit.engine.compliance.Cell.NOT_APPLICABLE));
        return node;
    }

    public static ObjectNode invalid(String source, List<Problem> problems) {
        ObjectNode node = JSON.createObjectNode();
        node.put("source", source);
        node.put("valid", problems.isEmpty());
        ArrayNode list = node.putArray("problems");
        for (Problem problem : problems) {
            ObjectNode p = list.addObject();
            p.put("pointer", problem.pointer());
            p.put("path", problem.yamlPath());
            if (problem.location().known()) {
                p.put("line", problem.location().line());
                p.put("column", problem.location().column());
            }
            p.put("message", problem.message());
        }
        return node;
    }

    public static ArrayNode validation(Map<String, List<Problem>> results) {
        ArrayNode array = JSON.createArrayNode();
        results.forEach((source, problems) -> array.add(invalid(source, problems)));
        return array;
    }

    public static ArrayNode catalogue(Collection<RuleDescription> rules) {
        return catalogue(rules, Language.EN);
    }

    /** The catalogue with each rule's title in a language (the English title where its page gives none in it). */
    public static ArrayNode catalogue(Collection<RuleDescription> rules, Language language) {
        ArrayNode array = JSON.createArrayNode();
        rules.forEach(rule -> array.add(rule(rule, false, language)));
        return array;
    }

    public static ObjectNode rule(RuleDescription rule, boolean withDocumentation) {
        return rule(rule, withDocumentation, Language.EN);
    }

    /** One rule with its title in a language; its documentation is its page's, written in English. */
    public static ObjectNode rule(RuleDescription rule, boolean withDocumentation, Language language) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", rule.id());
        node.put("family", rule.family());
        node.put("title", rule.title(language));
        node.put("severity", rule.severity().word());
        ObjectNode parameters = node.putObject("parameters");
        rule.parameters().values().forEach(p -> {
            ObjectNode parameter = parameters.putObject(p.name());
            number(parameter, "default", p.defaultValue());
            putIfPresent(parameter, "description", p.description());
        });
        if (withDocumentation) {
            node.put("documentation", rule.documentation());
        }
        return node;
    }

    private static ObjectNode suppression(org.journeyaudit.engine.journey.Suppression suppression) {
        ObjectNode node = JSON.createObjectNode();
        node.put("rule", suppression.rule());
        node.put("element", suppression.element());
        node.put("reason", suppression.reason());
        putIfPresent(node, "expires", suppression.expires() == null ? null : suppression.expires().toString());
        node.put("origin", suppression.origin());
        return node;
    }

    static ObjectNode summary(AuditSummary summary) {
        ObjectNode node = JSON.createObjectNode();
        node.put("findings", summary.findings());
        ObjectNode bySeverity = node.putObject("bySeverity");
        summary.bySeverity().forEach((severity, count) -> bySeverity.put(severity.word(), count));
        ObjectNode byFamily = node.putObject("byFamily");
        summary.byFamily().forEach(byFamily::put);
        node.put("recommendations", summary.recommendations());
        node.put("annualSavings", summary.annualSavings());
        node.put("annualSavingsPlainSum", summary.annualSavingsPlainSum());
        node.put("costToServe", summary.costToServe());
        node.put("currency", summary.currency());
        return node;
    }

    static ObjectNode finding(Finding finding) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", finding.id());
        node.put("ruleId", finding.ruleId());
        node.put("severity", finding.severity().word());
        node.put("message", finding.message());
        node.put("stage", finding.stage());
        ArrayNode elements = node.putArray("elements");
        finding.elements().forEach(elements::add);
        node.set("evidence", JSON.valueToTree(finding.evidence()));
        return node;
    }

    private static ObjectNode recommendation(Recommendation recommendation) {
        ObjectNode node = JSON.createObjectNode();
        node.put("rank", recommendation.rank());
        node.put("priority", recommendation.priority().name());
        node.put("action", recommendation.action().word());
        node.put("title", recommendation.title());
        ArrayNode targets = node.putArray("targets");
        recommendation.targets().forEach(targets::add);
        ArrayNode findings = node.putArray("findings");
        recommendation.findings().forEach(findings::add);
        node.set("impact", impact(recommendation.impact()));
        node.put("effort", recommendation.effort().word());
        node.put("score", recommendation.score());
        node.put("why", recommendation.why());
        return node;
    }

    /** The figures a saving or a cost is computed from, each with its unit, whether it is measured or assumed, and where it comes from. */
    static ArrayNode inputs(List<ImpactInput> inputs) {
        ArrayNode array = JSON.createArrayNode();
        for (ImpactInput input : inputs) {
            ObjectNode i = array.addObject();
            i.put("name", input.name());
            number(i, "value", input.value());
            i.put("unit", input.unit());
            i.put("source", input.source().word());
            i.put("from", input.from());
        }
        return array;
    }

    private static ObjectNode impact(Impact impact) {
        ObjectNode node = JSON.createObjectNode();
        number(node, "contactsAvoidedPerMonth", impact.contactsAvoidedPerMonth());
        number(node, "minutesSavedPerMonth", impact.minutesSavedPerMonth());
        BigDecimal savings = impact.annualSavings();
        if (savings == null) {
            node.putNull("annualSavings");
        } else {
            node.put("annualSavings", savings);
        }
        node.put("currency", impact.currency());
        node.put("formula", impact.formula());
        node.set("inputs", inputs(impact.inputs()));
        ArrayNode assumptions = node.putArray("assumptions");
        impact.assumptions().forEach(assumptions::add);
        ObjectNode effort = node.putObject("customerEffort");
        effort.put("requestsRemoved", impact.customerEffort().requestsRemoved());
        number(effort, "waitMinutesSaved", impact.customerEffort().waitMinutesSaved());
        effort.put("handoffsRemoved", impact.customerEffort().handoffsRemoved());
        effort.put("channelSwitchesRemoved", impact.customerEffort().channelSwitchesRemoved());
        return node;
    }

    /** Whole numbers as integers (13700, not 13700.0); others rounded to two decimals. */
    static void number(ObjectNode node, String name, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            node.put(name, (long) value);
        } else {
            node.put(name, BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros());
        }
    }

    static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
