package org.journeyaudit.engine.report;

import static org.journeyaudit.engine.report.Markdown.code;
import static org.journeyaudit.engine.report.Markdown.text;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditSummary;
import org.journeyaudit.engine.audit.Portfolio;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.finding.Severity;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.recommend.Recommendation;

/** The report as Markdown, to paste into a client document or a wiki; every user text escaped by {@link Markdown}. */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String audit(Audit audit) {
        return audit(audit, Language.EN);
    }

    public static String audit(Audit audit, Language language) {
        ReportWords w = ReportWords.of(language);
        StringBuilder out = new StringBuilder();
        AuditSummary summary = AuditSummary.of(audit);
        out.append("# ").append(w.get("audit.title", text(audit.journey().displayName()))).append("\n\n");
        out.append(w.get("md.journey", code(audit.journey().id())));
        if (audit.journey().version() != null) {
            out.append(", ").append(w.get("version", text(audit.journey().version())));
        }
        out.append(", ").append(w.get("md.auditedAsOf", w.figures().date(audit.asOf())));
        if (!audit.profile().equals("recommended")) {
            out.append(" ").append(w.get("md.withProfile", text(audit.profile())));
        }
        out.append(".\n\n");

        out.append("## ").append(w.get("summary")).append("\n\n");
        out.append("- ").append(w.count(summary.findings(), "finding")).append(": ").append(TextReport.severityCounts(summary.bySeverity(), w));
        if (!audit.suppressed().isEmpty()) {
            out.append("; ").append(w.get("suppressedCount", audit.suppressed().size()));
        }
        if (!audit.baselined().isEmpty()) {
            out.append("; ").append(w.get("baselinedCount", audit.baselined().size()));
        }
        out.append("\n");
        if (!summary.byFamily().isEmpty()) {
            out.append("- ").append(w.get("md.byFamily")).append(" ").append(String.join(", ", summary.byFamily().entrySet().stream()
                    .map(e -> text(TextReport.family(e.getKey(), w)) + " " + e.getValue()).toList())).append("\n");
        }
        out.append("- ").append(w.count(summary.recommendations(), "recommendation")).append(", ").append(w.get("text.savingsPotential"))
                .append(" **").append(text(w.money(summary.annualSavings(), summary.currency()))).append("**")
                .append(text(CostToServeSection.savingsNote(summary, language))).append("\n\n");
        out.append(CostToServeSection.markdown(audit, language));

        out.append("## ").append(w.get("recommendations")).append("\n\n");
        if (audit.recommendations().isEmpty()) {
            out.append(w.get("md.none")).append("\n\n");
        } else {
            out.append(w.get("md.recommendationsHeader")).append("\n");
            out.append("|---:|---|---|---:|---|---|\n");
            for (Recommendation r : audit.recommendations()) {
                out.append("| ").append(r.rank()).append(" | ").append(r.priority()).append(" | ").append(text(r.title()))
                        .append(" | ").append(text(w.money(r.impact().annualSavings(), r.impact().currency()))).append(" | ")
                        .append(TextReport.effort(r.effort().word(), w)).append(" | ").append(text(String.join(", ", r.findings()))).append(" |\n");
            }
            out.append("\n");
            for (Recommendation r : audit.recommendations()) {
                out.append("### ").append(r.rank()).append(". ").append(text(r.title())).append("\n\n");
                out.append("- ").append(w.get("md.action", code(r.action().word()),
                        String.join(", ", r.targets().stream().map(Markdown::code).toList()))).append("\n");
                out.append("- ").append(w.get("md.saves")).append(" ").append(text(TextReport.saving(r, w))).append("\n");
                out.append("- ").append(w.get("md.formula")).append(" ").append(code(r.impact().formula())).append("\n");
                r.impact().assumptions().forEach(a -> out.append("- ").append(w.get("md.assumed")).append(" ").append(text(a)).append("\n"));
                String effort = TextReport.customerEffort(r.impact().customerEffort(), w);
                if (!effort.isEmpty()) {
                    out.append("- ").append(w.get("md.forTheCustomer")).append(" ").append(text(effort)).append("\n");
                }
                out.append("- ").append(w.get("md.why", r.priority())).append(" ").append(text(r.why())).append("\n\n");
            }
        }

        out.append("## ").append(w.get("findings")).append("\n\n");
        if (audit.findings().isEmpty()) {
            out.append(w.get("md.none")).append("\n");
        }
        for (String family : TextReport.families(audit.findings())) {
            out.append("### ").append(text(TextReport.family(family, w))).append("\n\n");
            out.append(w.get("md.findingsHeader")).append("\n|---|---|---|---|---|\n");
            for (Finding f : audit.findings()) {
                if (f.family().equals(family)) {
                    out.append("| ").append(text(f.id())).append(" | ").append(TextReport.severity(f.severity(), w)).append(" | ").append(code(f.ruleId()))
                            .append(" | ").append(text(f.stage())).append(" | ").append(text(f.message())).append(" |\n");
                }
            }
            out.append("\n");
        }
        if (!audit.suppressed().isEmpty()) {
            out.append("## ").append(w.get("md.suppressedFindings")).append("\n\n").append(w.get("md.suppressedIntro")).append("\n\n");
            out.append(w.get("md.suppressedHeader")).append("\n|---|---|---|---|---|---|---|---|\n");
            for (org.journeyaudit.engine.audit.SuppressedFinding s : audit.suppressed()) {
                Finding f = s.finding();
                out.append("| ").append(text(f.id())).append(" | ").append(TextReport.severity(f.severity(), w)).append(" | ").append(code(f.ruleId()))
                        .append(" | ").append(text(f.stage())).append(" | ").append(text(f.message()))
                        .append(" | ").append(code(s.suppression().element())).append(" | ").append(text(s.suppression().reason()))
                        .append(" | ").append(s.suppression().expires() == null ? "" : w.figures().date(s.suppression().expires())).append(" |\n");
            }
            out.append("\n");
        }
        if (!audit.baselined().isEmpty()) {
            out.append("## ").append(w.get("md.baselinedFindings")).append("\n\n").append(w.get("md.baselinedIntro")).append("\n\n");
            out.append(w.get("md.baselinedHeader")).append("\n|---|---|---|---|---|---|\n");
            for (Finding f : audit.baselined()) {
                out.append("| ").append(text(f.id())).append(" | ").append(TextReport.severity(f.severity(), w)).append(" | ").append(code(f.ruleId()))
                        .append(" | ").append(text(f.stage())).append(" | ").append(text(f.message())).append(" | ")
                        .append(String.join(", ", f.elements().stream().map(Markdown::code).toList())).append(" |\n");
            }
            out.append("\n");
        }
        if (!audit.suppressionNotes().isEmpty()) {
            out.append("## ").append(w.get("md.suppressionNotes")).append("\n\n").append(w.get("md.suppressionNotesHeader")).append("\n|---|---|---|---|---|\n");
            for (org.journeyaudit.engine.audit.SuppressionNote n : audit.suppressionNotes()) {
                out.append("| ").append(TextReport.status(n.status().word(), w)).append(" | ").append(code(n.suppression().rule())).append(" | ")
                        .append(code(n.suppression().element())).append(" | ").append(text(n.suppression().origin())).append(" | ")
                        .append(text(n.message())).append(" |\n");
            }
            out.append("\n");
        }
        return out.toString();
    }

    public static String portfolio(Portfolio portfolio) {
        return portfolio(portfolio, Language.EN);
    }

    public static String portfolio(Portfolio portfolio, Language language) {
        ReportWords w = ReportWords.of(language);
        StringBuilder out = new StringBuilder("# ").append(w.get("md.portfolioTitle")).append("\n\n");
        out.append("- ").append(w.get("md.journeysAudited", w.count(portfolio.audits().size(), "journey")));
        if (!portfolio.rejected().isEmpty()) {
            out.append(", ").append(w.get("portfolio.invalid", portfolio.rejected().size()));
        }
        out.append("\n- ").append(w.count(portfolio.findings(), "finding")).append("\n");
        portfolio.annualSavings().forEach((currency, amount) ->
                out.append("- ").append(w.get("md.savingsPotential")).append(" **").append(text(w.money(amount, currency.isEmpty() ? null : currency))).append("**\n"));
        out.append("\n").append(w.get("md.portfolioHeader")).append("\n|---|---:|---:|---:|---:|---:|\n");
        for (Audit audit : portfolio.worstFirst()) {
            AuditSummary s = AuditSummary.of(audit);
            out.append("| ").append(code(Portfolio.label(audit))).append(" | ").append(s.bySeverity().get(Severity.ERROR)).append(" | ")
                    .append(s.bySeverity().get(Severity.WARNING)).append(" | ").append(s.bySeverity().get(Severity.INFO)).append(" | ")
                    .append(s.recommendations()).append(" | ").append(text(w.money(s.annualSavings(), s.currency()))).append(" |\n");
        }
        portfolio.rejected().forEach(r -> out.append("\n").append(w.get("md.rejected", code(r.source()), w.count(r.problems().size(), "problem")))
                .append("\n"));
        return out.toString();
    }
}
