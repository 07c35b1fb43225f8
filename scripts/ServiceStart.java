import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.tools.ToolProvider;

/**
 * The service's start: from launching {@code bin/journey-audit serve} on a free port of 127.0.0.1 to its
 * first 200 from {@code /actuator/health}, beside a JVM that only prints "hi", in turns in one run (see
 * StartupTime). Prints the medians, the ratio, and the median against its target of 2 s on this machine.
 *
 * <pre>java scripts/ServiceStart.java [--runs N] [--launcher PATH]</pre>
 *
 * Exits with 1 when the target is missed. Builds nothing: run {@code mvn -B -q package -DskipTests} first.
 */
public class ServiceStart {

    /** The service answers its health check within this many seconds of being started. */
    static final double TARGET_SECONDS = 2.0;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
        Path launcher = Path.of(options.getOrDefault("launcher", "bin/journey-audit"));
        if (runs < 3) {
            fail("--runs must be at least 3 for a median worth reading");
        }
        if (!Files.isExecutable(launcher)) {
            fail(launcher + " is missing or not executable");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path hello = helloWorld();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        List<Double> helloSeconds = new ArrayList<>();
        List<Double> startSeconds = new ArrayList<>();
        // one untimed turn each first: the files are then in the page cache for every timed run alike
        helloWorld(java, hello);
        serviceStart(launcher, http);
        for (int i = 0; i < runs; i++) {
            helloSeconds.add(helloWorld(java, hello));
            startSeconds.add(serviceStart(launcher, http));
        }
        double helloMedian = median(helloSeconds);
        double startMedian = median(startSeconds);
        boolean met = startMedian <= TARGET_SECONDS;
        System.out.printf("medians of %d interleaved runs on %d cores:%n", runs, Runtime.getRuntime().availableProcessors());
        System.out.printf("  %-50s %6.3f s  %5.1fx%n", "JVM hello-world", helloMedian, 1.0);
        System.out.printf("  %-50s %6.3f s  %5.1fx  target <= %.0f s: %s%n", launcher + " serve, to a healthy /actuator/health",
                startMedian, startMedian / helloMedian, TARGET_SECONDS, met ? "met" : "MISSED");
        System.exit(met ? 0 : 1);
    }

    private static double helloWorld(String java, Path hello) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(java, "-cp", hello.toString(), "Hello").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            fail("the hello-world did not print hi");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Seconds from launch to the first healthy answer; the service is then stopped. */
    private static double serviceStart(Path launcher, HttpClient http) throws Exception {
        int port = freePort();
        URI health = URI.create("http://127.0.0.1:" + port + "/actuator/health");
        Path log = Files.createTempFile("service-start", ".log");
        long start = System.nanoTime();
        Process service = new ProcessBuilder(launcher.toString(), "serve", "--server.address=127.0.0.1", "--server.port=" + port,
                "--journey-audit.registry.data-dir=" + Files.createTempDirectory("journey-audit-registry"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            while (true) {
                if (!service.isAlive()) {
                    fail("the service stopped before it was healthy (exit " + service.exitValue() + "); its output is in " + log);
                }
                if ((System.nanoTime() - start) / 1e9 > 120) {
                    fail("the service was not healthy within 120 s; its output is in " + log);
                }
                try {
                    HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (answer.statusCode() == 200) {
                        double seconds = (System.nanoTime() - start) / 1e9;
                        Files.deleteIfExists(log);
                        return seconds;
                    }
                } catch (IOException notYetListening) {
                    // the port is not open yet
                }
                Thread.sleep(10);
            }
        } finally {
            service.destroy();
            if (!service.waitFor(30, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** A class that prints "hi", compiled into a directory of its own. */
    private static Path helloWorld() throws IOException {
        Path dir = Files.createTempDirectory("service-start-hello");
        dir.toFile().deleteOnExit();
        Path source = dir.resolve("Hello.java");
        Files.writeString(source, "public class Hello { public static void main(String[] args) { System.out.println(\"hi\"); } }\n");
        if (ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", dir.toString(), source.toString()) != 0) {
            fail("cannot compile the hello-world in " + dir);
        }
        dir.resolve("Hello.class").toFile().deleteOnExit();
        source.toFile().deleteOnExit();
        return dir;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                fail("usage: java scripts/ServiceStart.java [--runs N] [--launcher PATH]");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private static void fail(String message) {
        System.err.println("service-start: " + message);
        System.exit(2);
    }
}
