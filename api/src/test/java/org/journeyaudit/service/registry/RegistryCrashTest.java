package org.journeyaudit.service.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry survives its process being killed mid-write: the service runs as a process of its own on an H2 file,
 * writers store versions as fast as it answers, the process is killed with SIGKILL, and a new process on the same
 * data directory must hold every version that was acknowledged, with its bytes, and versions numbered without a gap:
 * nothing committed lost, no half version.
 */
class RegistryCrashTest {

    private static final int WRITERS = 3;
    private static final Duration START = Duration.ofSeconds(90);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    /** What a writer sent and was told was stored: journey key to version to the bytes' SHA-256. */
    private final Map<String, Map<Integer, String>> acknowledged = new ConcurrentHashMap<>();
    /** Every document sent, acknowledged or not, by SHA-256: a version stored whose answer was lost must be one of them. */
    private final Set<String> sent = ConcurrentHashMap.newKeySet();

    @Test
    void aKilledServiceLosesNoAcknowledgedVersionAndLeavesNoHalfOne(@TempDir Path data) throws Exception {
        String template = Files.readString(Path.of("../samples/bank-card-loss.yaml"));
        int port = freePort();
        Process first = start(data, port);
        AtomicInteger stored = new AtomicInteger();
        List<Thread> writers = new ArrayList<>();
        try {
            awaitHealth(first, port);
            for (int w = 0; w < WRITERS; w++) {
                String key = "crash-" + w;
                acknowledged.put(key, new ConcurrentHashMap<>());
                Thread writer = new Thread(() -> write(port, key, template, stored), key);
                writer.start();
                writers.add(writer);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (stored.get() < 60 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no orderly close of the database
            first.waitFor();
        }
        for (Thread writer : writers) {
            writer.join(Duration.ofSeconds(10).toMillis());
        }
        assertThat(stored.get()).as("versions acknowledged before the kill").isGreaterThanOrEqualTo(10);

        Process second = start(data, port);
        try {
            awaitHealth(second, port);
            for (Map.Entry<String, Map<Integer, String>> journey : acknowledged.entrySet()) {
                Map<Integer, String> kept = versions(port, journey.getKey());
                int latest = kept.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
                assertThat(kept.keySet()).as(journey.getKey() + ": versions numbered without a gap")
                        .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, latest).boxed().toList());
                journey.getValue().forEach((version, sha) -> assertThat(kept).as(journey.getKey() + " v" + version).containsEntry(version, sha));
                for (int version = 1; version <= latest; version++) {
                    String document = get(port, "/api/registry/journeys/" + journey.getKey() + "/versions/" + version).body();
                    String sha = HexFormat.of().formatHex(RegistryToken.sha256(document));
                    assertThat(sha).as(journey.getKey() + " v" + version + ": whole bytes of a document sent").isEqualTo(kept.get(version));
                    assertThat(sent).contains(sha);
                }
            }
        } finally {
            second.destroy();
            second.waitFor();
        }
    }

    /** Stores versions of one journey one after another, each from the last acknowledged, until the service is gone. */
    private void write(int port, String key, String template, AtomicInteger stored) {
        String etag = null;
        for (int n = 1; n < 10_000; n++) {
            String document = template.replace("name: Lost debit card", "name: Lost debit card (revision " + n + ")");
            sent.add(HexFormat.of().formatHex(RegistryToken.sha256(document)));
            try {
                HttpRequest.Builder put = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/registry/journeys/" + key
                        + "?author=crash-test")).timeout(Duration.ofSeconds(5)).header("Content-Type", "application/yaml")
                        .header("Authorization", "Bearer " + RegistryHttpTest.TOKEN).PUT(HttpRequest.BodyPublishers.ofString(document));
                if (etag != null) {
                    put.header("If-Match", etag);
                }
                HttpResponse<String> answer = http.send(put.build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 201) {
                    return;
                }
                JsonNode version = json.readTree(answer.body());
                acknowledged.get(key).put(version.path("version").asInt(), version.path("sha256").asString());
                etag = answer.headers().firstValue("ETag").orElseThrow();
                stored.incrementAndGet();
            } catch (IOException | InterruptedException gone) {
                return;
            }
        }
    }

    private Map<Integer, String> versions(int port, String key) throws Exception {
        JsonNode page = json.readTree(get(port, "/api/registry/journeys/" + key + "/versions?size=100").body());
        Map<Integer, String> versions = new LinkedHashMap<>();
        int total = page.path("total").asInt();
        for (int p = 0; p * 100 < total; p++) {
            JsonNode items = p == 0 ? page.path("items")
                    : json.readTree(get(port, "/api/registry/journeys/" + key + "/versions?size=100&page=" + p).body()).path("items");
            items.forEach(item -> versions.put(item.path("version").asInt(), item.path("sha256").asString()));
        }
        return versions;
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Process start(Path data, int port) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), "org.journeyaudit.service.JourneyAuditService",
                "--server.address=127.0.0.1", "--server.port=" + port,
                // the service's own settings only, not the tests' (which keep the registry in memory)
                "--spring.config.location=classpath:/application.yaml", "--journey-audit.registry.data-dir=" + data,
                "--journey-audit.registry.write-token-sha256=" + RegistryHttpTest.TOKEN_SHA256)
                .redirectErrorStream(true).redirectOutput(data.resolveSibling(data.getFileName() + "-service.log").toFile()).start();
    }

    private void awaitHealth(Process service, int port) throws Exception {
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(service.isAlive()).as("the service is running").isTrue();
            try {
                if (get(port, "/actuator/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the service was not healthy within " + START);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
