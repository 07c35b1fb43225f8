package org.journeyaudit.service.report;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.journeyaudit.engine.JourneyAudit;
import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditRequest;
import org.journeyaudit.engine.audit.Portfolio;
import org.journeyaudit.engine.change.ChangeImpact;
import org.journeyaudit.engine.compare.JourneyComparison;
import org.journeyaudit.engine.compliance.ComplianceMatrix;
import org.journeyaudit.engine.document.ElementLocations;
import org.journeyaudit.engine.report.ComparisonReport;
import org.journeyaudit.engine.report.ComplianceReport;
import org.journeyaudit.engine.report.CsvDialect;
import org.journeyaudit.engine.report.HtmlReport;
import org.journeyaudit.engine.report.ImpactReport;
import org.journeyaudit.engine.report.JUnitReport;
import org.journeyaudit.engine.report.JsonReport;
import org.journeyaudit.engine.report.SarifReport;
import org.journeyaudit.engine.rulebase.RuleDescription;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every report the service answers with, one method per answer and each renderer called once, in the
 * language of the request. Each answer says its language ({@code Content-Language}) and that it depends on
 * the client's {@code Accept-Language} ({@code Vary}), so a cache never hands a Russian report to an English
 * reader.
 */
public final class Reports {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    /** SARIF 2.1.0, for code scanning. */
    public static final MediaType SARIF = MediaType.parseMediaType("application/sarif+json");
    /** JUnit XML, for a CI server's test report. */
    public static final MediaType JUNIT = new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8);
    /** The artifact SARIF names when the request does not say the journey's file name. */
    public static final String DEFAULT_ARTIFACT = "journey.yaml";

    private Reports() {
    }

    /** One journey's JSON report with the outcome at the request's {@code failOn}. */
    public static ResponseEntity<String> auditJson(Audit audit, AuditRequest request) {
        return answer(request, MediaType.APPLICATION_JSON, JsonReport.write(JsonReport.withOutcome(JsonReport.audit(audit, request.language()), request.failOn(),
                request.failOn().fails(List.of(audit)))));
    }

    /** One journey's self-contained visual report. */
    public static ResponseEntity<String> auditHtml(Audit audit, AuditRequest request) {
        return answer(request, HTML, HtmlReport.audit(audit, request.language()));
    }

    /** The portfolio summary and each journey's report. */
    public static ResponseEntity<String> portfolioJson(List<Audit> audits, AuditRequest request) {
        return answer(request, MediaType.APPLICATION_JSON, JsonReport.write(JsonReport.withOutcome(
                JsonReport.portfolio(new Portfolio(audits, List.of()), request.language()), request.failOn(), request.failOn().fails(audits))));
    }

    /** Two versions of a journey compared, failed when the after version introduces a finding at or above {@code failOn}. */
    public static ResponseEntity<String> comparisonJson(JourneyComparison comparison, AuditRequest request) {
        return answer(request, MediaType.APPLICATION_JSON, JsonReport.write(JsonReport.withOutcome(ComparisonReport.json(comparison, request.language()),
                request.failOn(), comparison.failedBy(request.failOn()))));
    }

    /** The two versions side by side in the visual comparison. */
    public static ResponseEntity<String> comparisonHtml(JourneyComparison comparison, AuditRequest request) {
        return answer(request, HTML, HtmlReport.diff(comparison, request.failOn(), request.language()));
    }

    /** What a change request touches. */
    public static ResponseEntity<String> impactJson(ChangeImpact impact, AuditRequest request) {
        return answer(request, MediaType.APPLICATION_JSON, JsonReport.write(ImpactReport.json(impact)));
    }

    /** The compliance matrix of a portfolio with the outcome at {@code failOn}. */
    public static ResponseEntity<String> complianceJson(ComplianceMatrix matrix, List<Audit> audits, AuditRequest request) {
        return answer(request, MediaType.APPLICATION_JSON, JsonReport.write(JsonReport.withOutcome(JsonReport.compliance(matrix),
                request.failOn(), request.failOn().fails(audits))));
    }

    /** The compliance matrix as one row per journey, for a spreadsheet, in the dialect asked for. */
    public static ResponseEntity<String> complianceCsv(ComplianceMatrix matrix, AuditRequest request, CsvDialect dialect) {
        return answer(request, CSV, ComplianceReport.csv(matrix, request.language(), dialect));
    }

    /**
     * One journey's audit as SARIF 2.1.0, its results located in the posted document named {@code artifact}, with the rules
     * the request's profile ran; baselined findings are results with a baseline state, as the command line writes them.
     */
    public static ResponseEntity<String> auditSarif(Audit audit, ElementLocations locations, String artifact, List<RuleDescription> rules,
            AuditRequest request) {
        return answer(request, SARIF, SarifReport.write(List.of(new SarifReport.Source(audit, artifact, locations)), rules,
                JourneyAudit.VERSION, request.language()));
    }

    /** One journey's audit as JUnit XML: a test suite of the rules run, a failure per open finding. */
    public static ResponseEntity<String> auditJUnit(Audit audit, List<RuleDescription> rules, AuditRequest request) {
        return answer(request, JUNIT, JUnitReport.write(List.of(audit), rules, request.language()));
    }

    private static ResponseEntity<String> answer(AuditRequest request, MediaType type, String body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_LANGUAGE, request.language().tag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .body(body);
    }
}
