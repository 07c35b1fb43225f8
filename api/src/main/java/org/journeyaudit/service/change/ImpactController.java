package org.journeyaudit.service.change;

import org.journeyaudit.engine.audit.AuditRequest;
import org.journeyaudit.engine.change.ImpactAnalyzer;
import org.journeyaudit.service.document.ChangeDocuments;
import org.journeyaudit.service.document.JourneyMediaTypes;
import org.journeyaudit.service.report.Reports;
import org.journeyaudit.service.request.ServiceRequests;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

/** What a change request touches in the journeys posted with it; the JSON of 'journey-audit impact --format json'. */
@RestController
class ImpactController {

    private final ImpactAnalyzer analyzer;
    private final ChangeDocuments documents;
    private final ServiceRequests requests;

    ImpactController(ImpactAnalyzer analyzer, ChangeDocuments documents, ServiceRequests requests) {
        this.analyzer = analyzer;
        this.documents = documents;
        this.requests = requests;
    }

    @Operation(summary = "Analyse the impact of a change", description = "The body is {\"change\": change request, \"journeys\": "
            + "[journey, ...]}. Answers the classification, every affected journey ranked by exposure with its stages, touchpoints, "
            + "steps and items and why, related journeys, references that match nothing, and the checklist the standard demands. "
            + "If the change request or any journey is invalid, nothing is analysed (422 lists every problem).")
    @PostMapping(path = "/api/impact", consumes = {JourneyMediaTypes.JSON, JourneyMediaTypes.YAML, JourneyMediaTypes.X_YAML,
            JourneyMediaTypes.TEXT_YAML}, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> impact(@RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @Parameter(description = "analysis date, YYYY-MM-DD (default today)") @RequestParam(required = false) String asOf,
            @Parameter(description = "the report's language, en or ru; beats Accept-Language") @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        AuditRequest request = requests.read(asOf, null, null, lang, acceptLanguage);
        ChangeDocuments.ImpactRequest posted = documents.impact(body, contentType);
        return Reports.impactJson(analyzer.analyse(posted.change(), posted.journeys(), request.asOf(), request.language()), request);
    }
}
