package org.journeyaudit.engine.report;

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
        ReportWords w = ReportWords.of(language);
        StringBuilder out = new StringBuilder();
        AuditSummary summary = AuditSummary.of(audit);
        out.append(w.get("audit.title", audit.journey().displayName())).append(" (").append(audit.journey().id());
        if (audit.journey().version() != null) {
            out.append(", ").append(w.get("version", audit.journey().version()));
        }
        out.append(")\n");
        out.append(w.get("text.asOf", w.figures().date(audit.asOf())));
        if (!audit.profile().equals("recommended")) {
            out.append(", ").append(w.get("text.profile", audit.profile()));
        }
        out.append("\n\n");

        out.append(w.get("summary")).append("\n");
        out.append("  ").append(w.count(summary.findings(), "finding")).append(": ").append(severityCounts(summary.bySeverity(), w));
        if (!audit.suppressed().isEmpty()) {
            out.append("; ").append(w.get("suppressedCount", audit.suppressed().size()));
        }
        if (!audit.baselined().isEmpty()) {
            out.append("; ").append(w.get("baselinedCount", audit.baselined().size()));
        }
        out.append("\n");
        if (!summary.byFamily().isEmpty()) {
            out.append("  ").append(w.get("text.byFamily")).append(" ").append(String.join(", ", summary.byFamily().entrySet().stream()
                    .map(e -> family(e.getKey(), w) + " " + e.getValue()).toList())).append("\n");
        }
        out.append("  ").append(w.count(summary.recommendations(), "recommendation"));
        out.append(", ").append(w.get("text.savingsPotential")).append(" ").append(summary.annualSavings() == null
                ? w.get("text.notPricedWhy") : w.money(summary.annualSavings(), summary.currency()))
                .append(CostToServeSection.savingsNote(summary, language)).append("\n");
        out.append(CostToServeSection.text(audit, language));

        out.append("\n").append(w.get("findings")).append("\n");
        if (audit.findings().isEmpty()) {
            out.append("  ").append(w.get("text.none")).append("\n");
        }
        for (String family : families(audit.findings())) {
            out.append("  ").append(family(family, w)).append("\n");
            for (Finding finding : audit.findings()) {
                if (finding.family().equals(family)) {
                    out.append(findingLine(finding, finding.id(), "%-4s", w));
                    out.append("                 ").append(finding.message()).append("\n");
                }
            }
        }

        if (!audit.suppressed().isEmpty()) {
            out.append("\n").append(w.get("text.suppressedFindings")).append("\n");
            for (org.journeyaudit.engine.audit.SuppressedFinding s : audit.suppressed()) {
                Finding finding = s.finding();
                out.append(findingLine(finding, finding.id(), "%-4s", w));
                out.append("                 ").append(finding.message()).append("\n");
                out.append("                 ").append(w.get("text.suppressedFor", s.suppression().element(), s.suppression().reason()))
                        .append(s.suppression().expires() == null ? "" : " " + w.get("text.until", w.figures().date(s.suppression().expires())))
                        .append(" [").append(s.suppression().origin()).append("]\n");
            }
        }
        if (!audit.baselined().isEmpty()) {
            out.append("\n").append(w.get("text.baselinedFindings")).append("\n");
            for (Finding finding : audit.baselined()) {
                out.append(findingLine(finding, finding.id(), "%-4s", w));
                out.append("                 ").append(finding.message()).append("\n");
            }
        }
        if (!audit.suppressionNotes().isEmpty()) {
            out.append("\n").append(w.get("suppressions")).append("\n");
            for (org.journeyaudit.engine.audit.SuppressionNote n : audit.suppressionNotes()) {
                out.append("  ").append(status(n.status().word(), w).toUpperCase(w.language().locale())).append(" ").append(n.suppression().rule())
                        .append(" ").append(w.get("text.for", n.suppression().element())).append(" [").append(n.suppression().origin()).append("]: ")
                        .append(n.message()).append("\n");
            }
        }

        out.append("\n").append(w.get("recommendations")).append("\n");
        if (audit.recommendations().isEmpty()) {
            out.append("  ").append(w.get("text.none")).append("\n");
        }
        for (Recommendation r : audit.recommendations()) {
            out.append(String.format(Locale.ROOT, "  #%d %s  %s%n", r.rank(), r.priority(), r.title()));
            out.append("       ").append(w.get("text.recommendationFacts", r.action().word(), effort(r.effort().word(), w), r.score(),
                    String.join(", ", r.findings()))).append("\n");
            out.append("       ").append(w.get("text.saves")).append(" ").append(saving(r, w)).append("\n");
            out.append("       ").append(w.get("text.formula")).append(" ").append(r.impact().formula()).append("\n");
            for (String assumption : r.impact().assumptions()) {
                out.append("       ").append(w.get("text.assumed")).append(" ").append(assumption).append("\n");
            }
            String effort = customerEffort(r.impact().customerEffort(), w);
            if (!effort.isEmpty()) {
                out.append("       ").append(w.get("text.customer")).append(" ").append(effort).append("\n");
            }
            out.append("       ").append(w.get("text.why")).append(" ").append(r.why()).append("\n");
        }
        return out.toString();
    }

    /** {@code     ERROR   F1   redundancy/relay-step  [stage diagnose]}, the ids column as wide as the format says. */
    static String findingLine(Finding finding, String ids, String idsFormat, ReportWords w) {
        return String.format(Locale.ROOT, "    %-7s " + idsFormat + " %s%s%n", severityTag(finding.severity(), w), ids, finding.ruleId(),
                finding.stage() == null ? "" : "  [" + w.get("text.stage", finding.stage()) + "]");
    }

    public static String portfolio(Portfolio portfolio) {
        return portfolio(portfolio, Language.EN);
    }

    public static String portfolio(Portfolio portfolio, Language language) {
        ReportWords w = ReportWords.of(language);
        StringBuilder out = new StringBuilder();
        out.append(w.get("portfolio.title", w.count(portfolio.audits().size(), "journey")));
        if (!portfolio.rejected().isEmpty()) {
            out.append(", ").append(w.get("portfolio.invalid", portfolio.rejected().size()));
        }
        out.append("\n  ").append(w.count(portfolio.findings(), "finding")).append(": ");
        out.append(w.count(portfolio.findings(Severity.ERROR), "error.many")).append(", ")
                .append(w.count(portfolio.findings(Severity.WARNING), "warning.many")).append(", ")
                .append(w.count(portfolio.findings(Severity.INFO), "info")).append("\n");
        portfolio.annualSavings().forEach((currency, amount) ->
                out.append("  ").append(w.get("text.savingsPotential")).append(": ").append(w.money(amount, currency.isEmpty() ? null : currency)).append("\n"));
        out.append(String.format(Locale.ROOT, "  %-32s %6s %8s %6s %5s  %s%n", w.get("portfolio.journey"), w.get("portfolio.errors"),
                w.get("portfolio.warnings"), w.get("portfolio.info"), w.get("portfolio.recs"), w.get("portfolio.savings")));
        for (Audit audit : portfolio.worstFirst()) {
            AuditSummary s = AuditSummary.of(audit);
            out.append(String.format(Locale.ROOT, "  %-32s %6d %8d %6d %5d  %s%n", Portfolio.label(audit),
                    s.bySeverity().get(Severity.ERROR), s.bySeverity().get(Severity.WARNING), s.bySeverity().get(Severity.INFO),
                    s.recommendations(), w.money(s.annualSavings(), s.currency())));
        }
        for (Portfolio.Rejected rejected : portfolio.rejected()) {
            out.append("  ").append(rejected.source()).append(": ").append(w.get("portfolio.rejected", w.count(rejected.problems().size(), "problem")))
                    .append("\n");
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

    static String severityCounts(Map<Severity, Integer> counts, ReportWords w) {
        return w.count(counts.get(Severity.ERROR), "error") + ", " + w.count(counts.get(Severity.WARNING), "warning") + ", "
                + w.count(counts.get(Severity.INFO), "info");
    }

    /** The upper-case tag of a severity in a terminal line: {@code ERROR}, {@code WARNING}, {@code INFO}. */
    static String severityTag(Severity severity, ReportWords w) {
        return w.get("severity.tag." + severity.word());
    }

    static String severity(Severity severity, ReportWords w) {
        return w.get("severity." + severity.word());
    }

    /** A family by its name in the report's language; a family of custom checks keeps the name it was given. */
    static String family(String family, ReportWords w) {
        return w.getOr("family." + family, family);
    }

    static String effort(String effort, ReportWords w) {
        return w.get("effort." + effort);
    }

    static String status(String status, ReportWords w) {
        return w.getOr("status." + status, status);
    }

    static List<String> families(List<Finding> findings) {
        List<String> present = findings.stream().map(Finding::family).distinct().toList();
        List<String> ordered = new java.util.ArrayList<>(AuditSummary.FAMILIES.stream().filter(present::contains).toList());
        present.stream().filter(f -> !ordered.contains(f)).forEach(ordered::add);
        return ordered;
    }

    static String saving(Recommendation r, ReportWords w) {
        StringBuilder out = new StringBuilder(w.money(r.impact().annualSavings(), r.impact().currency()));
        if (r.impact().annualSavings() != null) {
            out.append(" ").append(w.get("aYear"));
        }
        if (r.impact().contactsAvoidedPerMonth() > 0) {
            out.append("; ").append(w.get("contactsAvoided", w.number(r.impact().contactsAvoidedPerMonth())));
        }
        if (r.impact().minutesSavedPerMonth() > 0) {
            out.append("; ").append(w.get("minutesSaved", w.number(r.impact().minutesSavedPerMonth())));
        }
        return out.toString();
    }

    public static String customerEffort(CustomerEffort effort, ReportWords w) {
        List<String> parts = new java.util.ArrayList<>();
        if (effort.requestsRemoved() > 0) {
            parts.add(w.get("fewer", w.count(effort.requestsRemoved(), "request")));
        }
        if (effort.handoffsRemoved() > 0) {
            parts.add(w.get("fewer", w.count(effort.handoffsRemoved(), "handoff")));
        }
        if (effort.channelSwitchesRemoved() > 0) {
            parts.add(w.get("fewer", w.count(effort.channelSwitchesRemoved(), "channelSwitch")));
        }
        if (effort.waitMinutesSaved() > 0) {
            parts.add(w.get("lessWaiting", w.number(effort.waitMinutesSaved())));
        }
        return String.join(", ", parts);
    }
}
