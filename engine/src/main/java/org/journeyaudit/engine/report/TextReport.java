package org.journeyaudit.engine.report;

import static org.journeyaudit.engine.report.Numbers.money;
import static org.journeyaudit.engine.report.Numbers.number;
import static org.journeyaudit.engine.report.Numbers.plural;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditSummary;
import org.journeyaudit.engine.audit.Portfolio;
import org.journeyaudit.engine.document.Problem;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.finding.Severity;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.recommend.CustomerEffort;
import org.journeyaudit.engine.recommend.Recommendation;

/** The terminal report: summary, findings grouped by family, then the ranked recommendations. */
public final class TextReport {

    private TextReport() {
    }

    public static String audit(Audit audit) {
        return audit(audit, Language.EN);
    }

    public static String audit(Audit audit, Language language) {
        StringBuilder out = new StringBuilder();
        AuditSummary summary = AuditSummary.of(audit);
        out.append("Journey audit: ").append(audit.journey().displayName()).append(" (").append(audit.journey().id());
        if (audit.journey().version() != null) {
            out.append(", version ").append(audit.journey().version());
        }
        out.append(")\n");
        out.append("As of ").append(audit.asOf());
        if (!audit.profile().equals("recommended")) {
            out.append(", profile ").append(audit.profile());
        }
        out.append("\n\n");

        out.append("Summary\n");
        out.append("  ").append(plural(summary.findings(), "finding")).append(": ").append(severityCounts(summary.bySeverity()));
        if (!audit.suppressed().isEmpty()) {
            out.append("; ").append(audit.suppressed().size()).append(" suppressed");
        }
        out.append("\n");
        if (!summary.byFamily().isEmpty()) {
            out.append("  by family: ").append(String.join(", ", summary.byFamily().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).toList())).append("\n");
        }
        out.append("  ").append(plural(summary.recommendations(), "recommendation"));
        out.append(", annual savings potential ").append(summary.annualSavings() == null
                ? "not priced (the journey gives no contact volumes or costs)" : money(summary.annualSavings(), summary.currency()))
                .append(CostToServeSection.savingsNote(summary, language)).append("\n");
        out.append(CostToServeSection.text(audit, language));

        out.append("\nFindings\n");
        if (audit.findings().isEmpty()) {
            out.append("  none\n");
        }
        for (String family : families(audit.findings())) {
            out.append("  ").append(family).append("\n");
            for (Finding finding : audit.findings()) {
                if (finding.family().equals(family)) {
                    out.append(String.format(Locale.ROOT, "    %-7s %-4s %s%s%n", finding.severity().word().toUpperCase(Locale.ROOT),
                            finding.id(), finding.ruleId(), finding.stage() == null ? "" : "  [stage " + finding.stage() + "]"));
                    out.append("                 ").append(finding.message()).append("\n");
                }
            }
        }

        if (!audit.suppressed().isEmpty()) {
            out.append("\nSuppressed findings (accepted; not counted above)\n");
            for (org.journeyaudit.engine.audit.SuppressedFinding s : audit.suppressed()) {
                Finding finding = s.finding();
                out.append(String.format(Locale.ROOT, "    %-7s %-4s %s%s%n", finding.severity().word().toUpperCase(Locale.ROOT),
                        finding.id(), finding.ruleId(), finding.stage() == null ? "" : "  [stage " + finding.stage() + "]"));
                out.append("                 ").append(finding.message()).append("\n");
                out.append("                 suppressed for ").append(s.suppression().element()).append(": ").append(s.suppression().reason())
                        .append(s.suppression().expires() == null ? "" : " (until " + s.suppression().expires() + ")")
                        .append(" [").append(s.suppression().origin()).append("]\n");
            }
        }
        if (!audit.suppressionNotes().isEmpty()) {
            out.append("\nSuppressions\n");
            for (org.journeyaudit.engine.audit.SuppressionNote n : audit.suppressionNotes()) {
                out.append("  ").append(n.status().word().toUpperCase(Locale.ROOT)).append(" ").append(n.suppression().rule())
                        .append(" for ").append(n.suppression().element()).append(" [").append(n.suppression().origin()).append("]: ")
                        .append(n.message()).append("\n");
            }
        }

