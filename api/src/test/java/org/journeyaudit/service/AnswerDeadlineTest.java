package org.journeyaudit.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.journeyaudit.service.work.RunningAudits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One worker, a queue of one and a budget of 1 s, so a request's deadline is 6 s. On the journey
 * 'stubborn' the test pack {@code endless-pack} spends 9 s in one rule firing that nothing interrupts, where
 * the budget is not checked: the deadline answers its client all the same, the audit waiting behind it is
 * answered at its own deadline, and audits beyond the queue are refused at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "journey-audit.rule-packs=src/test/resources/endless-pack",
        "journey-audit.audit.max-duration=1s",
        "journey-audit.audit.workers=1",
        "journey-audit.audit.queue=1"})
class AnswerDeadlineTest {

    @LocalServerPort
    int port;

    @Autowired
    RunningAudits runningAudits;

    private final HttpClient http = HttpClient.newHttpClient();

    private CompletableFuture<HttpResponse<String>> audit(String journeyId) throws Exception {
        String journey = Files.readString(Path.of("../samples/retail-defective-goods.yaml"))
                .replaceFirst("(?m)^id: retail-defective-goods$", "id: " + journeyId);
        return http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/audits?asOf=2026-11-22"))
                .header("Content-Type", "application/yaml").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(journey)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type, String detail) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo(type);
        assertThat(problem.path("detail").asString()).isEqualTo(detail);
    }

    @Test
    void anAuditPastItsDeadlineIsStoppedAndOnesBeyondTheQueueAreRefusedAtOnce() throws Exception {
        long cancelledBefore = runningAudits.cancelled();
        CompletableFuture<HttpResponse<String>> stubborn = audit("stubborn");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (runningAudits.running() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(runningAudits.running()).isEqualTo(1);
        CompletableFuture<HttpResponse<String>> waiting = audit("retail-defective-goods");
        Thread.sleep(500);

        // the worker is taken and the queue is full: refused at once, long before any deadline
        long refusedAt = System.nanoTime();
        assertProblem(audit("retail-defective-goods").get(20, TimeUnit.SECONDS), 503, "/problems/service-busy",
                "every audit worker is busy and the queue of 1 waiting audits is full; retry later");
        assertThat(Duration.ofNanos(System.nanoTime() - refusedAt)).isLessThan(Duration.ofSeconds(5));

        assertProblem(stubborn.get(30, TimeUnit.SECONDS), 422, "/problems/audit-too-large",
                "the audit did not end within 6 s, the most one request may take; it was stopped");
        assertProblem(waiting.get(30, TimeUnit.SECONDS), 503, "/problems/service-busy",
                "the audit waited 6 s for a worker without getting one; retry later");

        // once its firing ends, the stubborn audit stops and its worker takes the next
        deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (runningAudits.running() != 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(runningAudits.running()).isEqualTo(0);
        assertThat(runningAudits.cancelled()).isEqualTo(cancelledBefore + 1);
        HttpResponse<String> next = audit("retail-defective-goods").get(30, TimeUnit.SECONDS);
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(JsonMapper.builder().build().readTree(next.body()).path("summary").path("findings").asInt()).isEqualTo(4);
    }
}
