package org.journeyaudit.service.validation;

import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.Problem;
import org.journeyaudit.engine.report.JsonReport;
import org.journeyaudit.service.document.JourneyDocuments;
import org.journeyaudit.service.document.JourneyMediaTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** Checks a journey document without auditing it: the problems, as 'journey-audit validate --format json' lists them. */
@RestController
class ValidationController {

    private final JourneyDocuments documents;

    ValidationController(JourneyDocuments documents) {
        this.documents = documents;
    }

    @Operation(summary = "Validate a journey document", description = "Always 200 for a document that was read: "
            + "'valid' and every problem with its pointer, path, line and column. Too large: 413; wrong media type: 415.")
    @PostMapping(path = "/api/validate", consumes = {JourneyMediaTypes.JSON, JourneyMediaTypes.YAML, JourneyMediaTypes.X_YAML,
            JourneyMediaTypes.TEXT_YAML}, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> validate(@RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType) {
        List<Problem> problems;
        try {
            documents.journey(body, contentType);
            problems = List.of();
        } catch (InvalidDocumentException e) {
            if (e.kind() == InvalidDocumentException.Kind.TOO_LARGE) {
                throw e;
            }
            problems = e.problems();
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(JsonReport.write(JsonReport.validation(Map.of("request body", problems)).get(0)));
    }
}
