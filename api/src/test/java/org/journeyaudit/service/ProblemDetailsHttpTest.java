package org.journeyaudit.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every answer that is not a report is a problem detail of a documented type, whoever gives it: a
 * controller, Spring MVC, the error page or Tomcat itself, which refuses some requests before any part of
 * the service sees them. Spoken over bare sockets, so that the paths reach the server as written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProblemDetailsHttpTest {

    private static final String REFUSED_BY_TOMCAT = "the request line or its path is not valid HTTP or cannot name a resource "
            + "of this service; it was refused before it was read";

    @LocalServerPort
    int port;

    private RawHttp.Answer get(String target) throws Exception {
        return RawHttp.get(port, target);
    }

    private RawHttp.Answer post(String target, String headers, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return RawHttp.send(port, ("POST " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + headers
                + "Content-Length: " + bytes.length + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
    }

    private static void assertProblem(RawHttp.Answer answer, int status, String type, String title, String detail) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.mediaType()).isEqualTo("application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(answer.body());
        assertThat(problem.path("type").asString()).isEqualTo(type);
        assertThat(problem.path("title").asString()).isEqualTo(title);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).isEqualTo(detail);
    }

    private static void assertRefusedByTomcat(RawHttp.Answer answer) {
        assertProblem(answer, 400, "/problems/malformed-request", "The request is not well-formed", REFUSED_BY_TOMCAT);
    }

    @Test
    void pathsTomcatRefusesAreMalformedRequests() throws Exception {
        assertRefusedByTomcat(get("/api/rules/%00"));
        assertRefusedByTomcat(get("/api/rules/a%2fb"));
        assertRefusedByTomcat(get("/api/rules/..%2f..%2fetc%2fpasswd"));
        assertRefusedByTomcat(get("/..;/api/rules"));
        assertRefusedByTomcat(get("/api/..;/..;/etc/passwd"));
        assertRefusedByTomcat(get("/api/rules/a{b}"));
        assertRefusedByTomcat(get("/api/rules/a\\b"));
        assertRefusedByTomcat(get("/api/rules/%zz"));
        assertRefusedByTomcat(get("/api/rules/%c0%ae"));
        assertRefusedByTomcat(get("/api/rules?x=a|b"));
    }

    @Test
    void requestLinesAndHeadersThatAreNotHttpAreMalformedRequests() throws Exception {
        assertRefusedByTomcat(RawHttp.send(port, "GARBAGE\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
        assertRefusedByTomcat(RawHttp.send(port, "GET /api/rules HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII)));
        assertProblem(RawHttp.send(port, "GET /api/rules HTTP/9.9\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII)),
                505, "/problems/malformed-request", "The request is not well-formed", "the request's HTTP version is not supported; send HTTP/1.1");
    }

    @Test
    void pathsThatServeNothingAreNotFound() throws Exception {
        assertProblem(get("/nothing-here"), 404, "/problems/not-found", "Not found", "nothing is served at /nothing-here");
        assertProblem(post("/api/nothing-here", "Content-Type: application/yaml\r\n", "id: x"), 404, "/problems/not-found", "Not found",
                "nothing is served at /api/nothing-here");
        assertProblem(get("/WEB-INF/web.xml"), 404, "/problems/not-found", "Not found", "nothing is served at /WEB-INF/web.xml");
        assertProblem(get("/META-INF/MANIFEST.MF"), 404, "/problems/not-found", "Not found", "nothing is served at /META-INF/MANIFEST.MF");
        assertProblem(get("/error"), 404, "/problems/not-found", "Not found", "nothing is served at /error");
        assertProblem(get("/problems/no-such-kind"), 404, "/problems/not-found", "Not found", "the service has no problem type 'no-such-kind'");
    }

    @Test
    void aWrongMethodIsMethodNotAllowed() throws Exception {
        assertProblem(get("/api/audits"), 405, "/problems/method-not-allowed", "Method not allowed", "GET is not supported at this path; use POST");
        RawHttp.Answer delete = RawHttp.send(port, "DELETE /api/rules HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        assertProblem(delete, 405, "/problems/method-not-allowed", "Method not allowed", "DELETE is not supported at this path; use GET");
        assertThat(delete.headers().get("allow")).isEqualTo("GET");
    }

    @Test
    void mediaTypesTheServiceDoesNotSpeakAreRefused() throws Exception {
        assertProblem(post("/api/audits", "", "id: x"), 415, "/problems/unsupported-media-type", "Unsupported media type",
                "the request has no Content-Type; send application/json or application/yaml");
        assertProblem(post("/api/audits", "Content-Type: application/xml\r\n", "<journey/>"), 415, "/problems/unsupported-media-type",
                "Unsupported media type", "Content-Type 'application/xml' is not supported; send application/json or application/yaml");
        assertProblem(post("/api/audits", "Content-Type: application/yaml\r\nAccept: image/png\r\n", "id: x"), 406,
                "/problems/not-acceptable", "Not acceptable",
                "this resource is available as application/json or application/sarif+json or application/xml or text/html");
    }

    @Test
    void anEmptyBodyIsAMalformedDocument() throws Exception {
        for (String endpoint : new String[] {"/api/audits", "/api/audits/batch", "/api/audits/checked", "/api/validate", "/api/impact",
                "/api/diff", "/api/compliance"}) {
            assertProblem(post(endpoint, "Content-Type: application/yaml\r\n", ""), 400, "/problems/malformed-document",
                    "The document is not well-formed", "the request body is empty; send a document");
        }
    }

    @Test
    void everyProblemTypeIsServedAtItsOwnPath() throws Exception {
        RawHttp.Answer type = get("/problems/audit-too-large");
        assertThat(type.status()).isEqualTo(200);
        JsonNode description = JsonMapper.builder().build().readTree(type.body());
        assertThat(description.path("status").asInt()).isEqualTo(422);
        assertThat(description.path("title").asString()).isEqualTo("The audit is too large");
        assertThat(get("/problems/malformed-request").status()).isEqualTo(200);
        assertThat(get("/problems/service-busy").status()).isEqualTo(200);
    }
}
