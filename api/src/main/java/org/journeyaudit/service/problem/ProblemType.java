package org.journeyaudit.service.problem;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.HttpStatus;

/**
 * Every kind of problem the service answers with, each with a stable {@code type} URI
 * ({@code /problems/invalid-document}) that the service also serves as a short explanation.
 */
public enum ProblemType {
    INVALID_DOCUMENT(HttpStatus.UNPROCESSABLE_CONTENT, "The journey document is invalid",
            "The document is well-formed YAML or JSON but not a valid journey. 'problems' lists every problem with its JSON pointer, YAML path, line and column."),
    MALFORMED_DOCUMENT(HttpStatus.BAD_REQUEST, "The document is not well-formed",
            "The body is not well-formed YAML or JSON, is empty, nests too deep or holds more than one document. 'problems' says where the parser stopped."),
    PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "The request body is too large",
            "The body is over the configured limit and was refused before it was read."),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
            "Send journey documents as application/json or application/yaml."),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "Not acceptable",
            "The service cannot answer in any of the media types the request accepts."),
    AUDIT_TOO_LARGE(HttpStatus.UNPROCESSABLE_CONTENT, "The audit is too large",
            "The journey is valid but auditing it needs more time or rule firings than one audit may spend "
            + "(journey-audit.audit.max-duration, journey-audit.audit.max-rule-firings); it was stopped. 'detail' names the journey and the limit."),
    BAD_PARAMETER(HttpStatus.BAD_REQUEST, "Invalid request parameter",
            "A query parameter has a value the service does not understand; 'detail' says which and what is expected, and "
            + "'problems' lists each parameter with its value, what is wrong and the values allowed."),
    BAD_REQUEST(HttpStatus.BAD_REQUEST, "Bad request", "The request cannot be served as it is; 'detail' says why."),
    UNKNOWN_RULE(HttpStatus.NOT_FOUND, "Unknown rule", "No rule of the catalogue has this id; GET /api/rules lists them."),
    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "The request is not well-formed",
            "The request line, a header or the path is not valid HTTP or cannot name a resource: an encoded slash or NUL, "
            + "a '..' segment, a character outside those HTTP allows in a path, a bad '%' escape; it was refused before any part of the service read it."),
    NOT_FOUND(HttpStatus.NOT_FOUND, "Not found", "Nothing is served at this path."),
    UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "Not authorised",
            "Writing to the journey registry needs 'Authorization: Bearer <token>' with the token whose SHA-256 the service is "
            + "configured with (journey-audit.registry.write-token-sha256); reading too when journey-audit.registry.read-protected is true."),
    NO_SUCH_JOURNEY(HttpStatus.NOT_FOUND, "No such journey", "The registry holds no journey with this key, or not this version of it."),
    PRECONDITION_REQUIRED(HttpStatus.PRECONDITION_REQUIRED, "If-Match required",
            "Changing a journey the registry holds needs 'If-Match' with the ETag of the version the change was made from, so that "
            + "no one's version is overwritten unseen; GET the journey for its ETag."),
    VERSION_CONFLICT(HttpStatus.CONFLICT, "Not the next version",
            "A version restored from a backup must be the journey's next one: version 1 of a journey the registry does not hold, "
            + "or the version after its latest. 'detail' says which version the registry expects."),
    STALE_VERSION(HttpStatus.PRECONDITION_FAILED, "The journey has changed",
            "The journey has a newer version than the one named by 'If-Match': someone stored a version since. Get the latest, "
            + "bring the change onto it, and send it again with the latest ETag."),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", "This path does not answer this HTTP method."),
    SERVICE_BUSY(HttpStatus.SERVICE_UNAVAILABLE, "The service is busy",
            "Every audit worker is taken and the queue of waiting audits is full, or the request waited longer than an audit may take. Retry later."),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
            "The service failed to answer; the failure is logged. The request may be retried.");

    private final HttpStatus status;
    private final String title;
    private final String description;

    ProblemType(HttpStatus status, String title, String description) {
        this.status = status;
        this.title = title;
        this.description = description;
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public URI uri() {
        return URI.create("/problems/" + slug());
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public static Optional<ProblemType> ofSlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug().equals(slug)).findFirst();
    }
}