        out.append("\nRecommendations\n");
        if (audit.recommendations().isEmpty()) {
            out.append("  none\n");
        }
        for (Recommendation r : audit.recommendations()) {
            out.append(String.format(Locale.ROOT, "  #%d %s  %s%n", r.rank(), r.priority(), r.title()));
            out.append("       action ").append(r.action().word()).append(", ").append(r.effort().word()).append(" effort, score ")
                    .append(r.score()).append(", answers ").append(String.join(", ", r.findings())).append("\n");
            out.append("       saves ").append(saving(r)).append("\n");
            out.append("       formula: ").append(r.impact().formula()).append("\n");
            for (String assumption : r.impact().assumptions()) {
                out.append("       assumed: ").append(assumption).append("\n");
            }
            String effort = customerEffort(r.impact().customerEffort());
            if (!effort.isEmpty()) {
                out.append("       customer: ").append(effort).append("\n");
            }
            out.append("       why: ").append(r.why()).append("\n");
        }
        return out.toString();
    }

    public static String portfolio(Portfolio portfolio) {
        StringBuilder out = new StringBuilder();
        out.append("Portfolio: ").append(plural(portfolio.audits().size(), "journey")).append(" audited");
        if (!portfolio.rejected().isEmpty()) {
            out.append(", ").append(portfolio.rejected().size()).append(" invalid");
        }
        out.append("\n  ").append(plural(portfolio.findings(), "finding")).append(": ");
        out.append(portfolio.findings(Severity.ERROR)).append(" errors, ").append(portfolio.findings(Severity.WARNING))
                .append(" warnings, ").append(portfolio.findings(Severity.INFO)).append(" info\n");
        portfolio.annualSavings().forEach((currency, amount) ->
                out.append("  annual savings potential: ").append(money(amount, currency.isEmpty() ? null : currency)).append("\n"));
        out.append(String.format(Locale.ROOT, "  %-32s %6s %8s %6s %5s  %s%n", "journey", "errors", "warnings", "info", "recs", "annual savings"));
        for (Audit audit : portfolio.worstFirst()) {
            AuditSummary s = AuditSummary.of(audit);
            out.append(String.format(Locale.ROOT, "  %-32s %6d %8d %6d %5d  %s%n", Portfolio.label(audit),
                    s.bySeverity().get(Severity.ERROR), s.bySeverity().get(Severity.WARNING), s.bySeverity().get(Severity.INFO),
                    s.recommendations(), money(s.annualSavings(), s.currency())));
        }
        for (Portfolio.Rejected rejected : portfolio.rejected()) {
            out.append("  ").append(rejected.source()).append(": invalid, ").append(plural(rejected.problems().size(), "problem")).append("\n");
        }
        return out.toString();
    }

    /** {@code file.yaml:12:5: stages[0].steps[2].minutes: must not be negative, found -3} */
    public static String problems(String source, List<Problem> problems, boolean yamlStyle) {
        StringBuilder out = new StringBuilder();
        for (Problem problem : problems) {
            out.append(source);
            if (problem.location().known()) {
                out.append(':').append(problem.location().line());
                if (problem.location().column() > 0) {
                    out.append(':').append(problem.location().column());
                }
            }
            // a problem of the whole document (not well-formed, missing file) needs no path
            if (!problem.pointer().isEmpty()) {
                out.append(": ").append(yamlStyle ? problem.yamlPath() : problem.pointer());
            }
            out.append(": ").append(problem.message()).append("\n");
        }
        return out.toString();
    }

    static String severityCounts(Map<Severity, Integer> counts) {
        return counts.get(Severity.ERROR) + " " + (counts.get(Severity.ERROR) == 1 ? "error" : "errors") + ", "
                + counts.get(Severity.WARNING) + " " + (counts.get(Severity.WARNING) == 1 ? "warning" : "warnings") + ", "
                + counts.get(Severity.INFO) + " info";
    }

    static List<String> families(List<Finding> findings) {
        List<String> present = findings.stream().map(Finding::family).distinct().toList();
        List<String> ordered = new java.util.ArrayList<>(AuditSummary.FAMILIES.stream().filter(present::contains).toList());
        present.stream().filter(f -> !ordered.contains(f)).forEach(ordered::add);
        return ordered;
    }

    static String saving(Recommendation r) {
        StringBuilder out = new StringBuilder(money(r.impact().annualSavings(), r.impact().currency()));
        if (r.impact().annualSavings() != null) {
            out.append(" a year");
        }
        if (r.impact().contactsAvoidedPerMonth() > 0) {
            out.append("; ").append(number(r.impact().contactsAvoidedPerMonth())).append(" contacts a month avoided");
        }
        if (r.impact().minutesSavedPerMonth() > 0) {
            out.append("; ").append(number(r.impact().minutesSavedPerMonth())).append(" handling minutes a month");
        }
        return out.toString();
    }

    static String customerEffort(CustomerEffort effort) {
        List<String> parts = new java.util.ArrayList<>();
        if (effort.requestsRemoved() > 0) {
            parts.add(plural(effort.requestsRemoved(), "request") + " fewer");
        }
        if (effort.handoffsRemoved() > 0) {
            parts.add(plural(effort.handoffsRemoved(), "handoff") + " fewer");
        }
        if (effort.channelSwitchesRemoved() > 0) {
            parts.add(plural(effort.channelSwitchesRemoved(), "channel switch").replace("switchs", "switches") + " fewer");
        }
        if (effort.waitMinutesSaved() > 0) {
            parts.add(number(effort.waitMinutesSaved()) + " minutes less waiting");
        }
        return String.join(", ", parts);
    }
}
