package org.journeyaudit.cli;

import java.util.List;
import java.util.function.Function;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.FailOn;
import org.journeyaudit.engine.audit.Portfolio;
import org.journeyaudit.engine.change.ChangeImpact;
import org.journeyaudit.engine.compare.JourneyComparison;
import org.journeyaudit.engine.compliance.ComplianceMatrix;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.report.ComparisonReport;
import org.journeyaudit.engine.report.ComplianceReport;
import org.journeyaudit.engine.report.CsvDialect;
import org.journeyaudit.engine.report.HtmlReport;
import org.journeyaudit.engine.report.ImpactReport;
import org.journeyaudit.engine.report.JUnitReport;
import org.journeyaudit.engine.report.JsonReport;
import org.journeyaudit.engine.report.MarkdownReport;
import org.journeyaudit.engine.report.SarifReport;
import org.journeyaudit.engine.report.TextReport;
import org.journeyaudit.engine.report.workbook.AuditWorkbook;
import org.journeyaudit.engine.rulebase.RuleDescription;

/**
 * Every report the command line writes, one method per command and each renderer called once, with the
 * language the request asked for at hand.
 */
final class Reports {

    private static final String TEXT_RULE = "\n" + "=".repeat(78) + "\n\n";
    private static final String MARKDOWN_RULE = "\n---\n\n";

    private Reports() {
    }

    /**
     * The report of {@code audit}: each journey's, then, for a directory or several files, the portfolio. SARIF and JUnit
     * XML are one document over every journey, with the rules the profile ran ({@code rules}); SARIF locates findings in
     * the journey files ({@code sources}, in the order of the audits).
     */
    static String audit(ReportFormat format, List<Audit> audits, List<Portfolio.Rejected> rejected, boolean portfolio, FailOn failOn,
            Language language, List<RuleDescription> rules, Function<Audit, SarifReport.Source> sources) {
        Portfolio all = new Portfolio(audits, rejected);
        return switch (format) {
            case SARIF -> SarifReport.write(audits.stream().map(sources).toList(), rules, JourneyAuditCommand.VERSION, language);
            case JUNIT -> JUnitReport.write(audits, rules, language);
            case JSON -> JsonReport.write(JsonReport.withOutcome(
                    portfolio ? JsonReport.portfolio(all, language) : JsonReport.audit(audits.get(0), language), failOn, failOn.fails(audits)));
            case TEXT -> joined(audits, a -> TextReport.audit(a, language), TEXT_RULE)
                    + (portfolio ? TEXT_RULE + TextReport.portfolio(all, language) : "");
            case MARKDOWN -> joined(audits, a -> MarkdownReport.audit(a, language), MARKDOWN_RULE)
                    + (portfolio ? MARKDOWN_RULE + MarkdownReport.portfolio(all, language) : "");
            // one document either way: several journeys are a portfolio even when named file by file
            case HTML -> portfolio || audits.size() > 1 ? HtmlReport.portfolio(all, language) : HtmlReport.audit(audits.get(0), language);
            case XLSX -> throw new IllegalArgumentException("a workbook is written by auditWorkbook, as bytes");
        };
    }

    /** The visual report of one journey audited beside its event log, with what the log shows laid over the map. */
    static String auditBesideLog(Audit audit, org.journeyaudit.engine.evidence.Evidence evidence, Language language) {
        return HtmlReport.audit(audit, evidence, language);
    }

        /** The audit as a workbook: one journey's, or, for a directory or several files, the portfolio's with a Portfolio sheet first. */
    static byte[] auditWorkbook(List<Audit> audits, List<Portfolio.Rejected> rejected, boolean portfolio, Language language) {
        return portfolio || audits.size() > 1 ? AuditWorkbook.portfolio(new Portfolio(audits, rejected), language)
                : AuditWorkbook.audit(audits.get(0), language);
    }

    /** The report of {@code compliance}. */
    static String compliance(ComplianceCommand.Format format, ComplianceMatrix matrix, FailOn failOn, boolean failed, Language language,
            CsvDialect dialect) {
        return switch (format) {
            case TEXT -> ComplianceReport.text(matrix, language);
            case JSON -> JsonReport.write(JsonReport.withOutcome(JsonReport.compliance(matrix), failOn, failed));
            case CSV -> ComplianceReport.csv(matrix, language, dialect);
            case MARKDOWN -> ComplianceReport.markdown(matrix, language);
            case XLSX -> throw new IllegalArgumentException("a workbook is written by ComplianceWorkbook, as bytes");
        };
    }

    /** The report of {@code diff}. */
    static String diff(DiffFormat format, JourneyComparison comparison, FailOn failOn, boolean failed, Language language) {
        return switch (format) {
            case JSON -> JsonReport.write(JsonReport.withOutcome(ComparisonReport.json(comparison, language), failOn, failed));
            case TEXT -> ComparisonReport.text(comparison, language);
            case MARKDOWN -> ComparisonReport.markdown(comparison, language);
            case HTML -> HtmlReport.diff(comparison, failOn, language);
        };
    }

    /** The report of {@code impact}. */
    static String impact(AnalysisFormat format, ChangeImpact impact, Language language) {
        return switch (format) {
            case JSON -> JsonReport.write(ImpactReport.json(impact));
            case TEXT -> ImpactReport.text(impact, language);
            case MARKDOWN -> ImpactReport.markdown(impact, language);
        };
    }

    private static String joined(List<Audit> audits, Function<Audit, String> writer, String separator) {
        return String.join(separator, audits.stream().map(writer).toList());
    }
}
