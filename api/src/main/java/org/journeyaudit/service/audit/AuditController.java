package org.journeyaudit.service.audit;

import java.util.List;
import java.util.concurrent.Callable;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditRequest;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.service.document.CheckDocuments;
import org.journeyaudit.service.document.JourneyDocuments;
import org.journeyaudit.service.document.JourneyMediaTypes;
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
import io.swagger.v3.oas.annotations.Parameter;

/**
 * Audits journeys posted as YAML or JSON; answers the command line's JSON report, written by the same serializer.
 * The body is read on the request's thread; the audit itself runs on an audit worker (see
 * {@link org.journeyaudit.service.work.RunningAudits}), which stops it when the client leaves.
 */
@RestController
@RequestMapping("/api/audits")
class AuditController {

    private final Auditor auditor;
    private final JourneyDocuments documents;
    private final ServiceRequests requests;
    private final CheckDocuments checkDocuments;

    AuditController(Auditor auditor, JourneyDocuments documents, ServiceRequests requests, CheckDocuments checkDocuments) {
        this.auditor = auditor;
        this.documents = documents;
        this.requests = requests;
        this.checkDocuments = checkDocuments;
    }

    @Operation(summary = "Audit one journey", description = "The body is a journey document. Answers the JSON report of "
            + "'journey-audit audit --format json': findings, ranked recommendations and the outcome at failOn, in the language "
            + "of lang or, without it, of Accept-Language (Content-Language says which).")
    @PostMapping(consumes = {JourneyMediaTypes.JSON, JourneyMediaTypes.YAML, JourneyMediaTypes.X_YAML, JourneyMediaTypes.TEXT_YAML},
            produces = MediaType.APPLICATION_JSON_VALUE)
    Callable<ResponseEntity<String>> audit(@RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @Parameter(description = "audit date, YYYY-MM-DD (default today)") @RequestParam(required = false) String asOf,
            @Parameter(description = "error, warning, info or never (default error)") @RequestParam(required = false) String failOn,
            @Parameter(description = "a built-in rule profile: recommended (default), copc or all") @RequestParam(required = false) String profile,
            @Parameter(description = "the report's language, en or ru; beats Accept-Language") @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        AuditRequest request = requests.read(asOf, failOn, profile, lang, acceptLanguage);
        Journey journey = documents.journey(body, contentType);
        return () -> Reports.auditJson(auditor.audit(journey, request.options()), request);
    }

    @Operation(summary = "Audit one journey into the visual report", description = "The same audit as the JSON report, "
            + "as the self-contained HTML report of 'journey-audit audit --format html' (asked for with Accept: text/html).")
    @PostMapping(consumes = {JourneyMediaTypes.JSON, JourneyMediaTypes.YAML, JourneyMediaTypes.X_YAML, JourneyMediaTypes.TEXT_YAML},
            produces = MediaType.TEXT_HTML_VALUE)
    Callable<ResponseEntity<String>> auditAsHtml(@RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String failOn,
            @RequestParam(required = false) String profile, @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        AuditRequest request = requests.read(asOf, failOn, profile, lang, acceptLanguage);
        Journey journey = documents.journey(body, contentType);
        return () -> Reports.auditHtml(auditor.audit(journey, request.options()), request);
    }

    @Operation(summary = "Audit several journeys", description = "The body is {\"journeys\": [journey, ...]}. Answers a "
            + "portfolio summary and each journey's report. If any journey is invalid, none is audited (422 lists every problem).")
    @PostMapping(path = "/batch", consumes = {JourneyMediaTypes.JSON, JourneyMediaTypes.YAML, JourneyMediaTypes.X_YAML,
            JourneyMediaTypes.TEXT_YAML}, produces = MediaType.APPLICATION_JSON_VALUE)
    Callable<ResponseEntity<String>> batch(@RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String failOn,
            @RequestParam(required = false) String profile, @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        AuditRequest request = requests.read(asOf, failOn, profile, lang, acceptLanguage);
        List<Journey> journeys = documents.batch(body, contentType);
        return () -> {
            List<Audit> audits = journeys.stream().map((Journey journey) -> auditor.audit(journey, request.options())).toList();
            return Reports.portfolioJson(audits, request);
        };
    }

    @Operation(summary = "Audit one journey with custom checks", description = "The body is {\"journey\": journey, \"checks\": "
            + "[check, ...]}: custom checks are data (a closed vocabulary, never code), reported as rules custom/<id>. Answers the JSON "
            + "report of 'journey-audit audit --checks FILE --format json'. Invalid checks are a 422 located under /checks/N/...")
    @PostMapping(path = "/checked", consumes = {JourneyMediaTypes.JSON, JourneyMediaTypes.YAML, JourneyMediaTypes.X_YAML,
            JourneyMediaTypes.TEXT_YAML}, produces = MediaType.APPLICATION_JSON_VALUE)
    Callable<ResponseEntity<String>> checked(@RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String failOn,
            @RequestParam(required = false) String profile, @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        AuditRequest query = requests.read(asOf, failOn, profile, lang, acceptLanguage);
        CheckDocuments.Checked checked = checkDocuments.checked(body, contentType);
        AuditRequest request = query.withChecks(checked.checks());
        return () -> Reports.auditJson(auditor.audit(checked.journey(), request.options()), request);
    }
}
