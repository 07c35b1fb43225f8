package org.journeyaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/journey-audit} against {@code java -jar} on the packaged jar: the same reports, messages and exit
 * codes, with the class-data archive the build wrote and without it. Runs after {@code package} (the
 * launcher runs what the build extracted), in the {@code integration-test} phase.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("../bin/journey-audit");
    private static final Path JAR = Path.of("target/journey-audit.jar");
    private static final Path EXTRACTED = Path.of("target/journey-audit");
    private static final String SAMPLE = "../samples/retail-defective-goods.yaml";

    record Run(int exitCode, String out, String err) {
    }

    private static Run run(Map<String, String> environment, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("JOURNEY_AUDIT_HOME");
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static Run launcher(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
        command.addAll(List.of(args));
        return run(environment, command);
    }

    private static Run jar(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toString()));
        command.addAll(List.of(args));
        return run(Map.of(), command);
    }

    @Test
    void theLauncherPrintsWhatTheJarPrints() throws Exception {
        Run launched = launcher(Map.of(), "audit", "--as-of", "2026-11-22", SAMPLE);
        Run packaged = jar("audit", "--as-of", "2026-11-22", SAMPLE);

        assertThat(launched).isEqualTo(packaged);
        assertThat(launched.exitCode()).isZero();
        assertThat(launched.err()).isEmpty();
        assertThat(launched.out()).startsWith("""
                Journey audit: Defective goods claim (retail-defective-goods, version before)
                As of 2026-11-22

                Summary
                  4 findings: 0 errors, 3 warnings, 1 info
                """);
    }

    @Test
    void aPortfolioAndAJsonReportAreTheSameThroughTheLauncher() throws Exception {
        Run launched = launcher(Map.of(), "audit", "--as-of", "2026-11-22", "--format", "json", "--fail-on", "never", "../samples");
        Run packaged = jar("audit", "--as-of", "2026-11-22", "--format", "json", "--fail-on", "never", "../samples");

        assertThat(launched).isEqualTo(packaged);
        assertThat(launched.exitCode()).isZero();
        assertThat(launched.out()).contains("\"findings\" : 57,");
    }

    /** The evidence of a log and a journey written as a workbook run on the command line's class path too. */
    @Test
    void evidenceAndExportRunAlikeThroughTheLauncher(@TempDir Path out) throws Exception {
        String[] evidence = {"evidence", "../samples/dashcam-warranty-repair.yaml", "--log", "../samples/evidence/tickets.csv",
                "--mapping", "../samples/evidence/mapping.yaml", "--format", "json"};
        Run launched = launcher(Map.of(), evidence);
        assertThat(launched).isEqualTo(jar(evidence));
        assertThat(launched.out()).contains("\"cases\" : 150");

        Run exported = launcher(Map.of(), "export", "../samples/retail-defective-goods.yaml", "-o", out.resolve("journey.xlsx").toString());
        assertThat(exported).isEqualTo(new Run(0, "Workbook written to " + out.resolve("journey.xlsx") + "\n", ""));
        Run imported = launcher(Map.of(), "import", out.resolve("journey.xlsx").toString());
        assertThat(imported).isEqualTo(jar("import", out.resolve("journey.xlsx").toString()));
        assertThat(imported.out()).startsWith("id: defective-goods-claim\nname: Defective goods claim\n");
    }

    /** A workbook is read on the command line's class path as on the whole application's: the workbook library and its logging are there. */
    @Test
    void aWorkbookIsAuditedAlikeThroughTheLauncher() throws Exception {
        Run launched = launcher(Map.of(), "audit", "--as-of", "2026-11-22", "--format", "json", "../samples/spreadsheets/fitness-club-map.xlsx");
        Run packaged = jar("audit", "--as-of", "2026-11-22", "--format", "json", "../samples/spreadsheets/fitness-club-map.xlsx");

        assertThat(launched).isEqualTo(packaged);
        assertThat(launched.out()).contains("\"id\" : \"cjm-ifk-flight\"");
        assertThat(launched.err()).startsWith("journey-audit: ../samples/spreadsheets/fitness-club-map.xlsx: read as a journey map");
    }

    @Test
    void aDocumentThatCannotBeReadIsRefusedAlikeThroughTheLauncher() throws Exception {
        Run launched = launcher(Map.of(), "audit", "../samples/no-such-journey.yaml");
        Run packaged = jar("audit", "../samples/no-such-journey.yaml");

        assertThat(launched).isEqualTo(packaged);
        assertThat(launched.exitCode()).isEqualTo(3);
        assertThat(launched.out()).isEmpty();
        assertThat(launched.err()).isEqualTo("""
                ../samples/no-such-journey.yaml is invalid and was not audited:
                ../samples/no-such-journey.yaml: no such file or directory
                """);
    }

    /** The command line runs without the service's jars, and its help, which lists serve too, runs on the whole application. */
    @Test
    void theCommandLineClassPathHoldsNoJarOfTheService() throws Exception {
        List<String> jars = List.of(Files.readString(EXTRACTED.resolve("command-line.classpath")).strip().split(":"));

        assertThat(jars).contains("lib/journey-audit-engine-0.1.0-SNAPSHOT.jar", "lib/journey-audit-rules-0.1.0-SNAPSHOT.jar",
                "lib/picocli-4.7.7.jar", "lib/slf4j-api-2.0.20.jar");
        assertThat(jars).noneMatch(jar -> jar.contains("spring") || jar.contains("tomcat") || jar.contains("logback")
                || jar.contains("micrometer") || jar.contains("swagger"));
        assertThat(jars).hasSize(60); // of the 126 in lib/
        Run help = launcher(Map.of(), "--help");
        assertThat(help).isEqualTo(jar("--help"));
        assertThat(help.out()).contains("serve");
    }

    /** An application without its archive: the launcher says so and runs it without, to the same report. */
    @Test
    void withoutTheArchiveTheLauncherSaysSoAndRunsWithoutIt(@TempDir Path home) throws Exception {
        Files.createSymbolicLink(home.resolve("lib"), EXTRACTED.resolve("lib").toAbsolutePath());
        Files.copy(EXTRACTED.resolve("journey-audit.jar"), home.resolve("journey-audit.jar"), StandardCopyOption.COPY_ATTRIBUTES);

        Run launched = launcher(Map.of("JOURNEY_AUDIT_HOME", home.toString()), "audit", "--as-of", "2026-11-22", SAMPLE);

        assertThat(launched.err()).isEqualTo("journey-audit: no class-data archive (" + home + "/journey-audit.jsa); running without it"
                + " (slower start; mvn -B -q package -DskipTests writes it)\n");
        assertThat(launched.out()).isEqualTo(jar("audit", "--as-of", "2026-11-22", SAMPLE).out());
        assertThat(launched.exitCode()).isZero();
    }

    /** An archive older than the application it was made for is not used; the launcher says why. */
    @Test
    void aStaleArchiveIsNotUsedAndTheLauncherSaysSo(@TempDir Path home) throws Exception {
        Files.createSymbolicLink(home.resolve("lib"), EXTRACTED.resolve("lib").toAbsolutePath());
        Path app = Files.copy(EXTRACTED.resolve("journey-audit.jar"), home.resolve("journey-audit.jar"));
        Path archive = Files.copy(EXTRACTED.resolve("journey-audit.jsa"), home.resolve("journey-audit.jsa"));
        Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(app).toMillis() - 60_000));

        Run launched = launcher(Map.of("JOURNEY_AUDIT_HOME", home.toString()), "audit", "--as-of", "2026-11-22", SAMPLE);

        assertThat(launched.err()).isEqualTo("journey-audit: the class-data archive " + home + "/journey-audit.jsa is older than the"
                + " application; running without it (mvn -B -q package -DskipTests writes it again)\n");
        assertThat(launched.out()).isEqualTo(jar("audit", "--as-of", "2026-11-22", SAMPLE).out());
        assertThat(launched.exitCode()).isZero();
    }

    @Test
    void withoutAnApplicationTheLauncherSaysHowToBuildIt(@TempDir Path home) throws Exception {
        Run launched = launcher(Map.of("JOURNEY_AUDIT_HOME", home.toString()), "audit", SAMPLE);

        assertThat(launched).isEqualTo(new Run(4, "", "journey-audit: no application in " + home
                + ": build it first with mvn -B -q package -DskipTests\n"));
    }

    /**
     * serve through the launcher runs the service with the bean definitions the build wrote (Spring AOT), becomes
     * healthy, and audits; JOURNEY_AUDIT_AOT=off starts it the way java -jar does.
     */
    @Test
    void serveRunsWithTheBeanDefinitionsWrittenAtBuildTime(@TempDir Path data) throws Exception {
        Run cli = jar("audit", SAMPLE, "--format", "json", "--as-of", "2026-01-15");
        assertThat(cli.exitCode()).isEqualTo(0);
        assertThat(serve(Map.of(), data.resolve("aot"), cli.out())).contains("Starting AOT-processed JourneyAuditService using Java");
        String withoutAot = serve(Map.of("JOURNEY_AUDIT_AOT", "off"), data.resolve("plain"), cli.out());
        assertThat(withoutAot).contains("Starting JourneyAuditService using Java").doesNotContain("AOT-processed");
    }

    /**
     * Starts the service through the launcher, checks that it is healthy and that it audits the sample as the command
     * line's JSON {@code report} has it, stops it and returns its log.
     */
    private static String serve(Map<String, String> environment, Path data, String report) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Path log = Files.createTempFile("launcher-serve", ".log");
        ProcessBuilder builder = new ProcessBuilder("sh", LAUNCHER.toString(), "serve", "--server.address=127.0.0.1",
                "--server.port=" + port, "--journey-audit.registry.data-dir=" + data);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("JOURNEY_AUDIT_HOME");
        builder.environment().putAll(environment);
        Process service = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI base = URI.create("http://127.0.0.1:" + port);
        try {
            HttpResponse<String> health = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (health == null || health.statusCode() != 200) {
                assertThat(service.isAlive()).as("the service is running; its log: %s", log).isTrue();
                assertThat(System.nanoTime()).as("healthy within 120 s; its log: %s", log).isLessThan(deadline);
                try {
                    health = http.send(HttpRequest.newBuilder(base.resolve("/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
                } catch (IOException notListeningYet) {
                    Thread.sleep(50);
                }
            }
            assertThat(health.body()).isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
            HttpResponse<String> audit = http.send(HttpRequest.newBuilder(base.resolve("/api/audits?asOf=2026-01-15"))
                    .header("Content-Type", "application/yaml").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofFile(Path.of(SAMPLE))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(audit.statusCode()).isEqualTo(200);
            assertThat(audit.body().strip()).isEqualTo(report.strip());
        } finally {
            service.destroy();
            assertThat(service.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        return Files.readString(log);
    }
}
