package org.journeyaudit.service.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.journeyaudit.engine.audit.AuditCancelledException;
import org.journeyaudit.engine.audit.AuditRequest;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.document.DocPath;
import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.document.Location;
import org.journeyaudit.engine.document.Problem;
import org.journeyaudit.engine.evidence.BoundedLog;
import org.journeyaudit.engine.evidence.EventLog;
import org.journeyaudit.engine.evidence.Evidence;
import org.journeyaudit.engine.evidence.EvidenceFacts;
import org.journeyaudit.engine.evidence.EvidenceFindings;
import org.journeyaudit.engine.evidence.LogMapping;
import org.journeyaudit.engine.evidence.LogMappingReader;
import org.journeyaudit.engine.evidence.LogSource;
import org.journeyaudit.engine.evidence.ObservedMeasures;
import org.journeyaudit.engine.evidence.StrictLog;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.report.EvidenceReport;
import org.journeyaudit.service.EvidenceUploads;
import org.journeyaudit.service.ServiceProperties;
import org.journeyaudit.service.problem.InvalidPartException;
import org.journeyaudit.service.report.Reports;
import org.journeyaudit.service.request.ServiceRequests;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * Sets a journey beside the event log it produces, as {@code journey-audit evidence} does: a form upload of the journey,
 * the log (CSV, XES or either gzip-compressed) and, optionally, the mapping. Parts are read on the request's thread only
 * as far as telling what they are; the log is read on an audit worker, within the answer's deadline, and the reading
 * stops when the client leaves, so a huge log cannot hold the service.
 */
@RestController
class EvidenceController {

