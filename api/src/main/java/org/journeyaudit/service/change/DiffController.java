package org.journeyaudit.service.change;

import java.util.concurrent.Callable;

import org.journeyaudit.engine.audit.AuditRequest;
import org.journeyaudit.engine.compare.JourneyComparator;
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

/** Two versions of a journey compared; the JSON of 'journey-audit diff --format json', or its HTML page. */
@RestController
class DiffController {

    private final JourneyComparator comparator;
    private final ChangeDocuments documents;
    private final ServiceRequests requests;

    DiffController(JourneyComparator comparator, ChangeDocuments documents, ServiceRequests requests) {
        this.comparator = comparator;
        this.documents = documents;
        this.requests = requests;
    }

    @Operation(summary = "Compare two versions of a journey", description = "The body is {\"before\": journey, \"after\": journey}. "
            + "Audits both as of the same date and answers the findings resolved, introduced, changed and unchanged, the measures, "
            + "the coverage and the savings potential before and after, the verdict with its reasons, and the outcome: failed when "
            + "the after version introduces a finding at or above failOn.")
    @PostMapping(path = "/api/diff", consumes = {JourneyMediaTypes.JSON, JourneyMediaTypes.YAML, JourneyMediaTypes.X_YAML,
            JourneyMediaTypes.TEXT_YAML}, produces = MediaType.APPLICATION_JSON_VALUE)
    Callable<ResponseEntity<String>> diff(@RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @Parameter(description = "audit date of both versions, YYYY-MM-DD (default today)") @RequestParam(required = false) String asOf,
            @Parameter(description = "error, warning, info or never (default error)") @RequestParam(required = false) String failOn,
            @Parameter(description = "the report's language, en or ru; beats Accept-Language") @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        AuditRequest request = requests.read(asOf, failOn, null, lang, acceptLanguage);
        ChangeDocuments.ComparisonRequest versions = documents.comparison(body, contentType);
        return () -> Reports.comparisonJson(comparator.compare(versions.before(), versions.after(), request.options()), request);
    }

    @Operation(summary = "Compare two versions of a journey into the visual report", description = "The same comparison as the "
            + "JSON report, as the self-contained HTML page of 'journey-audit diff --format html' (asked for with Accept: text/html): "
            + "the verdict, the measures, and the two coverage matrices and swimlanes side by side with what was resolved, "
            + "introduced, gained and lost marked.")
    @PostMapping(path = "/api/diff", consumes = {JourneyMediaTypes.JSON, JourneyMediaTypes.YAML, JourneyMediaTypes.X_YAML,
            JourneyMediaTypes.TEXT_YAML}, produces = MediaType.TEXT_HTML_VALUE)
    Callable<ResponseEntity<String>> diffAsHtml(@RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String failOn,
            @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        AuditRequest request = requests.read(asOf, failOn, null, lang, acceptLanguage);
        ChangeDocuments.ComparisonRequest versions = documents.comparison(body, contentType);
        return () -> Reports.comparisonHtml(comparator.compare(versions.before(), versions.after(), request.options()), request);
    }
}
