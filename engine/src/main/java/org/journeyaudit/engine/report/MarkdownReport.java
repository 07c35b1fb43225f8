package org.journeyaudit.engine.report;

import static org.journeyaudit.engine.report.Markdown.code;
import static org.journeyaudit.engine.report.Markdown.text;
import static org.journeyaudit.engine.report.Numbers.money;
import static org.journeyaudit.engine.report.Numbers.plural;

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
        StringBuilder out = new StringBuilder();
        AuditSummary summary = AuditSummary.of(audit);
        out.append("# Journey audit: ").append(text(audit.journey().displayName())).append("\n\n");
        out.append("Journey ").append(code(audit.journey().id()));
        if (audit.journey().version() != null) {
            out.append(", version ").append(text(audit.journey().version()));
        }
        out.append(", audited as of ").append(audit.asOf());
        if (!audit.profile().equals("recommended")) {
            out.append(" with the profile ").append(text(audit.profile()));
        }
        out.append(".\n\n");

        out.append("## Summary\n\n");
        out.append("- ").append(plural(summary.findings(), "finding")).append(": ").append(TextReport.severityCounts(summary.bySeverity()));
        if (!audit.suppressed().isEmpty()) {
            out.append("; ").append(audit.suppressed().size()).append(" suppressed");
        }
        out.append("\n");
        if (!summary.byFamily().isEmpty()) {
            out.append("- By family: ").append(String.join(", ", summary.byFamily().entrySet().stream()
                    .map(e -> text(e.getKey()) + " " + e.getValue()).toList())).append("\n");
        }
        out.append("- ").append(plural(summary.recommendations(), "recommendation")).append(", annual savings potential **")
                .append(text(money(summary.annualSavings(), summary.currency()))).append("**")
                .append(text(CostToServeSection.savingsNote(summary, language))).append("\n\n");
        out.append(CostToServeSection.markdown(audit, language));

        out.append("## Recommendations\n\n");
        if (audit.recommendations().isEmpty()) {
            out.append("None.\n\n");
        } else {
            out.append("| Rank | Priority | Recommendation | Annual savings | Effort | Answers |\n");
            out.append("|---:|---|---|---:|---|---|\n");
            for (Recommendation r : audit.recommendations()) {
                out.append("| ").append(r.rank()).append(" | ").append(r.priority()).append(" | ").append(text(r.title()))
                        .append(" | ").append(text(money(r.impact().annualSavings(), r.impact().currency()))).append(" | ")
                        .append(r.effort().word()).append(" | ").append(text(String.join(", ", r.findings()))).append(" |\n");
            }
            out.append("\n");
            for (Recommendation r : audit.recommendations()) {
                out.append("### ").append(r.rank()).append(". ").append(text(r.title())).append("\n\n");
                out.append("- Action: ").append(code(r.action().word())).append(" on ")
                        .append(String.join(", ", r.targets().stream().map(Markdown::code).toList())).append("\n");
                out.append("- Saves: ").append(text(TextReport.saving(r))).append("\n");
                out.append("- Formula: ").append(code(r.impact().formula())).append("\n");
                r.impact().assumptions().forEach(a -> out.append("- Assumed: ").append(text(a)).append("\n"));
                String effort = TextReport.customerEffort(r.impact().customerEffort());
                if (!effort.isEmpty()) {
                    out.append("- For the customer: ").append(text(effort)).append("\n");
                }
                out.append("- Why ").append(r.priority()).append(": ").append(text(r.why())).append("\n\n");
            }
        }

        out.append("## Findings\n\n");
        if (audit.findings().isEmpty()) {
            out.append("None.\n");
        }
        for (String family : TextReport.families(audit.findings())) {
            out.append("### ").append(text(family)).append("\n\n");
            out.append("| Id | Severity | Rule | Stage | Finding |\n|---|---|---|---|---|\n");
            for (Finding f : audit.findings()) {
                if (f.family().equals(family)) {
                    out.append("| ").append(text(f.id())).append(" | ").append(f.severity().word()).append(" | ").append(code(f.ruleId()))
                            .append(" | ").append(text(f.stage())).append(" | ").append(text(f.message())).append(" |\n");
                }
            }
            out.append("\n");
        }
        if (!audit.suppressed().isEmpty()) {
            out.append("## Suppressed findings\n\nAccepted by the journey's owners; not counted above.\n\n");
            out.append("| Id | Severity | Rule | Stage | Finding | Suppressed for | Reason | Until |\n|---|---|---|---|---|---|---|---|\n");
            for (org.journeyaudit.engine.audit.SuppressedFinding s : audit.suppressed()) {
                Finding f = s.finding();
                out.append("| ").append(text(f.id())).append(" | ").append(f.severity().word()).append(" | ").append(code(f.ruleId()))
                        .append(" | ").append(text(f.stage())).append(" | ").append(text(f.message()))
                        .append(" | ").append(code(s.suppression().element())).append(" | ").append(text(s.suppression().reason()))
                        .append(" | ").append(s.suppression().expires() == null ? "" : s.suppression().expires()).append(" |\n");
            }
            out.append("\n");
        }
        if (!audit.suppressionNotes().isEmpty()) {
            out.append("## Suppressions not applied or unused\n\n| Status | Rule | Element | Where | Note |\n|---|---|---|---|---|\n");
            for (org.journeyaudit.engine.audit.SuppressionNote n : audit.suppressionNotes()) {
                out.append("| ").append(n.status().word()).append(" | ").append(code(n.suppression().rule())).append(" | ")
                        .append(code(n.suppression().element())).append(" | ").append(text(n.suppression().origin())).append(" | ")
                        .append(text(n.message())).append(" |\n");
            }
            out.append("\n");
        }
        return out.toString();
    }

    public static String portfolio(Portfolio portfolio) {
        StringBuilder out = new StringBuilder("# Portfolio summary\n\n");
        out.append("- ").append(plural(portfolio.audits().size(), "journey")).append(" audited");
        if (!portfolio.rejected().isEmpty()) {
            out.append(", ").append(portfolio.rejected().size()).append(" invalid");
        }
        out.append("\n- ").append(plural(portfolio.findings(), "finding")).append("\n");
        portfolio.annualSavings().forEach((currency, amount) ->
                out.append("- Annual savings potential: **").append(text(money(amount, currency.isEmpty() ? null : currency))).append("**\n"));
        out.append("\n| Journey | Errors | Warnings | Info | Recommendations | Annual savings |\n|---|---:|---:|---:|---:|---:|\n");
        for (Audit audit : portfolio.worstFirst()) {
            AuditSummary s = AuditSummary.of(audit);
            out.append("| ").append(code(Portfolio.label(audit))).append(" | ").append(s.bySeverity().get(Severity.ERROR)).append(" | ")
                    .append(s.bySeverity().get(Severity.WARNING)).append(" | ").append(s.bySeverity().get(Severity.INFO)).append(" | ")
                    .append(s.recommendations()).append(" | ").append(text(money(s.annualSavings(), s.currency()))).append(" |\n");
        }
        portfolio.rejected().forEach(r -> out.append("\n").append(code(r.source())).append(" is invalid: ")
                .append(plural(r.problems().size(), "problem")).append(".\n"));
        return out.toString();
    }
}