    private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);
    private static final List<MediaType> GZIP = List.of(MediaType.parseMediaType("application/gzip"),
            MediaType.parseMediaType("application/x-gzip"));
    private static final List<MediaType> XML = List.of(MediaType.APPLICATION_XML, MediaType.TEXT_XML,
            MediaType.parseMediaType("application/*+xml"));

    private final Auditor auditor;
    private final JourneyReader reader;
    private final ServiceRequests requests;
    private final ServiceProperties properties;

    EvidenceController(Auditor auditor, JourneyReader reader, ServiceRequests requests, ServiceProperties properties) {
        this.auditor = auditor;
        this.reader = reader;
        this.requests = requests;
        this.properties = properties;
    }

    @Operation(summary = "Set a journey beside its event log", description = "A multipart/form-data upload: 'journey' (YAML or "
            + "JSON), 'log' (CSV, XES, .gz of either: told by its file name or content type) and optionally 'mapping' (YAML). "
            + "Answers the JSON report of 'journey-audit evidence --format json'; rows that cannot be read are counted in it, "
            + "or, with strict=true, the first one is a 422 at its line.")
    @PostMapping(path = EvidenceUploads.PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Callable<ResponseEntity<String>> evidence(@RequestPart("journey") MultipartFile journey, @RequestPart("log") MultipartFile log,
            @RequestPart(value = "mapping", required = false) MultipartFile mapping,
            @Parameter(description = "stop at the first row of the log that cannot be read (default false)")
            @RequestParam(required = false) Boolean strict,
            @Parameter(description = "date of the audit of the observed figures, YYYY-MM-DD (default today)")
            @RequestParam(required = false) String asOf,
            @Parameter(description = "the report's language, en or ru; beats Accept-Language") @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return run(journey, log, mapping, Boolean.TRUE.equals(strict), asOf, lang, acceptLanguage, false);
    }

    @Operation(summary = "Set a journey beside its event log, as text", description = "The same evidence as the JSON report, "
            + "as the text report of 'journey-audit evidence' (asked for with Accept: text/plain).")
    @PostMapping(path = EvidenceUploads.PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.TEXT_PLAIN_VALUE)
    Callable<ResponseEntity<String>> evidenceAsText(@RequestPart("journey") MultipartFile journey, @RequestPart("log") MultipartFile log,
            @RequestPart(value = "mapping", required = false) MultipartFile mapping, @RequestParam(required = false) Boolean strict,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return run(journey, log, mapping, Boolean.TRUE.equals(strict), asOf, lang, acceptLanguage, true);
    }

    @Operation(summary = "Audit one journey beside its event log", description = "As 'journey-audit audit --log FILE "
            + "[--mapping FILE] --format json': a multipart/form-data upload of 'journey', 'log' and optionally 'mapping', as for "
            + "POST /api/evidence; query asOf, failOn, profile, lang as for the journey alone. The report holds the evidence "
            + "rules' findings beside the others.")
    @PostMapping(path = "/api/audits", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Callable<ResponseEntity<String>> auditWithLog(@RequestPart("journey") MultipartFile journey, @RequestPart("log") MultipartFile log,
            @RequestPart(value = "mapping", required = false) MultipartFile mapping, @RequestParam(required = false) Boolean strict,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String failOn,
            @RequestParam(required = false) String profile, @RequestParam(required = false) String lang,
            @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        AuditRequest request = requests.read(asOf, failOn, profile, lang, acceptLanguage);
        Upload upload = upload(journey, log, mapping, Boolean.TRUE.equals(strict));
        return () -> Reports.auditJson(auditor.audit(upload.journey(), EvidenceFacts.of(upload.evidence()), request.options()), request);
    }

    /** The parts read as far as telling what they are; the log itself is read by {@link #evidence()}, on the worker. */
    private record Upload(Journey journey, LogMapping mapping, LogSource source, EventLog log) {

        Evidence evidence() {
            ObservedMeasures measures = part("log", () -> ObservedMeasures.of(journey, log, mapping, (bytes, total) -> {
                if (Thread.currentThread().isInterrupted()) {
                    throw new AuditCancelledException(journey.id());
                }
            }));
            return new Evidence(journey, source.name(), measures);
        }
    }

    private Upload upload(MultipartFile journeyPart, MultipartFile logPart, MultipartFile mappingPart, boolean strict) {
        Journey journey = part("journey", () -> reader.read(nameOf(journeyPart, "journey"), bytes(journeyPart, "journey"),
                formatOf(journeyPart)));
        LogMapping mapping = mappingPart == null ? LogMappingReader.byNames(journey) : part("mapping", () -> new LogMappingReader()
                .read(nameOf(mappingPart, "mapping"), bytes(mappingPart, "mapping"), formatOf(mappingPart), journey));
        LogSource source = logSource(logPart);
        EventLog log = new BoundedLog(EventLog.open(source, mapping), source.name(),
                new BoundedLog.Limit(properties.evidence().maxEvents(), "journey-audit.evidence.max-events"),
                new BoundedLog.Limit(properties.evidence().maxCases(), "journey-audit.evidence.max-cases"));
        return new Upload(journey, mapping, source, strict ? new StrictLog(log, source.name(), "strict=true") : log);
    }

    private Callable<ResponseEntity<String>> run(MultipartFile journeyPart, MultipartFile logPart, MultipartFile mappingPart,
            boolean strict, String asOf, String lang, String acceptLanguage, boolean asText) {
        AuditRequest request = requests.read(asOf, null, null, lang, acceptLanguage);
        Upload upload = upload(journeyPart, logPart, mappingPart, strict);
        return () -> {
            Evidence evidence = upload.evidence();
            List<Finding> findings = EvidenceFindings.of(auditor, evidence, request.options());
            String body = asText ? EvidenceReport.text(evidence, findings, request.language()) : EvidenceReport.json(evidence, findings);
            return ResponseEntity.ok().contentType(asText ? TEXT : MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.CONTENT_LANGUAGE, request.language().tag())
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                    .body(body);
        };
    }

    /** The log part as the readers take it: under its sender's file name, bounded in what it may unpack to. */
    private LogSource logSource(MultipartFile part) {
        MediaType type = contentType(part);
        LogSource source = LogSource.sent(nameOf(part, "log"), part::getInputStream, part.getSize(),
                properties.evidence().maxUnpackedLogSize().toBytes());
        if (type != null && GZIP.stream().anyMatch(t -> t.includes(type))) {
            source = source.compressed(true);
        }
        if (type != null && XML.stream().anyMatch(t -> t.includes(type))) {
            source = source.asXes(true);
        }
        return source;
    }

    /**
     * Reads one part, refusals named by the part they are in; a column the mapping names that the log lacks is the
     * mapping's problem, since that is where it is fixed.
     */
    private static <T> T part(String part, Supplier<T> reading) {
        try {
            return reading.get();
        } catch (InvalidDocumentException refused) {
            throw new InvalidPartException(LogMappingReader.DOCUMENT_NAME.equals(refused.documentName()) ? "mapping" : part, refused);
        }
    }

    private byte[] bytes(MultipartFile part, String name) {
        long limit = properties.maxBodySize().toBytes();
        if (part.getSize() > limit) {
            throw new InvalidDocumentException(nameOf(part, name), InvalidDocumentException.Kind.TOO_LARGE, List.of(Problem.at(DocPath.ROOT,
                    Location.UNKNOWN, "the " + name + " part is " + part.getSize() + " bytes; the limit is " + limit + " bytes")));
        }
        try {
            return part.getBytes();
        } catch (IOException unreadable) {
            throw new InvalidDocumentException(nameOf(part, name), InvalidDocumentException.Kind.UNREADABLE, List.of(Problem.at(
                    DocPath.ROOT, Location.UNKNOWN, "the " + name + " part could not be read to its end")));
        }
    }

    /** The part's file name as its sender gave it, without any folders; the part's name when it has none. */
    private static String nameOf(MultipartFile part, String name) {
        String given = part.getOriginalFilename();
        if (given == null || given.isBlank()) {
            return name;
        }
        String file = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
        return file.isBlank() ? name : file;
    }

    private static DocumentFormat formatOf(MultipartFile part) {
        MediaType type = contentType(part);
        if (type != null && MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
            return DocumentFormat.JSON;
        }
        String name = part.getOriginalFilename();
        return name != null && name.toLowerCase(Locale.ROOT).endsWith(".json") ? DocumentFormat.JSON : DocumentFormat.YAML;
    }

    private static MediaType contentType(MultipartFile part) {
        try {
            return part.getContentType() == null ? null : MediaType.parseMediaType(part.getContentType());
        } catch (org.springframework.util.InvalidMimeTypeException notAType) {
            return null; // told by the file name instead
        }
    }
}
