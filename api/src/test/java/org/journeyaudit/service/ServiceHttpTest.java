package org.journeyaudit.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service as its users meet it: a real server on a random port, spoken to over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "journey-audit.max-body-size=64KB")
class ServiceHttpTest {

    private static final List<String> SAMPLES = List.of("retail-defective-goods.yaml", "complaint-handling-before.yaml",
            "complaint-handling-after.yaml", "insurance-insured-event.yaml", "dashcam-warranty-repair.yaml");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] sample(String name) throws Exception {
        return Files.readAllBytes(Path.of("../samples", name));
    }

    @Test
    void auditsOverHttpWithTheSameReportAsTheCommandLine() throws Exception {
        HttpResponse<String> response = post("/api/audits?asOf=2026-11-22", "application/yaml", sample("retail-defective-goods.yaml"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode report = JsonMapper.builder().build().readTree(response.body());
        assertThat(report.path("recommendations").get(0).path("impact").path("annualSavings").asLong()).isEqualTo(5030640L);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413BeforeItIsParsed() throws Exception {
        byte[] big = new byte[70 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> response = post("/api/audits", "application/yaml", big);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
        JsonNode problem = JsonMapper.builder().build().readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo("/problems/payload-too-large");
        assertThat(problem.path("detail").asString()).isEqualTo("the request body is 71680 bytes; the limit is 65536 bytes");
    }

    @Test
    void noResponseCarriesAStackTraceOrAClassName() throws Exception {
        List<HttpResponse<String>> responses = List.of(
                post("/api/audits", "application/json", "{\"id\": [".getBytes()),
                post("/api/audits", "application/xml", "<journey/>".getBytes()),
                post("/api/audits?asOf=yesterday", "application/yaml", sample("retail-defective-goods.yaml")),
                get("/api/audits"),
                get("/no/such/page"),
                post("/api/validate", "application/json", new byte[0]));
        assertThat(responses).extracting(HttpResponse::statusCode).containsExactly(400, 415, 400, 405, 404, 400);
        for (HttpResponse<String> response : responses) {
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).doesNotContain("Exception", "\tat ", "org.springframework", "org.journeyaudit", "java.");
            assertThat(JsonMapper.builder().build().readTree(response.body()).path("type").asString()).startsWith("/problems/");
        }
    }

    @Test
    void changeManagersCompareVersionsAndAnalyseChangesOverHttp() throws Exception {
        String versions = "{\"before\": " + asJson("complaint-handling-before.yaml") + ", \"after\": " + asJson("complaint-handling-after.yaml") + "}";
        HttpResponse<String> diff = post("/api/diff?asOf=2026-11-22", "application/json", versions.getBytes());
        assertThat(diff.statusCode()).isEqualTo(200);
        assertThat(JsonMapper.builder().build().readTree(diff.body()).path("verdict").asString()).isEqualTo("better");

        String impact = "{\"change\": " + asJson("changes/crm-replaces-jira.yaml") + ", \"journeys\": [" + asJson("retail-defective-goods.yaml") + "]}";
        HttpResponse<String> analysed = post("/api/impact?asOf=2026-11-22", "application/json", impact.getBytes());
        assertThat(analysed.statusCode()).isEqualTo(200);
        assertThat(JsonMapper.builder().build().readTree(analysed.body()).path("summary").path("contactsPerMonth").asInt()).isEqualTo(13700);

        HttpResponse<String> invalid = post("/api/impact", "application/json", "{\"change\": {}, \"journeys\": []}".getBytes());
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JsonMapper.builder().build().readTree(invalid.body()).path("detail").asString()).isEqualTo("the impact request has 5 problems");
    }

    private static String asJson(String sample) throws Exception {
        return JsonMapper.builder().build().writeValueAsString(
                tools.jackson.dataformat.yaml.YAMLMapper.builder().build().readTree(sample(sample)));
    }

    @Test
    void everyProblemTypeLeadsToItsExplanation() throws Exception {
        HttpResponse<String> response = get("/problems/invalid-document");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JsonMapper.builder().build().readTree(response.body()).path("status").asInt()).isEqualTo(422);
    }

    @Test
    void servesTheOpenApiDescriptionItsBrowsableUiAndHealthOnly() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode openApi = JsonMapper.builder().build().readTree(docs.body());
        assertThat(openApi.path("paths").propertyNames()).contains("/api/audits", "/api/audits/batch", "/api/validate",
                "/api/rules", "/api/rules/{family}/{slug}", "/api/impact", "/api/diff");
        assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/env").statusCode()).isEqualTo(404);
        assertThat(get("/actuator/beans").statusCode()).isEqualTo(404);
    }

    @Test
    void parallelAuditsGiveTheSameResultsAsSequentialOnes() throws Exception {
        Map<String, String> sequential = new java.util.HashMap<>();
        for (String sample : SAMPLES) {
            sequential.put(sample, post("/api/audits?asOf=2026-11-22", "application/yaml", sample(sample)).body());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String[]>> calls = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                for (String sample : SAMPLES) {
                    calls.add(() -> new String[] {sample, post("/api/audits?asOf=2026-11-22", "application/yaml", sample(sample)).body()});
                }
            }
            for (Future<String[]> result : pool.invokeAll(calls)) {
                String[] answer = result.get();
                assertThat(answer[1]).as("parallel audit of %s", answer[0]).isEqualTo(sequential.get(answer[0]));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
