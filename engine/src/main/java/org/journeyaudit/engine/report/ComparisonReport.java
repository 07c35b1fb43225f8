package org.journeyaudit.engine.report;

import static org.journeyaudit.engine.report.Numbers.money;
import static org.journeyaudit.engine.report.Numbers.number;
import static org.journeyaudit.engine.report.Numbers.plural;

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
            JsonReport.number(node, "before", measure.before());
            JsonReport.number(node, "after", measure.after());
            JsonReport.number(node, "change", measure.change());
            node.put("better", measure.lowerIsBetter() ? "lower" : "higher");
            node.put("weighed", measure.weighed());
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

    // ---------------------------------------------------------------- text

    public static String text(JourneyComparison comparison) {
        StringBuilder out = new StringBuilder();
        Journey before = comparison.before().journey();
        Journey after = comparison.after().journey();
        out.append("Journey comparison: ").append(after.displayName()).append(" (").append(after.id()).append("), ")
                .append(version(before, "before")).append(" -> ").append(version(after, "after")).append("\n");
        out.append("As of ").append(comparison.after().asOf()).append("\n\n");

        out.append("Verdict: ").append(comparison.verdict().word().toUpperCase(Locale.ROOT)).append("\n");
        comparison.improvements().forEach(r -> out.append("  + ").append(r).append("\n"));
        comparison.worsenings().forEach(r -> out.append("  - ").append(r).append("\n"));

        out.append("\nMeasures\n");
        out.append(String.format(Locale.ROOT, "  %-20s %10s %10s %10s%n", "", "before", "after", "change"));
        for (Measure m : comparison.measures()) {
            out.append(String.format(Locale.ROOT, "  %-20s %10s %10s %10s%n", m.label(), number(m.before()), number(m.after()),
                    signed(m.change())));
        }
        SavingsChange savings = comparison.savings();
        out.append("  annual savings potential: ").append(money(savings.before(), savings.beforeCurrency())).append(" -> ")
                .append(money(savings.after(), savings.afterCurrency())).append("\n");

        out.append("\nCoverage\n");
        CoverageChange coverage = comparison.coverage();
        out.append("  cells gained: ").append(list(coverage.gained())).append("\n");
        out.append("  cells lost: ").append(list(coverage.lost())).append("\n");
        if (!coverage.stagesAdded().isEmpty() || !coverage.stagesRemoved().isEmpty()) {
            out.append("  stages added: ").append(list(coverage.stagesAdded())).append("; removed: ").append(list(coverage.stagesRemoved()))
                    .append("\n");
        }
        if (!coverage.channelsAdded().isEmpty() || !coverage.channelsRemoved().isEmpty()) {
            out.append("  channels added: ").append(list(coverage.channelsAdded())).append("; removed: ")
                    .append(list(coverage.channelsRemoved())).append("\n");
        }

        findings(out, "Findings resolved", comparison.resolved());
        findings(out, "Findings introduced", comparison.introduced());
        out.append("\nFindings changed (").append(comparison.changed().size()).append(")\n");
        if (comparison.changed().isEmpty()) {
            out.append("  none\n");
        }
        for (FindingMatch m : comparison.changed()) {
            out.append(line(m.after(), m.before().id() + " -> " + m.after().id()));
            m.differences().forEach(d -> out.append("                 ").append(d).append("\n"));
        }
        out.append("\nFindings unchanged (").append(comparison.unchanged().size()).append(")\n");
        if (comparison.unchanged().isEmpty()) {
            out.append("  none\n");
        }
        comparison.unchanged().forEach(m -> out.append(line(m.after(), m.before().id() + " -> " + m.after().id())));
        if (!comparison.notes().isEmpty()) {
            out.append("\nNotes\n");
            comparison.notes().forEach(n -> out.append("  ").append(n).append("\n"));
        }
        return out.toString();
    }

    private static void findings(StringBuilder out, String title, List<Finding> findings) {
        out.append("\n").append(title).append(" (").append(findings.size()).append(")\n");
        if (findings.isEmpty()) {
            out.append("  none\n");
        }
        findings.forEach(f -> out.append(line(f, f.id())));
    }

    private static String line(Finding finding, String ids) {
        return String.format(Locale.ROOT, "  %-7s %-8s %s%s%n", finding.severity().word().toUpperCase(Locale.ROOT), ids, finding.ruleId(),
                finding.stage() == null ? "" : "  [stage " + finding.stage() + "]")
                + "                 " + finding.message() + "\n";
    }

    private static String signed(double change) {
        return change > 0 ? "+" + number(change) : number(change);
    }

    private static String list(List<String> values) {
        return values.isEmpty() ? "none" : String.join(", ", values);
    }

    // ---------------------------------------------------------------- Markdown

    public static String markdown(JourneyComparison comparison) {
        StringBuilder out = new StringBuilder();
        Journey before = comparison.before().journey();
        Journey after = comparison.after().journey();
        out.append("# Journey comparison: ").append(Markdown.text(after.displayName())).append("\n\n");
        out.append("Journey ").append(Markdown.code(after.id())).append(", ").append(Markdown.text(version(before, "before"))).append(" -> ")
                .append(Markdown.text(version(after, "after"))).append(", both audited as of ").append(comparison.after().asOf())
                .append(".\n\n");
        out.append("## Verdict: ").append(comparison.verdict().word()).append("\n\n");
        comparison.improvements().forEach(r -> out.append("- Better: ").append(Markdown.text(r)).append("\n"));
        comparison.worsenings().forEach(r -> out.append("- Worse: ").append(Markdown.text(r)).append("\n"));
        if (comparison.improvements().isEmpty() && comparison.worsenings().isEmpty()) {
            out.append("Nothing the comparison weighs has moved.\n");
        }
        out.append("\n## Measures\n\n| Measure | Before | After | Change |\n|---|---:|---:|---:|\n");
        for (Measure m : comparison.measures()) {
            out.append("| ").append(Markdown.text(m.label())).append(" | ").append(number(m.before())).append(" | ").append(number(m.after())).append(" | ")
                    .append(signed(m.change())).append(" |\n");
        }
        SavingsChange savings = comparison.savings();
        out.append("| annual savings potential | ").append(Markdown.text(money(savings.before(), savings.beforeCurrency()))).append(" | ")
                .append(Markdown.text(money(savings.after(), savings.afterCurrency()))).append(" | ")
                .append(savings.comparable() ? Markdown.text(money(savings.change(), savings.afterCurrency())) : "not compared").append(" |\n\n");
        CoverageChange coverage = comparison.coverage();
        out.append("## Coverage\n\n- Cells gained: ").append(Markdown.text(list(coverage.gained())))
                .append("\n- Cells lost: ").append(Markdown.text(list(coverage.lost())))
                .append("\n- Stages added: ").append(Markdown.text(list(coverage.stagesAdded())))
                .append("; removed: ").append(Markdown.text(list(coverage.stagesRemoved())))
                .append("\n- Channels added: ").append(Markdown.text(list(coverage.channelsAdded())))
                .append("; removed: ").append(Markdown.text(list(coverage.channelsRemoved()))).append("\n\n");
        out.append("## Findings\n\n");
        out.append("- ").append(plural(comparison.resolved().size(), "finding")).append(" resolved, ")
                .append(comparison.introduced().size()).append(" introduced, ").append(comparison.changed().size()).append(" changed, ")
                .append(comparison.unchanged().size()).append(" unchanged\n\n");
        out.append("| Status | Before | After | Severity | Rule | Stage | Finding |\n|---|---|---|---|---|---|---|\n");
        comparison.resolved().forEach(f -> row(out, "resolved", f.id(), "", f, ""));
        comparison.introduced().forEach(f -> row(out, "introduced", "", f.id(), f, ""));
        comparison.changed().forEach(m -> row(out, "changed", m.before().id(), m.after().id(), m.after(),
                " (" + String.join("; ", m.differences()) + ")"));
        comparison.unchanged().forEach(m -> row(out, "unchanged", m.before().id(), m.after().id(), m.after(), ""));
        if (!comparison.notes().isEmpty()) {
            out.append("\n## Notes\n\n");
            comparison.notes().forEach(n -> out.append("- ").append(Markdown.text(n)).append("\n"));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String status, String before, String after, Finding finding, String extra) {
        out.append("| ").append(status).append(" | ").append(before).append(" | ").append(after).append(" | ")
                .append(finding.severity().word()).append(" | ").append(Markdown.code(finding.ruleId())).append(" | ")
                .append(Markdown.text(finding.stage())).append(" | ")
                .append(Markdown.text(finding.message() + extra)).append(" |\n");
    }
}
