package org.journeyaudit.service.registry;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.journeyaudit.engine.JourneyAudit;
import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditRequest;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.compare.JourneyComparator;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.recommend.SavingsTotal;
import org.journeyaudit.engine.report.JsonReport;
import org.journeyaudit.service.document.JourneyDocuments;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/**
 * What the registry knows of its journeys' quality: audits of stored versions, kept with their whole report, the trend
 * of findings and savings they make, and any two versions compared. Audits run on the audit workers, within the same
 * budget and deadline as {@code POST /api/audits}.
 */
@RestController
class RegistryAuditController {

    private final StoredJourneys stored;
    private final AuditRuns runs;
    private final RegistryToken token;
    private final Auditor auditor;
    private final JourneyComparator comparator;
    private final ServiceRequests requests;

    RegistryAuditController(StoredJourneys stored, AuditRuns runs, RegistryToken token, Auditor auditor, JourneyComparator comparator,
            ServiceRequests requests) {
        this.stored = stored;
        this.runs = runs;
        this.token = token;
        this.auditor = auditor;
        this.comparator = comparator;
        this.requests = requests;
    }

    @Operation(summary = "Audit a stored version and keep the audit", description = "Query profile, asOf, lang as for "
            + "POST /api/audits; 201 with the audit's record and its JSON report, Location of the record. Needs the registry's token.")
    @PostMapping(path = RegistryController.JOURNEYS + "/{key}/versions/{version}/audits", produces = MediaType.APPLICATION_JSON_VALUE)
    Callable<ResponseEntity<Map<String, Object>>> audit(@PathVariable String key, @PathVariable String version,
            @RequestParam(required = false) String profile, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        token.requireWrite(authorization);
        AuditRequest request = requests.read(asOf, null, profile, lang, acceptLanguage);
        StoredJourneys.Read read = stored.read(key, version);
        return () -> {
            Audit audit = auditor.audit(read.journey(), request.options());
            SavingsTotal savings = SavingsTotal.of(read.journey(), audit.recommendations());
            AuditRun run = runs.record(new AuditRun(0, key, read.version().version(), audit.profile(), audit.asOf(), Instant.now(),
                    JourneyAudit.VERSION, audit.findings().size(), savings.annual() == null ? null : savings.annual().setScale(2, java.math.RoundingMode.HALF_UP), read.journey().currency(),
                    JsonReport.write(JsonReport.audit(audit, request.language()))));
            return ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.LOCATION, auditPath(run))
                    .contentType(MediaType.APPLICATION_JSON).body(RegistryJson.audit(run));
        };
    }

    @Operation(summary = "A kept audit", description = "Its record and its JSON report as it was answered.")
    @GetMapping(path = RegistryController.JOURNEYS + "/{key}/audits/{auditId}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> kept(@PathVariable String key, @PathVariable String auditId,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        token.requireRead(authorization);
        RegistryKeys.check(key);
        if (!auditId.matches("[1-9][0-9]{0,17}")) {
            throw new RefusedException(ProblemType.BAD_REQUEST, "'" + auditId + "' is not an audit's number");
        }
        return RegistryJson.audit(runs.find(key, Long.parseLong(auditId)).orElseThrow(() -> new RefusedException(
                ProblemType.NO_SUCH_JOURNEY, "the registry holds no audit " + auditId + " of '" + key + "'")));
    }

    @Operation(summary = "A journey's trend", description = "Its kept audits, oldest first: version, when, profile, findings "
            + "and annual savings.")
    @GetMapping(path = RegistryController.JOURNEYS + "/{key}/history", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> history(@PathVariable String key,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        token.requireRead(authorization);
        stored.latest(key);
        List<Map<String, Object>> points = runs.history(key).stream().map(RegistryJson::point).toList();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", key);
        json.put("points", points);
        return json;
    }

    @Operation(summary = "Compare two stored versions", description = "The JSON of POST /api/diff for versions 'from' and 'to' "
            + "(numbers or 'latest'); query asOf, failOn, lang as there.")
    @GetMapping(path = RegistryController.JOURNEYS + "/{key}/diff", produces = MediaType.APPLICATION_JSON_VALUE)
    Callable<ResponseEntity<String>> diff(@PathVariable String key, @RequestParam String from, @RequestParam String to,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String failOn,
            @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        return comparison(key, from, to, requests.read(asOf, failOn, null, lang, acceptLanguage), authorization, Reports::comparisonJson);
    }

    @Operation(summary = "Compare two stored versions into the visual report", description = "The same comparison as the JSON, "
            + "as the HTML page of POST /api/diff (asked for with Accept: text/html).")
    @GetMapping(path = RegistryController.JOURNEYS + "/{key}/diff", produces = MediaType.TEXT_HTML_VALUE)
    Callable<ResponseEntity<String>> diffAsHtml(@PathVariable String key, @RequestParam String from, @RequestParam String to,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String failOn,
            @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        return comparison(key, from, to, requests.read(asOf, failOn, null, lang, acceptLanguage), authorization, Reports::comparisonHtml);
    }

    /** Two stored versions compared on an audit worker and answered by {@code answer}; both read before the work is queued. */
    private Callable<ResponseEntity<String>> comparison(String key, String from, String to, AuditRequest request, String authorization,
            java.util.function.BiFunction<org.journeyaudit.engine.compare.JourneyComparison, AuditRequest, ResponseEntity<String>> answer) {
        token.requireRead(authorization);
        Journey before = stored.read(key, from).journey();
        Journey after = stored.read(key, to).journey();
        return () -> answer.apply(comparator.compare(before, after, request.options()), request);
    }

    private static String auditPath(AuditRun run) {
        return RegistryController.JOURNEYS + "/" + run.key() + "/audits/" + run.auditId();
    }
}
