package org.journeyaudit.service.registry;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/**
 * The journey registry: journeys stored under a key, each change a new immutable version with its author, time and
 * comment. Every answer about a journey carries the ETag of its latest version; a change to a stored journey must
 * name, in {@code If-Match}, the version it was made from, so that no one's version is overwritten unseen.
 */
@RestController
class RegistryController {

    static final String JOURNEYS = "/api/registry/journeys";
    private static final int MAX_PAGE_SIZE = 100;

    private final RegistryStore store;
    private final StoredJourneys stored;
    private final RegistryToken token;
    private final JourneyDocuments documents;

    RegistryController(RegistryStore store, StoredJourneys stored, RegistryToken token, JourneyDocuments documents) {
        this.store = store;
        this.stored = stored;
        this.token = token;
        this.documents = documents;
    }

    @Operation(summary = "Store a journey's next version", description = "The body is the journey document (YAML or JSON), "
            + "validated as /api/validate does (422 with its problems). A stored journey needs If-Match with the ETag of the "
            + "version the change was made from (428 without, 412 when another version came since). The same bytes as the "
            + "latest version store nothing: 200 with that version; a new version: 201. Needs the registry's token.")
    @PutMapping(path = JOURNEYS + "/{key}", consumes = {JourneyMediaTypes.JSON, JourneyMediaTypes.YAML, JourneyMediaTypes.X_YAML,
            JourneyMediaTypes.TEXT_YAML}, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> put(@PathVariable String key, @RequestBody byte[] body,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType, @RequestParam String author,
            @RequestParam(required = false) String comment,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        token.requireWrite(authorization);
        RegistryKeys.check(key);
        String who = VersionNotes.author(author, "the query parameter 'author'");
        String why = VersionNotes.comment(comment, "the query parameter 'comment'");
        Journey journey = documents.journey(body, contentType);
        NewVersion sent = new NewVersion(new String(body, StandardCharsets.UTF_8), VersionNotes.storedType(contentType), HexFormat.of().formatHex(RegistryToken.sha256(body)), journey, who, why);
        Stored stored = store.put(key, ifMatch == null ? null : ifMatch.trim(), "*".equals(ifNoneMatch == null ? null : ifNoneMatch.trim()),
                sent);
        ResponseEntity.BodyBuilder answer = stored.created()
                ? ResponseEntity.status(HttpStatus.CREATED).header(HttpHeaders.LOCATION, versionPath(stored.version()))
                : ResponseEntity.ok();
        return answer.eTag(stored.version().etag()).contentType(MediaType.APPLICATION_JSON).body(RegistryJson.version(stored.version()));
    }

    @Operation(summary = "List the registry's journeys", description = "By key; filtered by owner, product, segment (ignoring "
            + "case) and q (text in the key or name); page from 0, size 1 to 100 (default 20).")
    @GetMapping(path = JOURNEYS, produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> journeys(@RequestParam(required = false) String owner, @RequestParam(required = false) String product,
            @RequestParam(required = false) String segment, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        token.requireRead(authorization);
        checkPage(page, size);
        Page<JourneyVersion> found = store.journeys(new JourneyFilter(blankAsNull(owner), blankAsNull(product), blankAsNull(segment),
                blankAsNull(q)), page, size);
        return RegistryJson.page(found, RegistryJson::journey);
    }

    @Operation(summary = "A journey of the registry", description = "Its latest version's summary and how many versions it has.")
    @GetMapping(path = JOURNEYS + "/{key}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> journey(@PathVariable String key,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        token.requireRead(authorization);
        RegistryKeys.check(key);
        JourneyVersion latest = latest(key);
        Map<String, Object> body = new LinkedHashMap<>(RegistryJson.journey(latest));
        body.put("versions", latest.version());
        return ResponseEntity.ok().eTag(latest.etag()).body(body);
    }

    @Operation(summary = "A journey's versions", description = "Newest first; page from 0, size 1 to 100 (default 20).")
    @GetMapping(path = JOURNEYS + "/{key}/versions", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> versions(@PathVariable String key, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        token.requireRead(authorization);
        RegistryKeys.check(key);
        checkPage(page, size);
        JourneyVersion latest = latest(key);
        return ResponseEntity.ok().eTag(latest.etag()).body(RegistryJson.page(store.versions(key, page, size), RegistryJson::version));
    }

    @Operation(summary = "One version's document", description = "Exactly as it was stored, in the media type it was sent as; "
            + "'latest' for the latest. Header Journey-Version: its number; ETag: its tag (If-None-Match with it: 304).")
    @GetMapping(path = JOURNEYS + "/{key}/versions/{version}")
    ResponseEntity<String> version(@PathVariable String key, @PathVariable String version,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        token.requireRead(authorization);
        StoredDocument document = stored.document(key, version);
        String etag = document.version().etag();
        if (etag.equals(ifNoneMatch == null ? null : ifNoneMatch.trim())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        return ResponseEntity.ok().eTag(etag).header("Journey-Version", String.valueOf(document.version().version()))
                .contentType(MediaType.parseMediaType(document.contentType() + ";charset=UTF-8")).body(document.document());
    }

    private JourneyVersion latest(String key) {
        return stored.latest(key);
    }

    private static void checkPage(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new RefusedException(ProblemType.BAD_REQUEST, "page " + page + " of size " + size + " cannot be served: page "
                    + "counts from 0 and size is 1 to " + MAX_PAGE_SIZE);
        }
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String versionPath(JourneyVersion version) {
        return JOURNEYS + "/" + version.key() + "/versions/" + version.version();
    }
}
