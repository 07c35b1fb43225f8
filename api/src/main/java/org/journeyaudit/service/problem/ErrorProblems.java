package org.journeyaudit.service.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ProblemDetail;

import tools.jackson.databind.json.JsonMapper;

/**
 * The problem for a status that reached the error page rather than a controller: a path nothing serves, a
 * request Tomcat refused, a failure outside any controller. Worded from the status alone, never from the
 * exception or the message Tomcat attached, which speak of the server's internals.
 */
final class ErrorProblems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ErrorProblems() {
    }

    static ProblemDetail of(int status, String path) {
        return switch (status) {
            case 400 -> Problems.of(ProblemType.MALFORMED_REQUEST, "the request line or its path is not valid HTTP or cannot name "
                    + "a resource of this service; it was refused before it was read");
            case 404 -> Problems.of(ProblemType.NOT_FOUND, "nothing is served at " + printable(path));
            case 405 -> Problems.of(ProblemType.METHOD_NOT_ALLOWED, "this method is not supported at " + printable(path));
            case 413 -> Problems.of(ProblemType.PAYLOAD_TOO_LARGE, "the request or one of its headers is larger than the service accepts");
            case 415 -> Problems.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "this Content-Type is not supported; send application/json or application/yaml");
            case 503 -> Problems.of(ProblemType.SERVICE_BUSY, "the service cannot answer now; retry later");
            case 505 -> Problems.of(ProblemType.MALFORMED_REQUEST, 505, "the request's HTTP version is not supported; send HTTP/1.1");
            default -> status < 500
                    ? Problems.of(ProblemType.BAD_REQUEST, status, "the request cannot be served as it is")
                    : Problems.of(ProblemType.INTERNAL_ERROR, status, "the service failed to answer this request");
        };
    }

    /** The path as sent, cut short and without control characters, so that an answer never carries what a client injected. */
    private static String printable(String path) {
        if (path == null || path.isEmpty()) {
            return "this path";
        }
        String clean = path.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.length() > 200 ? clean.substring(0, 200) + "..." : clean;
    }

    static String json(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        return JSON.writeValueAsString(body);
    }
}
