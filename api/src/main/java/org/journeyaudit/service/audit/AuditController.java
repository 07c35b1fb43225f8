package org.journeyaudit.service.audit;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.audit.Portfolio;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.report.HtmlReport;
import org.journeyaudit.engine.report.JsonReport;
import org.journeyaudit.service.document.CheckDocuments;
import org.journeyaudit.service.document.JourneyDocuments;
import org.journeyaudit.service.document.JourneyMediaTypes;
import org.journeyaudit.service.profile.ServiceProfiles;
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
    private final Clock clock;
    private final ServiceProfiles profiles;
    private final CheckDocuments checkDocuments;

    AuditController(Auditor auditor, JourneyDocuments documents, Clock clock, ServiceProfiles profiles, CheckDocuments checkDocuments) {
        this.checkDocuments = checkDocuments;
        this.auditor = auditor;
        this.documents = documents;
        this.clock = clock;
        this.profiles = profiles;
    }

    @Operation(summary = "Audit one journey", description = "The body is a journey document. Answers the JSON report of "
            + "'journey-audit audit --format json': findings, ranked recommendations and the outcome at failOn.")
    @PostMapping(consumes = {JourneyMediaTypes.JSON, JourneyMediaTypes.YAML, JourneyMediaTypes.X_YAML, JourneyMediaTypes.TEXT_YAML},
            produces = MediaType.APPLICATION_JSON_VALUE)
    Callable<ResponseEntity<String>> audit(@RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @Parameter(description = "audit date, YYYY-MM-DD (default today)") @RequestParam(required = false) String asOf,
            @Parameter(description = "error, warning, info or never (default error)") @RequestParam(required = false) String failOn,
            @Parameter(description = "a built-in rule profile: recommended (default), copc or all") @RequestParam(required = false) String profile) {
        AuditQuery query = AuditQuery.parse(asOf, failOn, profile, profiles, clock);
        Journey journey = documents.journey(body, contentType);
        return () -> {
            Audit audit = auditor.audit(journey, query.options());
            return json(JsonReport.withOutcome(JsonReport.audit(audit), query.failOn(), query.failOn().fails(List.of(audit))));
        };
    }

    @Operation(summary = "Audit one journey into the visual report", description = "The same audit as the JSON report, "
            + "as the self-contained HTML report of 'journey-audit audit --format html' (asked for with Accept: text/html).")
    @PostMapping(consumes = {JourneyMediaTypes.JSON, JourneyMediaTypes.YAML, JourneyMediaTypes.X_YAML, JourneyMediaTypes.TEXT_YAML},
            produces = MediaType.TEXT_HTML_VALUE)
    Callable<ResponseEntity<String>> auditAsHtml(@RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String failOn,
            @RequestParam(required = false) String profile) {
        AuditQuery query = AuditQuery.parse(asOf, failOn, profile, profiles, clock);
        Journey journey = documents.journey(body, contentType);
        return () -> ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(HtmlReport.audit(auditor.audit(journey, query.options())));
    }

    @Operation(summary = "Audit several journeys", description = "The body is {\"journeys\": [journey, ...]}. Answers a "
            + "portfolio summary and each journey's report. If any journey is invalid, none is audited (422 lists every problem).")
    @PostMapping(path = "/batch", consumes = {JourneyMediaTypes.JSON, JourneyMediaTypes.YAML, JourneyMediaTypes.X_YAML,
            JourneyMediaTypes.TEXT_YAML}, produces = MediaType.APPLICATION_JSON_VALUE)
    Callable<ResponseEntity<String>> batch(@RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String failOn,
            @RequestParam(required = false) String profile) {
        AuditQuery query = AuditQuery.parse(asOf, failOn, profile, profiles, clock);
        List<Journey> journeys = documents.batch(body, contentType);
        return () -> {
            List<Audit> audits = journeys.stream().map((Journey journey) -> auditor.audit(journey, query.options())).toList();
            return json(JsonReport.withOutcome(JsonReport.portfolio(new Portfolio(audits, List.of())), query.failOn(),
                    query.failOn().fails(audits)));
        };
    }

    @Operation(summary = "Audit one journey with custom checks", description = "The body is {\"journey\": journey, \"checks\": "
            + "[check, ...]}: custom checks are data (a closed vocabulary, never code), reported as rules custom/<id>. Answers the JSON "
            + "report of 'journey-audit audit --checks FILE --format json'. Invalid checks are a 422 located under /checks/N/...")
    @PostMapping(path = "/checked", consumes = {JourneyMediaTypes.JSON, JourneyMediaTypes.YAML, JourneyMediaTypes.X_YAML,
            JourneyMediaTypes.TEXT_YAML}, produces = MediaType.APPLICATION_JSON_VALUE)
    Callable<ResponseEntity<String>> checked(@RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String failOn,
            @RequestParam(required = false) String profile) {
        AuditQuery query = AuditQuery.parse(asOf, failOn, profile, profiles, clock);
        CheckDocuments.Checked request = checkDocuments.checked(body, contentType);
        return () -> {
            Audit audit = auditor.audit(request.journey(), query.options().withChecks(request.checks()));
            return json(JsonReport.withOutcome(JsonReport.audit(audit), query.failOn(), query.failOn().fails(List.of(audit))));
        };
    }

    private static ResponseEntity<String> json(tools.jackson.databind.JsonNode report) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(JsonReport.write(report));
    }
}
