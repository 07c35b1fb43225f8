package org.journeyaudit.service.audit;

import java.util.List;
import java.util.concurrent.Callable;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditRequest;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.document.ElementLocations;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.journeyaudit.engine.rulebase.RuleDescription;
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
    private final RuleBase ruleBase;

    AuditController(Auditor auditor, JourneyDocuments documents, ServiceRequests requests, CheckDocuments checkDocuments, RuleBase ruleBase) {
        this.auditor = auditor;
        this.documents = documents;
        this.requests = requests;
        this.checkDocuments = checkDocuments;
        this.ruleBase = ruleBase;
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

    @Operation(summary = "Audit one journey for CI", description = "The same audit as SARIF 2.1.0 (Accept: application/sarif+json), "
            + "as 'journey-audit audit --format sarif' writes it, each result located in the posted document, named by the query "
            + "parameter file (default journey.yaml); or as JUnit XML (Accept: application/xml), as '--format junit' writes it.")
    @PostMapping(consumes = {JourneyMediaTypes.JSON, JourneyMediaTypes.YAML, JourneyMediaTypes.X_YAML, JourneyMediaTypes.TEXT_YAML},
            produces = {"application/sarif+json", MediaType.APPLICATION_XML_VALUE})
    Callable<ResponseEntity<String>> auditForCi(@RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String failOn,
            @RequestParam(required = false) String profile, @RequestParam(required = false) String lang,
            @Parameter(description = "the journey's file name, as SARIF locates results in it (default journey.yaml)")
            @RequestParam(required = false) String file,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        AuditRequest request = requests.read(asOf, failOn, profile, lang, acceptLanguage);
        CiAnswer answer = CiAnswer.of(accept);
        String artifact = CiAnswer.artifact(file);
        Journey journey = documents.journey(body, contentType);
        ElementLocations locations = answer == CiAnswer.SARIF ? documents.locations(body, contentType) : ElementLocations.unknown();
        return () -> answer(auditor.audit(journey, request.options()), answer, locations, artifact, request);
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
            + "report of 'journey-audit audit --checks FILE --format json'. Invalid checks are a 422 located under /checks/N/... "
            + "An optional baseline ({\"findings\": [...]}, as 'journey-audit baseline create' writes it) lists its findings apart "
            + "as baselined, as 'audit --baseline' does; Accept: application/sarif+json or application/xml answers SARIF or JUnit XML.")
    @PostMapping(path = "/checked", consumes = {JourneyMediaTypes.JSON, JourneyMediaTypes.YAML, JourneyMediaTypes.X_YAML,
            JourneyMediaTypes.TEXT_YAML}, produces = {MediaType.APPLICATION_JSON_VALUE, "application/sarif+json", MediaType.APPLICATION_XML_VALUE})
    Callable<ResponseEntity<String>> checked(@RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String failOn,
            @RequestParam(required = false) String profile, @RequestParam(required = false) String lang,
            @RequestParam(required = false) String file,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        AuditRequest query = requests.read(asOf, failOn, profile, lang, acceptLanguage);
        CiAnswer answer = CiAnswer.of(accept);
        String artifact = CiAnswer.artifact(file);
        CheckDocuments.Checked checked = checkDocuments.checked(body, contentType);
        AuditRequest request = query.withChecks(checked.checks());
        return () -> {
            Audit audit = auditor.audit(checked.journey(), request.options());
            return answer(checked.baseline() == null ? audit : checked.baseline().apply(audit), answer, checked.locations(), artifact, request);
        };
    }

    private ResponseEntity<String> answer(Audit audit, CiAnswer answer, ElementLocations locations, String artifact, AuditRequest request) {
        return switch (answer) {
            case JSON -> Reports.auditJson(audit, request);
            case SARIF -> Reports.auditSarif(audit, locations, artifact, rulesRun(request), request);
            case JUNIT -> Reports.auditJUnit(audit, rulesRun(request), request);
        };
    }

    /** The rules the request's profile ran, its custom checks among them, as the command line lists them in SARIF and JUnit. */
    private List<RuleDescription> rulesRun(AuditRequest request) {
        return request.checks().addedTo(ruleBase.catalogue()).rules().stream().filter(request.profile()::enabled).toList();
    }
}
