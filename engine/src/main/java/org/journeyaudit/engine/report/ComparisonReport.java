package org.journeyaudit.engine.report;

import java.util.List;
import java.util.Locale;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditSummary;
import org.journeyaudit.engine.compare.CoverageChange;
import org.journeyaudit.engine.compare.FindingMatch;
import org.journeyaudit.engine.compare.JourneyComparison;
import org.journeyaudit.engine.compare.Measure;
import org.journeyaudit.engine.compare.SavingsChange;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.language.Language;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A comparison of two versions of a journey, written as JSON (shared by the command line and the service;
 * its field names are the public contract), as a terminal report and as Markdown.
 */
public final class ComparisonReport {

    private ComparisonReport() {
    }

    /** How a version is named: its version, or "before"/"after" when it has none. */
    static String version(Journey journey, String fallback) {
        return journey.version() == null ? fallback : journey.version();
    }

    // ---------------------------------------------------------------- JSON

    public static ObjectNode json(JourneyComparison comparison) {
        return json(comparison, Language.EN);
    }

    /** The JSON of a comparison; each measure carries its label in the language, for the visual report to show. */
    public static ObjectNode json(JourneyComparison comparison, Language language) {
        ReportWords w = ReportWords.of(language);
        ObjectNode root = JsonReport.JSON.createObjectNode();
        root.set("before", side(comparison.before()));
        root.set("after", side(comparison.after()));
        root.put("asOf", comparison.after().asOf().toString());
        root.put("verdict", comparison.verdict().word());
        ObjectNode reasons = root.putObject("reasons");
        strings(reasons.putArray("better"), comparison.improvements());
        strings(reasons.putArray("worse"), comparison.worsenings());

        ObjectNode findings = root.putObject("findings");
        ArrayNode resolved = findings.putArray("resolved");
        comparison.resolved().forEach(f -> resolved.add(JsonReport.finding(f)));
        ArrayNode introduced = findings.putArray("introduced");
        comparison.introduced().forEach(f -> introduced.add(JsonReport.finding(f)));
        ArrayNode unchanged = findings.putArray("unchanged");
        comparison.unchanged().forEach(m -> unchanged.add(match(m)));
        ArrayNode changed = findings.putArray("changed");
        comparison.changed().forEach(m -> changed.add(match(m)));

        ArrayNode measures = root.putArray("measures");
        for (Measure measure : comparison.measures()) {
            ObjectNode node = measures.addObject();
            node.put("name", measure.name());
            node.put("label", measureLabel(measure, w));
            JsonReport.number(node, "before", measure.before());
            JsonReport.number(node, "after", measure.after());
            JsonReport.number(node, "change", measure.change());
            node.put("better", measure.lowerIsBetter() ? "lower" : "higher");
            node.put("weighed", measure.weighed());
            node.put("direction", measure.improved() ? "better" : measure.worsened() ? "worse" : "same");
        }
        CoverageChange coverage = comparison.coverage();
        ObjectNode cells = root.putObject("coverage");
        strings(cells.putArray("gained"), coverage.gained());
        strings(cells.putArray("lost"), coverage.lost());
        strings(cells.putArray("stagesAdded"), coverage.stagesAdded());
        strings(cells.putArray("stagesRemoved"), coverage.stagesRemoved());
        strings(cells.putArray("channelsAdded"), coverage.channelsAdded());
        strings(cells.putArray("channelsRemoved"), coverage.channelsRemoved());

        SavingsChange savings = comparison.savings();
        ObjectNode money = root.putObject("annualSavings");
        money.put("before", savings.before());
        money.put("after", savings.after());
        money.put("change", savings.change());
        money.put("currency", savings.afterCurrency() == null ? savings.beforeCurrency() : savings.afterCurrency());
        money.put("comparable", savings.comparable());
        strings(root.putArray("notes"), comparison.notes());
        return root;
    }

    private static ObjectNode side(Audit audit) {
        ObjectNode node = JsonReport.JSON.createObjectNode();
        ObjectNode journey = node.putObject("journey");
        journey.put("id", audit.journey().id());
        journey.put("name", audit.journey().displayName());
        JsonReport.putIfPresent(journey, "version", audit.journey().version());
        JsonReport.putIfPresent(journey, "owner", audit.journey().owner());
        journey.put("key", audit.journey().key());
        node.set("summary", JsonReport.summary(AuditSummary.of(audit)));
        return node;
    }

