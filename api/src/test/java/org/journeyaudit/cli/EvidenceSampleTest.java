package org.journeyaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.evidence.Evidence;
import org.journeyaudit.engine.evidence.EventLog;
import org.journeyaudit.engine.evidence.LogMapping;
import org.journeyaudit.engine.evidence.LogMappingReader;
import org.journeyaudit.engine.evidence.ObservedMeasures;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.report.EvidenceReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evidence sample: the dash cam warranty-repair journey beside the ticket log its generator writes. The log in
 * the repository is the generator's output, and the evidence reports over it are the expected ones in
 * {@code samples/evidence/expected/}; {@link #main} writes those again, for a reviewer to read and commit.
 */
class EvidenceSampleTest {

    static final Path SAMPLE = Path.of("../samples/evidence");
    static final Path JOURNEY = Path.of("../samples/dashcam-warranty-repair.yaml");
    /** How the reports name the log: as a user in the repository's root gives it. */
    static final String LOG_NAME = "samples/evidence/tickets.csv";

    @TempDir
    Path dir;

    @Test
    void theLogInTheRepositoryIsWhatItsGeneratorWrites() throws IOException, InterruptedException {
        Path written = dir.resolve("tickets.csv");
        Process generator = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                SAMPLE.resolve("GenerateTicketLog.java").toString(), written.toString()).redirectErrorStream(true).start();
        String said = new String(generator.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(generator.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(said).isEmpty();
        assertThat(generator.exitValue()).isZero();
        assertThat(Files.readAllBytes(written)).isEqualTo(Files.readAllBytes(SAMPLE.resolve("tickets.csv")));
    }

    @Test
    void theEvidenceReportsAreTheExpectedOnes() throws IOException {
        assertThat(report(Language.EN)).isEqualTo(Files.readString(SAMPLE.resolve("expected/tickets.txt")));
        assertThat(report(Language.RU)).isEqualTo(Files.readString(SAMPLE.resolve("expected/tickets.ru.txt")));
        assertThat(json()).isEqualTo(Files.readString(SAMPLE.resolve("expected/tickets.json")));
    }

    @Test
    void theVisualReportsObservedSectionIsTheExpectedOne() throws IOException {
        assertThat(observed(Language.EN)).isEqualTo(Files.readString(SAMPLE.resolve("expected/tickets.observed.json")));
        assertThat(observed(Language.RU)).isEqualTo(Files.readString(SAMPLE.resolve("expected/tickets.observed.ru.json")));
    }

    @Test
    void theCommandLinePrintsTheExpectedReport() throws IOException {
        CliRun run = CliRun.run("evidence", JOURNEY.toString(), "--log", SAMPLE.resolve("tickets.csv").toString(), "--mapping",
                SAMPLE.resolve("mapping.yaml").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(Files.readString(SAMPLE.resolve("expected/tickets.txt"))
                .replace("Log " + LOG_NAME + ":", "Log " + SAMPLE.resolve("tickets.csv") + ":"));
    }

    static Evidence evidence() {
        Journey journey = new JourneyReader().read(JOURNEY);
        LogMapping mapping = new LogMappingReader().read(SAMPLE.resolve("mapping.yaml"), journey);
        ObservedMeasures measures = ObservedMeasures.of(journey, EventLog.open(SAMPLE.resolve("tickets.csv"), mapping), mapping);
        return new Evidence(journey, LOG_NAME, measures);
    }

    static String report(Language language) {
        Evidence evidence = evidence();
        return EvidenceReport.text(evidence, findings(evidence, language), language);
    }

    static String json() {
        Evidence evidence = evidence();
        return EvidenceReport.json(evidence, findings(evidence, Language.EN));
    }

    /** The {@code observed} section the visual report draws the log's figures from. */
    static String observed(Language language) {
        return org.journeyaudit.engine.report.JsonReport.write(org.journeyaudit.engine.report.ObservedOverlay.of(evidence(), language));
    }

    static java.util.List<org.journeyaudit.engine.finding.Finding> findings(Evidence evidence, Language language) {
        return org.journeyaudit.engine.evidence.EvidenceFindings.of(new org.journeyaudit.engine.audit.Auditor(
                org.journeyaudit.engine.rulebase.RuleBase.builtIn()), evidence,
                org.journeyaudit.engine.audit.AuditOptions.asOf(java.time.LocalDate.now()).withLanguage(language));
    }

    /** Writes the expected reports from the current code; run from the {@code api} directory with the test classpath. */
    public static void main(String[] args) throws IOException {
        Files.createDirectories(SAMPLE.resolve("expected"));
        Files.writeString(SAMPLE.resolve("expected/tickets.txt"), report(Language.EN));
        Files.writeString(SAMPLE.resolve("expected/tickets.ru.txt"), report(Language.RU));
        Files.writeString(SAMPLE.resolve("expected/tickets.json"), json());
        Files.writeString(SAMPLE.resolve("expected/tickets.observed.json"), observed(Language.EN));
        Files.writeString(SAMPLE.resolve("expected/tickets.observed.ru.json"), observed(Language.RU));
    }
}
