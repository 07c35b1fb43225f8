package org.journeyaudit.service.registry;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditRequest;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.change.ChangeRequest;
import org.journeyaudit.engine.change.ChangeRequestReader;
import org.journeyaudit.engine.change.ImpactAnalyzer;
import org.journeyaudit.engine.compliance.ComplianceMatrix;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.report.ImpactReport;
import org.journeyaudit.engine.report.JsonReport;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.journeyaudit.service.document.JourneyDocuments;
import org.journeyaudit.service.document.JourneyMediaTypes;
import org.journeyaudit.service.problem.ProblemType;
import org.journeyaudit.service.problem.RefusedException;
import org.journeyaudit.service.report.Reports;
import org.journeyaudit.service.request.ServiceRequests;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/**
 * The stored portfolio as a whole: its compliance matrix as it stood on a date, and the change requests weighed
 * against it, as a quality team and a change manager ask of it.
 */
@RestController
class RegistryPortfolioController {

    private final RegistryStore store;
    private final ChangeRequests changes;
    private final RegistryToken token;
    private final JourneyDocuments documents;
    private final ChangeRequestReader changeReader;
    private final ImpactAnalyzer analyzer;
    private final Auditor auditor;
    private final RuleBase ruleBase;
    private final ServiceRequests requests;

    RegistryPortfolioController(RegistryStore store, ChangeRequests changes, RegistryToken token, JourneyDocuments documents,
            ChangeRequestReader changeReader, ImpactAnalyzer analyzer, Auditor auditor, RuleBase ruleBase, ServiceRequests requests) {
        this.store = store;
        this.changes = changes;
        this.token = token;
        this.documents = documents;
        this.changeReader = changeReader;
        this.analyzer = analyzer;
        this.auditor = auditor;
        this.ruleBase = ruleBase;
        this.requests = requests;
    }

    @Operation(summary = "The stored portfolio's compliance as of a date", description = "Each journey's latest version stored "
            + "by the end of asOf (UTC; default today), audited as of that date: the JSON of POST /api/compliance. Query asOf, "
            + "failOn, profile, lang.")
    @GetMapping(path = "/api/registry/compliance", produces = MediaType.APPLICATION_JSON_VALUE)
    Callable<ResponseEntity<String>> compliance(@RequestParam(required = false) String asOf, @RequestParam(required = false) String failOn,
            @RequestParam(required = false) String profile, @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        token.requireRead(authorization);
        AuditRequest request = requests.read(asOf, failOn, profile, lang, acceptLanguage);
        List<Journey> portfolio = portfolio(request);
        return () -> {
            List<Audit> audits = portfolio.stream().map(j -> auditor.audit(j, request.options())).toList();
            ComplianceMatrix matrix = ComplianceMatrix.of(audits, request.checks().addedTo(ruleBase.catalogue()), request.profile());
            return Reports.complianceJson(matrix, audits, request);
        };
    }

    @Operation(summary = "Keep a change request and weigh it against the stored portfolio", description = "The body is a change "
            + "request document (YAML or JSON), validated as POST /api/impact does; query author (required). 201 with its "
            + "changeId and the impact on each journey's latest version. Needs the registry's token.")
    @PostMapping(path = "/api/registry/changes", consumes = {JourneyMediaTypes.JSON, JourneyMediaTypes.YAML, JourneyMediaTypes.X_YAML,
            JourneyMediaTypes.TEXT_YAML}, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> keep(@RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @RequestParam String author, @RequestParam(required = false) String asOf, @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        token.requireWrite(authorization);
        AuditRequest request = requests.read(asOf, null, null, lang, acceptLanguage);
        ChangeRequest change = changeReader.read("request body", body, JourneyMediaTypes.formatOf(contentType));
        String who = VersionNotes.author(author, "the query parameter 'author'");
        ChangeRequests.Kept kept = changes.keep(who, VersionNotes.storedType(contentType), new String(body, StandardCharsets.UTF_8));
        return ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.LOCATION, "/api/registry/changes/" + kept.changeId())
                .body(answer(kept, change, request));
    }

    @Operation(summary = "A kept change request's impact on the stored portfolio now", description = "Weighed against each "
            + "journey's latest version; query asOf, lang.")
    @GetMapping(path = "/api/registry/changes/{changeId}/impact", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> impact(@PathVariable String changeId, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        token.requireRead(authorization);
        AuditRequest request = requests.read(asOf, null, null, lang, acceptLanguage);
        if (!changeId.matches("[1-9][0-9]{0,17}")) {
            throw new RefusedException(ProblemType.BAD_REQUEST, "'" + changeId + "' is not a change request's number");
        }
        ChangeRequests.Kept kept = changes.find(Long.parseLong(changeId)).orElseThrow(() -> new RefusedException(
                ProblemType.NO_SUCH_JOURNEY, "the registry holds no change request " + changeId));
        ChangeRequest change = changeReader.read("change request " + changeId, kept.document().getBytes(StandardCharsets.UTF_8),
                JourneyMediaTypes.formatOf(MediaType.parseMediaType(kept.contentType())));
        return answer(kept, change, request);
    }

    private Map<String, Object> answer(ChangeRequests.Kept kept, ChangeRequest change, AuditRequest request) {
        List<Journey> latest = store.portfolioBefore(java.time.Instant.now().plusSeconds(1)).stream().map(this::journey).toList();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("changeId", kept.changeId());
        json.put("author", kept.author());
        json.put("createdAt", kept.createdAt().toString());
        json.put("impact", new RawJson(JsonReport.write(ImpactReport.json(analyzer.analyse(change, latest, request.asOf(),
                request.language())))));
        return json;
    }

    private List<Journey> portfolio(AuditRequest request) {
        return store.portfolioBefore(request.asOf().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)).stream().map(this::journey).toList();
    }

    private Journey journey(StoredDocument stored) {
        return documents.journey(stored.document().getBytes(StandardCharsets.UTF_8), MediaType.parseMediaType(stored.contentType()));
    }
}