    private static ObjectNode match(FindingMatch match) {
        ObjectNode node = JsonReport.JSON.createObjectNode();
        node.set("before", JsonReport.finding(match.before()));
        node.set("after", JsonReport.finding(match.after()));
        strings(node.putArray("differences"), match.differences());
        return node;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    /** A measure by its name in the language; a measure a report does not know by name keeps the comparison's label. */
    static String measureLabel(Measure measure, ReportWords w) {
        return w.getOr("measure." + measure.name(), measure.label());
    }

    // ---------------------------------------------------------------- text

    public static String text(JourneyComparison comparison) {
        return text(comparison, Language.EN);
    }

    public static String text(JourneyComparison comparison, Language language) {
        ReportWords w = ReportWords.of(language);
        StringBuilder out = new StringBuilder();
        Journey before = comparison.before().journey();
        Journey after = comparison.after().journey();
        out.append(w.get("comparison.title", after.displayName())).append(" (").append(after.id()).append("), ")
                .append(version(before, w.get("comparison.before"))).append(" -> ").append(version(after, w.get("comparison.after"))).append("\n");
        out.append(w.get("text.asOf", w.figures().date(comparison.after().asOf()))).append("\n\n");

        out.append(w.get("comparison.verdict")).append(": ").append(verdict(comparison, w).toUpperCase(w.language().locale())).append("\n");
        comparison.improvements().forEach(r -> out.append("  + ").append(r).append("\n"));
        comparison.worsenings().forEach(r -> out.append("  - ").append(r).append("\n"));

        out.append("\n").append(w.get("comparison.measures")).append("\n");
        out.append(String.format(Locale.ROOT, "  %-20s %10s %10s %10s%n", "", w.get("comparison.before"), w.get("comparison.after"),
                w.get("comparison.change")));
        for (Measure m : comparison.measures()) {
            out.append(String.format(Locale.ROOT, "  %-20s %10s %10s %10s%n", measureLabel(m, w), w.number(m.before()), w.number(m.after()),
                    signed(m.change(), w)));
        }
        SavingsChange savings = comparison.savings();
        out.append("  ").append(w.get("text.savingsPotential")).append(": ").append(w.money(savings.before(), savings.beforeCurrency())).append(" -> ")
                .append(w.money(savings.after(), savings.afterCurrency())).append("\n");

        out.append("\n").append(w.get("comparison.coverage")).append("\n");
        CoverageChange coverage = comparison.coverage();
        out.append("  ").append(w.get("comparison.cellsGained")).append(": ").append(list(coverage.gained(), w)).append("\n");
        out.append("  ").append(w.get("comparison.cellsLost")).append(": ").append(list(coverage.lost(), w)).append("\n");
        if (!coverage.stagesAdded().isEmpty() || !coverage.stagesRemoved().isEmpty()) {
            out.append("  ").append(w.get("comparison.stagesAdded")).append(": ").append(list(coverage.stagesAdded(), w)).append("; ")
                    .append(w.get("comparison.removed")).append(": ").append(list(coverage.stagesRemoved(), w)).append("\n");
        }
        if (!coverage.channelsAdded().isEmpty() || !coverage.channelsRemoved().isEmpty()) {
            out.append("  ").append(w.get("comparison.channelsAdded")).append(": ").append(list(coverage.channelsAdded(), w)).append("; ")
                    .append(w.get("comparison.removed")).append(": ").append(list(coverage.channelsRemoved(), w)).append("\n");
        }

        findings(out, w.get("comparison.findingsResolved"), comparison.resolved(), w);
        findings(out, w.get("comparison.findingsIntroduced"), comparison.introduced(), w);
        out.append("\n").append(w.get("comparison.findingsChanged")).append(" (").append(comparison.changed().size()).append(")\n");
        if (comparison.changed().isEmpty()) {
            out.append("  ").append(w.get("text.none")).append("\n");
        }
        for (FindingMatch m : comparison.changed()) {
            out.append(line(m.after(), m.before().id() + " -> " + m.after().id(), w));
            m.differences().forEach(d -> out.append("                 ").append(d).append("\n"));
        }
        out.append("\n").append(w.get("comparison.findingsUnchanged")).append(" (").append(comparison.unchanged().size()).append(")\n");
        if (comparison.unchanged().isEmpty()) {
            out.append("  ").append(w.get("text.none")).append("\n");
        }
        comparison.unchanged().forEach(m -> out.append(line(m.after(), m.before().id() + " -> " + m.after().id(), w)));
        if (!comparison.notes().isEmpty()) {
            out.append("\n").append(w.get("notes")).append("\n");
            comparison.notes().forEach(n -> out.append("  ").append(n).append("\n"));
        }
        return out.toString();
    }

    private static String verdict(JourneyComparison comparison, ReportWords w) {
        return w.get("verdict." + comparison.verdict().word());
    }

    private static void findings(StringBuilder out, String title, List<Finding> findings, ReportWords w) {
        out.append("\n").append(title).append(" (").append(findings.size()).append(")\n");
        if (findings.isEmpty()) {
            out.append("  ").append(w.get("text.none")).append("\n");
        }
        findings.forEach(f -> out.append(line(f, f.id(), w)));
    }

    private static String line(Finding finding, String ids, ReportWords w) {
        return String.format(Locale.ROOT, "  %-7s %-8s %s%s%n", TextReport.severityTag(finding.severity(), w), ids, finding.ruleId(),
                finding.stage() == null ? "" : "  [" + w.get("text.stage", finding.stage()) + "]")
                + "                 " + finding.message() + "\n";
    }

    private static String signed(double change, ReportWords w) {
        return change > 0 ? "+" + w.number(change) : w.number(change);
    }

    private static String list(List<String> values, ReportWords w) {
        return values.isEmpty() ? w.get("text.none") : String.join(", ", values);
    }

    // ---------------------------------------------------------------- Markdown

    public static String markdown(JourneyComparison comparison) {
        return markdown(comparison, Language.EN);
    }

    public static String markdown(JourneyComparison comparison, Language language) {
        ReportWords w = ReportWords.of(language);
        StringBuilder out = new StringBuilder();
        Journey before = comparison.before().journey();
        Journey after = comparison.after().journey();
        out.append("# ").append(w.get("comparison.title", Markdown.text(after.displayName()))).append("\n\n");
        out.append(w.get("comparison.mdIntro", Markdown.code(after.id()), Markdown.text(version(before, w.get("comparison.before"))),
                Markdown.text(version(after, w.get("comparison.after"))), w.figures().date(comparison.after().asOf()))).append("\n\n");
        out.append("## ").append(w.get("comparison.verdict")).append(": ").append(verdict(comparison, w)).append("\n\n");
        comparison.improvements().forEach(r -> out.append("- ").append(w.get("comparison.better")).append(": ").append(Markdown.text(r)).append("\n"));
        comparison.worsenings().forEach(r -> out.append("- ").append(w.get("comparison.worse")).append(": ").append(Markdown.text(r)).append("\n"));
        if (comparison.improvements().isEmpty() && comparison.worsenings().isEmpty()) {
            out.append(w.get("comparison.nothingMoved")).append("\n");
        }
        out.append("\n## ").append(w.get("comparison.measures")).append("\n\n").append(w.get("comparison.measuresHeader"))
                .append("\n|---|---:|---:|---:|\n");
        for (Measure m : comparison.measures()) {
            out.append("| ").append(Markdown.text(measureLabel(m, w))).append(" | ").append(w.number(m.before())).append(" | ")
                    .append(w.number(m.after())).append(" | ").append(signed(m.change(), w)).append(" |\n");
        }
        SavingsChange savings = comparison.savings();
        out.append("| ").append(w.get("text.savingsPotential")).append(" | ").append(Markdown.text(w.money(savings.before(), savings.beforeCurrency())))
                .append(" | ").append(Markdown.text(w.money(savings.after(), savings.afterCurrency()))).append(" | ")
                .append(savings.comparable() ? Markdown.text(w.money(savings.change(), savings.afterCurrency())) : w.get("comparison.notCompared"))
                .append(" |\n\n");
        CoverageChange coverage = comparison.coverage();
        out.append("## ").append(w.get("comparison.coverage")).append("\n\n- ").append(w.get("comparison.mdCellsGained")).append(": ")
                .append(Markdown.text(list(coverage.gained(), w)))
                .append("\n- ").append(w.get("comparison.mdCellsLost")).append(": ").append(Markdown.text(list(coverage.lost(), w)))
                .append("\n- ").append(w.get("comparison.mdStagesAdded")).append(": ").append(Markdown.text(list(coverage.stagesAdded(), w)))
                .append("; ").append(w.get("comparison.removed")).append(": ").append(Markdown.text(list(coverage.stagesRemoved(), w)))
                .append("\n- ").append(w.get("comparison.mdChannelsAdded")).append(": ").append(Markdown.text(list(coverage.channelsAdded(), w)))
                .append("; ").append(w.get("comparison.removed")).append(": ").append(Markdown.text(list(coverage.channelsRemoved(), w)))
                .append("\n\n");
        out.append("## ").append(w.get("findings")).append("\n\n");
        out.append("- ").append(w.get("comparison.findingCounts", w.count(comparison.resolved().size(), "finding"), comparison.introduced().size(),
                comparison.changed().size(), comparison.unchanged().size())).append("\n\n");
        out.append(w.get("comparison.findingsHeader")).append("\n|---|---|---|---|---|---|---|\n");
        comparison.resolved().forEach(f -> row(out, w.get("comparison.status.resolved"), f.id(), "", f, "", w));
        comparison.introduced().forEach(f -> row(out, w.get("comparison.status.introduced"), "", f.id(), f, "", w));
        comparison.changed().forEach(m -> row(out, w.get("comparison.status.changed"), m.before().id(), m.after().id(), m.after(),
                " (" + String.join("; ", m.differences()) + ")", w));
        comparison.unchanged().forEach(m -> row(out, w.get("comparison.status.unchanged"), m.before().id(), m.after().id(), m.after(), "", w));
        if (!comparison.notes().isEmpty()) {
            out.append("\n## ").append(w.get("notes")).append("\n\n");
            comparison.notes().forEach(n -> out.append("- ").append(Markdown.text(n)).append("\n"));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String status, String before, String after, Finding finding, String extra, ReportWords w) {
        out.append("| ").append(status).append(" | ").append(before).append(" | ").append(after).append(" | ")
                .append(TextReport.severity(finding.severity(), w)).append(" | ").append(Markdown.code(finding.ruleId())).append(" | ")
                .append(Markdown.text(finding.stage())).append(" | ")
                .append(Markdown.text(finding.message() + extra)).append(" |\n");
    }
}
