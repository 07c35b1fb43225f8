package org.journeyaudit.service.registry;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;

import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.service.document.JourneyDocuments;
import org.journeyaudit.service.document.JourneyMediaTypes;
import org.journeyaudit.service.problem.ProblemType;
import org.journeyaudit.service.problem.RefusedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Restores a registry from its backup, one version at a time and in order, each as it was: its number, author, comment
 * and time. The backup is a registry directory ({@code journey-audit registry-export}); {@code registry-import} replays it.
 */
@RestController
class RegistryImportController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RegistryStore store;
    private final RegistryToken token;
    private final JourneyDocuments documents;

    RegistryImportController(RegistryStore store, RegistryToken token, JourneyDocuments documents) {
        this.store = store;
        this.token = token;
        this.documents = documents;
    }

    @Operation(summary = "Restore one version from a backup", description = "Body: {\"key\", \"version\", \"author\", \"comment\", "
            + "\"createdAt\", \"contentType\", \"document\"}. The version must be the journey's next (409 otherwise); the document is "
            + "validated as a PUT's is. 201 with the version record. Needs the registry's token.")
    @PostMapping(path = "/api/registry/import", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> restore(@RequestBody byte[] body,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        token.requireWrite(authorization);
        JsonNode record;
        try {
            record = JSON.readTree(body);
        } catch (JacksonException notJson) {
            throw new RefusedException(ProblemType.BAD_REQUEST, "the body is not a JSON object of a version to restore");
        }
        String key = text(record, "key");
        RegistryKeys.check(key);
        int version = record.path("version").asInt(0);
        if (version < 1) {
            throw new RefusedException(ProblemType.BAD_REQUEST, "'version' must be a number from 1");
        }
        Instant createdAt;
        try {
            createdAt = Instant.parse(text(record, "createdAt"));
        } catch (DateTimeParseException notATime) {
            throw new RefusedException(ProblemType.BAD_REQUEST, "'createdAt' must be a time such as 2026-11-28T19:50:01Z");
        }
        // the backup's notes within what the registry keeps: a longer one is a located refusal, never a database error
        String author = VersionNotes.restored(text(record, "author"), "'author'", VersionNotes.MOST_AUTHOR, true);
        String comment = VersionNotes.restored(record.path("comment").isString() ? record.path("comment").asString() : null, "'comment'",
                VersionNotes.MOST_COMMENT, false);
        MediaType type = "application/json".equals(record.path("contentType").asString("")) ? MediaType.APPLICATION_JSON
                : MediaType.parseMediaType(JourneyMediaTypes.YAML);
        byte[] document = text(record, "document").getBytes(StandardCharsets.UTF_8);
        Journey journey = documents.journey(document, type);
        JourneyVersion restored = store.restore(key, version, createdAt, new NewVersion(new String(document, StandardCharsets.UTF_8),
                type.toString(), HexFormat.of().formatHex(RegistryToken.sha256(document)), journey, author, comment));
        return ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.LOCATION, RegistryController.versionPath(restored))
                .eTag(restored.etag()).body(RegistryJson.version(restored));
    }

    private static String text(JsonNode record, String field) {
        JsonNode value = record.path(field);
        if (!value.isString() || value.asString().isBlank()) {
            throw new RefusedException(ProblemType.BAD_REQUEST, "'" + field + "' is missing: a version to restore has key, version, "
                    + "author, createdAt and document");
        }
        return value.asString();
    }
}
