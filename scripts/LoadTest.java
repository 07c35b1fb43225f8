import java.io.IOException;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load test of the audit service, on this machine only: starts the service as README's run does,
 * through the launcher (bin/journey-audit serve: the extracted application with the service's class-data
 * archive and its JVM settings), on a free loopback port, waits for /actuator/health, posts the audit of a sample journey with a fixed number of clients until
 * a number of requests or a time is reached, sends one hostile journey meanwhile, prints the throughput, the
 * latencies, the answers that were not 200 and what the hostile request got, and stops the service.
 *
 * <pre>java scripts/LoadTest.java [--requests N] [--seconds N] [--concurrency N] [--hostile-steps N] [--warm-up SECONDS] [--launcher PATH] [--sample PATH]</pre>
 */
public class LoadTest {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int requests = Integer.parseInt(options.getOrDefault("requests", "3000"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "15"));
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "8"));
        int hostileSteps = Integer.parseInt(options.getOrDefault("hostile-steps", "3000"));
        int warmUp = Integer.parseInt(options.getOrDefault("warm-up", "0"));
        Path launcher = Path.of(options.getOrDefault("launcher", "bin/journey-audit"));
        Path sample = Path.of(options.getOrDefault("sample", "samples/retail-defective-goods.yaml"));
        if (!Files.isRegularFile(launcher)) {
            System.err.println("load-test: " + launcher + " is missing; run from a checkout and build first (mvn -B -q package -DskipTests)");
            System.exit(2);
        }
        String journey = Files.readString(sample);
        String hostile = hostile(journey, hostileSteps);

        int port = freePort();
        String base = "http://127.0.0.1:" + port;
        Path log = Files.createTempFile("journey-audit-load-test", ".log");
        int exitCode;
        Process service = new ProcessBuilder("sh", launcher.toString(), "serve", "--server.address=127.0.0.1", "--server.port=" + port,
                "--journey-audit.registry.data-dir=" + Files.createTempDirectory("journey-audit-registry"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            waitForHealth(http, base, service, log);
            System.out.printf("service up on %s (log: %s)%n", base, log);
            if (warmUp > 0) {
                // the same requests, not counted: a fresh service runs its code interpreted or at the first compiler tier
                // for the first seconds, and the launcher leaves the optimising compiler to code ten times hotter than usual
                long warmDeadline = System.nanoTime() + Duration.ofSeconds(warmUp).toNanos();
                ExecutorService warming = Executors.newFixedThreadPool(concurrency);
                AtomicInteger warmed = new AtomicInteger();
                for (int c = 0; c < concurrency; c++) {
                    warming.submit(() -> {
                        while (System.nanoTime() < warmDeadline) {
                            http.send(post(base, journey, Duration.ofSeconds(30)), HttpResponse.BodyHandlers.discarding());
                            warmed.incrementAndGet();
                        }
                        return null;
                    });
                }
                warming.shutdown();
                warming.awaitTermination(warmUp + 60L, java.util.concurrent.TimeUnit.SECONDS);
                System.out.printf("warm-up: %d requests in %d s, not counted%n", warmed.get(), warmUp);
            }
            Duration serviceCpuBefore = cpu(service.toHandle());
            Duration ownCpuBefore = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);

            // one hostile journey while the load runs: it must be refused or answered without stopping the others
            long hostileStart = System.nanoTime();
            CompletableFuture<String> hostileAnswer = http.sendAsync(post(base, hostile, Duration.ofSeconds(60)),
                    HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> failure != null
                            ? "no answer: " + failure
                            : response.statusCode() + " after " + millis(System.nanoTime() - hostileStart) + " ms: " + firstChars(response.body(), 300));

            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            Map<String, Integer> notOk = Collections.synchronizedMap(new TreeMap<>());
            AtomicInteger sent = new AtomicInteger();
            long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            long start = System.nanoTime();
            ExecutorService clients = Executors.newFixedThreadPool(concurrency);
            for (int c = 0; c < concurrency; c++) {
                clients.submit(() -> {
                    while (System.nanoTime() < deadline && sent.incrementAndGet() <= requests) {
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> response = http.send(post(base, journey, Duration.ofSeconds(30)), HttpResponse.BodyHandlers.ofString());
                            latencies.add(System.nanoTime() - t0);
                            if (response.statusCode() != 200) {
                                notOk.merge(String.valueOf(response.statusCode()), 1, Integer::sum);
                            }
                        } catch (IOException | InterruptedException failed) {
                            notOk.merge("no answer (" + failed.getClass().getSimpleName() + ")", 1, Integer::sum);
                        }
                    }
                    return null;
                });
            }
            clients.shutdown();
            clients.awaitTermination(seconds + 60L, java.util.concurrent.TimeUnit.SECONDS);
            long elapsed = System.nanoTime() - start;
            Duration serviceCpu = cpu(service.toHandle()).minus(serviceCpuBefore);
            // this process alone: the service is among its descendants
            Duration ownCpu = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).minus(ownCpuBefore);

            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            int answered = sorted.size();
            System.out.printf("requests: %d answered in %.1f s with %d clients: %.1f requests/s%n", answered, elapsed / 1e9, concurrency,
                    answered / (elapsed / 1e9));
            if (answered > 0) {
                System.out.printf("latency: p50 %d ms, p99 %d ms, max %d ms%n", millis(percentile(sorted, 50)), millis(percentile(sorted, 99)),
                        millis(sorted.get(answered - 1)));
            }
            // on a machine of few cores the clients take their share of them: what each side spent says how much
            System.out.printf("CPU while measured: service %.1f s, this load generator %.1f s (%.1f s of wall time on %d cores)%n",
                    serviceCpu.toMillis() / 1e3, ownCpu.toMillis() / 1e3, elapsed / 1e9, Runtime.getRuntime().availableProcessors());
            int failures = notOk.values().stream().mapToInt(Integer::intValue).sum();
            System.out.printf("not 200: %d %s%n", failures, notOk.isEmpty() ? "" : notOk);
            System.out.printf("hostile journey (%d extra asking steps, %d KB): %s%n", hostileSteps, hostile.length() / 1024, hostileAnswer.get());
            exitCode = failures == 0 ? 0 : 1;
        } finally {
            service.destroy();
            if (!service.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
        System.exit(exitCode);
    }

    /** The CPU time a process and the processes it started have spent so far (the launcher starts the JVM). */
    private static Duration cpu(ProcessHandle process) {
        Duration total = process.info().totalCpuDuration().orElse(Duration.ZERO);
        for (ProcessHandle child : process.descendants().toList()) {
            total = total.plus(child.info().totalCpuDuration().orElse(Duration.ZERO));
        }
        return total;
    }

    /** The sample with many more steps in its first stage, each asking the customer for the same item again. */
    private static String hostile(String journey, int steps) {
        StringBuilder extra = new StringBuilder();
        for (int i = 0; i < steps; i++) {
            extra.append("      - id: ask-again-").append(i).append("\n        name: Asks for the order number again\n        actor: L1\n")
                    .append("        kind: request\n        minutes: 1\n        asksCustomer: [order.number]\n");
        }
        int at = journey.indexOf("    steps:\n");
        if (at < 0) {
            throw new IllegalArgumentException("the sample has no steps to add to");
        }
        int insert = at + "    steps:\n".length();
        return journey.substring(0, insert) + extra + journey.substring(insert);
    }

    private static HttpRequest post(String base, String body, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(base + "/api/audits")).header("Content-Type", "application/yaml").timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static void waitForHealth(HttpClient http, String base, Process service, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new IllegalStateException("the service stopped before it was up; see " + log);
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).timeout(Duration.ofSeconds(2))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the service was not up within 90 s; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    private static String firstChars(String text, int n) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= n ? flat : flat.substring(0, n) + "...";
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                System.err.println("load-test: usage: [--requests N] [--seconds N] [--concurrency N] [--hostile-steps N] [--warm-up SECONDS] [--launcher PATH] [--sample PATH]");
                System.exit(2);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
