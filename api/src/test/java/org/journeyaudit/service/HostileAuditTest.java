package org.journeyaudit.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.journeyaudit.service.work.RunningAudits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A hostile audit does not stop the service. The test pack {@code endless-pack} never settles on the
 * journeys 'spinning' (as fast as it can) and 'crawling' (2 ms a lap); with a budget of 20,000 rule
 * firings and 30 s, 'spinning' is refused at once and 'crawling' would run 30 s, long enough to watch
 * what happens to the others meanwhile and to its client hanging up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "journey-audit.rule-packs=src/test/resources/endless-pack",
        "journey-audit.audit.max-rule-firings=20000",
        "journey-audit.audit.max-duration=30s",
        "journey-audit.audit.workers=2"})
class HostileAuditTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SPINNING_DETAIL = "the audit of journey 'spinning' needed more than 20000 rule firings, "
            + "the most one audit may spend; it was stopped";

    @LocalServerPort
    int port;

    @Autowired
    RunningAudits runningAudits;

    private final HttpClient http = HttpClient.newHttpClient();

    private static String sample() throws Exception {
        return Files.readString(Path.of("../samples/retail-defective-goods.yaml"));
    }

    /** The retail sample under another id: the same valid journey, which the endless pack never lets settle. */
    private static String renamed(String id) throws Exception {
        return sample().replaceFirst("(?m)^id: retail-defective-goods$", "id: " + id);
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Content-Type", contentType)
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private CompletableFuture<HttpResponse<String>> postAsync(String path, String body) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Content-Type", "application/yaml")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens a connection and sends the audit of a journey over it without waiting for the answer. */
    private Socket startAudit(String journey) throws Exception {
        byte[] body = journey.getBytes(StandardCharsets.UTF_8);
        Socket socket = new Socket("localhost", port);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/audits?asOf=2026-11-22 HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/yaml\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        return socket;
    }

    private static void awaitUpTo(Duration bound, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(condition.getAsBoolean()).as("reached within %s", bound).isTrue();
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static void assertAuditTooLarge(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.path("type").asString()).isEqualTo("/problems/audit-too-large");
        assertThat(problem.path("title").asString()).isEqualTo("The audit is too large");
        assertThat(problem.path("detail").asString()).isEqualTo(SPINNING_DETAIL);
    }

    @Test
    void anAuditOverItsBudgetIs422AuditTooLargeNamingTheJourneyAndTheLimit() throws Exception {
        assertAuditTooLarge(post("/api/audits?asOf=2026-11-22", "application/yaml", renamed("spinning")));
    }

    @Test
    void aBatchAComparisonAndAComplianceMatrixWithSuchAJourneyAre422Too() throws Exception {
        String spinning = JSON.writeValueAsString(new tools.jackson.dataformat.yaml.YAMLMapper().readTree(renamed("spinning")));
        String retail = JSON.writeValueAsString(new tools.jackson.dataformat.yaml.YAMLMapper().readTree(sample()));
        assertAuditTooLarge(post("/api/audits/batch?asOf=2026-11-22", "application/json",
                "{\"journeys\": [" + retail + ", " + spinning + "]}"));
        assertAuditTooLarge(post("/api/compliance?asOf=2026-11-22", "application/json", "{\"journeys\": [" + spinning + "]}"));
        assertAuditTooLarge(post("/api/diff?asOf=2026-11-22", "application/json", "{\"before\": " + spinning + ", \"after\": " + retail + "}"));
        assertAuditTooLarge(post("/api/audits/checked?asOf=2026-11-22", "application/json", "{\"journey\": " + spinning + ", \"checks\": []}"));
    }

    @Test
    void whileAHostileAuditRunsTheOthersAreAnsweredAndWhenItsClientHangsUpItStops() throws Exception {
        long cancelledBefore = runningAudits.cancelled();
        try (Socket hostile = startAudit(renamed("crawling"))) {
            awaitUpTo(Duration.ofSeconds(20), () -> runningAudits.running() == 1);

            // the other worker answers everybody else meanwhile, correctly, and long before the crawl could end
            long start = System.nanoTime();
            List<CompletableFuture<HttpResponse<String>>> others = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                others.add(postAsync("/api/audits?asOf=2026-11-22", sample()));
            }
            others.add(postAsync("/api/audits?asOf=2026-11-22", renamed("spinning")));
            for (CompletableFuture<HttpResponse<String>> other : others.subList(0, 6)) {
                HttpResponse<String> response = other.get(25, TimeUnit.SECONDS);
                assertThat(response.statusCode()).isEqualTo(200);
                JsonNode report = json(response);
                assertThat(report.path("journey").path("id").asString()).isEqualTo("retail-defective-goods");
                assertThat(report.path("summary").path("findings").asInt()).isEqualTo(4);
                assertThat(report.path("recommendations").get(0).path("impact").path("annualSavings").asLong()).isEqualTo(5030640L);
            }
            assertAuditTooLarge(others.get(6).get(25, TimeUnit.SECONDS));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(25));
            assertThat(runningAudits.running()).isEqualTo(1);
            assertThat(runningAudits.cancelled()).isEqualTo(cancelledBefore);
        }
        // the client has gone: its audit is interrupted at its next lap and the worker is free again
        awaitUpTo(Duration.ofSeconds(15), () -> runningAudits.running() == 0);
        assertThat(runningAudits.cancelled()).isEqualTo(cancelledBefore + 1);
    }

    @Test
    void aClientThatHangsUpMidAuditFreesItsWorkerAndTheWorkerServesTheNext() throws Exception {
        long cancelledBefore = runningAudits.cancelled();
        Socket first = startAudit(renamed("crawling"));
        Socket second = startAudit(renamed("crawling"));
        awaitUpTo(Duration.ofSeconds(20), () -> runningAudits.running() == 2);
        first.close();
        second.close();
        awaitUpTo(Duration.ofSeconds(15), () -> runningAudits.running() == 0);
        assertThat(runningAudits.cancelled()).isEqualTo(cancelledBefore + 2);

        HttpResponse<String> next = post("/api/audits?asOf=2026-11-22", "application/yaml", sample());
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(json(next).path("summary").path("findings").asInt()).isEqualTo(4);
    }

    @Test
    void aClientThatWaitsGetsItsAnswerOverTheSameConnection() throws Exception {
        try (Socket socket = startAudit(sample())) {
            socket.setSoTimeout(30_000);
            InputStream in = socket.getInputStream();
            String head = new String(in.readNBytes(15), StandardCharsets.US_ASCII);
            assertThat(head).isEqualTo("HTTP/1.1 200 \r\n");
        }
        assertThat(runningAudits.running()).isEqualTo(0);
    }
}
