package org.journeyaudit.service.compliance;

import java.util.List;
import java.util.concurrent.Callable;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditRequest;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.compliance.ComplianceMatrix;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.report.CsvDialect;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.journeyaudit.service.document.CheckDocuments;
import org.journeyaudit.service.document.JourneyMediaTypes;
import org.journeyaudit.service.report.CsvParameters;
import org.journeyaudit.service.report.Reports;
import org.journeyaudit.service.request.ServiceRequests;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** The portfolio compliance matrix of 'journey-audit compliance', for journeys posted as a batch. */
@RestController
@RequestMapping("/api/compliance")
class ComplianceController {

    private static final String CSV = "text/csv";

    private final Auditor auditor;
    private final RuleBase ruleBase;
    private final CheckDocuments documents;
    private final ServiceRequests requests;

    ComplianceController(Auditor auditor, RuleBase ruleBase, CheckDocuments documents, ServiceRequests requests) {
        this.auditor = auditor;
        this.ruleBase = ruleBase;
        this.documents = documents;
        this.requests = requests;
    }

    @Operation(summary = "Compliance matrix of a portfolio", description = "The body is {\"journeys\": [journey, ...], \"checks\": [check, ...]} "
            + "(checks optional: custom checks, reported as rules custom/<id>). Answers the "
            + "journeys x rules matrix (pass, fail, suppressed, n/a), counts per rule and journey, the worst journeys and most broken "
            + "rules, as 'journey-audit compliance --format json'; with Accept: text/csv, the CSV (csv=excel: a UTF-8 byte order mark and semicolons, as a spreadsheet "
            + "opens it; csvDelimiter=,|;|tab). Query: asOf, failOn, profile (built-in), lang, csv, csvDelimiter.")
    @PostMapping(consumes = {JourneyMediaTypes.JSON, JourneyMediaTypes.YAML, JourneyMediaTypes.X_YAML, JourneyMediaTypes.TEXT_YAML},
            produces = {MediaType.APPLICATION_JSON_VALUE, CSV})
    Callable<ResponseEntity<String>> compliance(@RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String failOn,
            @RequestParam(required = false) String profile, @RequestParam(required = false) String lang,
            @RequestParam(required = false) String csv, @RequestParam(required = false) String csvDelimiter,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        AuditRequest query = requests.read(asOf, failOn, profile, lang, acceptLanguage);
        CsvDialect dialect = CsvParameters.dialect(csv, csvDelimiter);
        CheckDocuments.CheckedPortfolio portfolio = documents.portfolio(body, contentType);
        AuditRequest request = query.withChecks(portfolio.checks());
        boolean asCsv = accept != null && accept.contains(CSV) && !accept.contains(MediaType.APPLICATION_JSON_VALUE);
        return () -> {
            List<Audit> audits = portfolio.journeys().stream().map((Journey j) -> auditor.audit(j, request.options())).toList();
            ComplianceMatrix matrix = ComplianceMatrix.of(audits, request.checks().addedTo(ruleBase.catalogue()), request.profile());
            return asCsv ? Reports.complianceCsv(matrix, request, dialect) : Reports.complianceJson(matrix, audits, request);
        };
    }
}
