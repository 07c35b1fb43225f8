package org.journeyaudit.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The journey registry of a running service, over its HTTP API. Every answer that is not what was asked for becomes a
 * {@link RegistryRefusal} in the user's words, carrying the service's own detail, so a refused push says why and how to
 * resolve it.
 */
final class RegistryClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An answer of the registry: its status, its body and the headers a push and a pull need. */
    record Answer(int status, String body, Optional<String> etag, Optional<String> contentType) {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private final URI base;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    RegistryClient(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    URI base() {
        return base;
    }

    Answer put(String key, byte[] document, String contentType, String author, String comment, String ifMatch) {
        String query = "?author=" + encode(author) + (comment == null ? "" : "&comment=" + encode(comment));
        HttpRequest.Builder request = request(journey(key) + query).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(document));
        if (ifMatch == null) {
            request.header("If-None-Match", "*");
        } else {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    Answer postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    static String journey(String key) {
        return "/api/registry/journeys/" + key;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), response.headers().firstValue("ETag"),
                    response.headers().firstValue("Content-Type"));
        } catch (ConnectException refused) {
            throw new RegistryRefusal("the registry at " + base + " cannot be reached: nothing listens there (is the service "
                    + "running? journey-audit serve)");
        } catch (HttpTimeoutException slow) {
            throw new RegistryRefusal("the registry at " + base + " did not answer within " + TIMEOUT.toSeconds() + " s");
        } catch (IOException broken) {
            throw new RegistryRefusal("the registry at " + base + " cannot be reached: " + broken.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new RegistryRefusal("interrupted while waiting for the registry at " + base);
        }
    }

    /** The service's own words for a refusal: its problem detail, or the status alone when it sent none. */
    static String detail(Answer answer) {
        try {
            JsonNode problem = answer.json();
            String detail = problem.path("detail").asString("");
            StringBuilder words = new StringBuilder(detail.isEmpty() ? "HTTP " + answer.status() : detail);
            for (JsonNode located : problem.path("problems")) {
                words.append(System.lineSeparator()).append("  line ").append(located.path("line").asInt()).append(", column ")
                        .append(located.path("column").asInt()).append(": ").append(located.path("message").asString(""));
            }
            return words.toString();
        } catch (RuntimeException notJson) {
            return "HTTP " + answer.status();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
