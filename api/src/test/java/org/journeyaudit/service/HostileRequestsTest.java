package org.journeyaudit.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile bodies, content types and parameters sent to every endpoint that takes a body: whatever the
 * service answers names no library class, package or feature, carries no stack frame and no server HTML,
 * and every refusal is a problem detail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "journey-audit.max-body-size=64KB")
class HostileRequestsTest {

    private static final List<String> ENDPOINTS = List.of("/api/audits", "/api/audits/batch", "/api/audits/checked", "/api/validate",
            "/api/impact", "/api/diff", "/api/compliance", "/api/evidence");

    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/yaml", "text/yaml",
            "application/json; charset=ISO-8859-1", "text/plain", "application/xml", "multipart/form-data", "not a media type", "*/*");

    private static final List<byte[]> BODIES = List.of(
            utf8("{\"id\": ["),
            utf8("id: x\nstages: [\n"),
            utf8("{\"journeys\": [NaN], \"journey\": Infinity, \"before\": -Infinity}"),
            utf8("{\"id\": 99999999999999999999999999999, \"stages\": 1e999, \"journeys\": 1e400}"),
            utf8("{\"id\": \"j\", \"stages\": [{\"id\": \"s\", \"emotion\": 99999999999999999999}]}"),
            utf8("{\"change\": [], \"journeys\": {}, \"before\": 1, \"after\": true, \"journey\": \"x\", \"checks\": 7}"),
            utf8("[1, 2, 3]"),
            utf8("null"),
            utf8("\"just text\""),
            utf8("# a comment and nothing else\n"),
            utf8("---\nid: a\n---\nid: b\n"),
            utf8("id: &anchor x\nname: *anchor\nother: *undefined\n"),
            utf8("id: !!binary aGVsbG8=\nstages: !!java.lang.Runtime {}\n"),
            utf8("id: !!float abc\nemotion: .nan\nvolume: .inf\n"),
            utf8("{\"id\": \"\\ud800\", \"name\": \"\\u0000\"}"),
            utf8("{" + "\"a\": {".repeat(2000) + "}".repeat(2000) + "}"),
            utf8("[".repeat(5000)),
            new byte[] {(byte) 0xff, (byte) 0xfe, 'i', 0, 'd', 0, ':', 0},
            new byte[] {'i', 'd', ':', ' ', (byte) 0xc3, (byte) 0x28, '\n', 's', 't', 'a', 'g', 'e', 's', ':', ' ', (byte) 0xa0},
            new byte[] {0, 0, 0, 0, 0, 0},
            new byte[0]);

    private static final List<String> QUERIES = List.of("", "?asOf=+999999999-12-31", "?asOf=yesterday&failOn=sometimes",
            "?profile=../../etc/passwd", "?profile=%00&failOn=%ff");

    /** What no answer may carry: a library's class, package or feature name, a stack frame, Tomcat's HTML page. */
    private static final Pattern LEAK = Pattern.compile(
            "java\\.|Exception|Feature|jackson|snakeyaml|springframework|\\bat [\\w.$]+\\([\\w.]+:\\d+\\)|<html|<!doctype|Apache Tomcat",
            Pattern.CASE_INSENSITIVE);

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> post(String target, String contentType, byte[] body, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + target))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The library words of an answer that the request did not bring: a problem may quote the user's own
     * text (a tag written as {@code !!java.lang.Runtime}), never more often than the body holds it.
     */
    private static List<String> leaks(String answer, byte[] body) {
        String sent = new String(body, StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT);
        String answered = answer.toLowerCase(java.util.Locale.ROOT);
        return LEAK.matcher(answer).results().map(m -> m.group().toLowerCase(java.util.Locale.ROOT)).distinct()
                .filter(word -> occurrences(answered, word) > occurrences(sent, word)).toList();
    }

    private static int occurrences(String text, String word) {
        int count = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            count++;
        }
        return count;
    }

    @Test
    void noAnswerToAHostileRequestNamesALibraryOrShowsAStackTrace() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        List<String> answered = new ArrayList<>();
        for (String endpoint : ENDPOINTS) {
            for (String contentType : CONTENT_TYPES) {
                for (int b = 0; b < BODIES.size(); b++) {
                    String query = QUERIES.get(b % QUERIES.size());
                    String accept = b % 3 == 0 ? null : b % 3 == 1 ? "text/html" : "text/csv, application/problem+json";
                    HttpResponse<String> response = post(endpoint + query, contentType, BODIES.get(b), accept);
                    String sent = endpoint + query + " as " + contentType + ", body " + b + ", Accept " + accept;
                    answered.add(sent);
                    softly.assertThat(leaks(response.body(), BODIES.get(b))).as(sent + " answered " + response.body()).isEmpty();
                    if (response.statusCode() >= 400) {
                        softly.assertThat(response.headers().firstValue("Content-Type").orElse(""))
                                .as(sent).startsWith("application/problem+json");
                    }
                }
            }
        }
        softly.assertAll();
        assertThat(answered).hasSize(ENDPOINTS.size() * CONTENT_TYPES.size() * BODIES.size());
    }
}
