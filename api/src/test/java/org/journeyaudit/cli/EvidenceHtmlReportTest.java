package org.journeyaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The visual report with a log beside the journey: {@code evidence --format html} and {@code audit --log --format html}
 * write the journey's report with the {@code observed} section of the evidence sample, and nothing of it otherwise.
 */
class EvidenceHtmlReportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern DATA = Pattern.compile(
            "<script type=\"application/json\" id=\"report-data\">(.*?)</script>", Pattern.DOTALL);
    private static final Path SAMPLE = EvidenceSampleTest.SAMPLE;
    private static final String LOG = SAMPLE.resolve("tickets.csv").toString();
    private static final String MAPPING = SAMPLE.resolve("mapping.yaml").toString();

    @TempDir
    Path dir;

    @Test
    void evidenceFormatHtmlWritesTheVisualReportWithWhatTheLogShows() throws Exception {
        Path file = dir.resolve("evidence.html");
        CliRun run = CliRun.run("evidence", EvidenceSampleTest.JOURNEY.toString(), "--log", LOG, "--mapping", MAPPING, "--format", "html",
                "-o", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("Report written to " + file + "\n");
        JsonNode data = data(Files.readString(file));
        assertThat(data.get("observed")).isEqualTo(expected("tickets.observed.json"));
        assertThat(data.at("/report/journey/id").asString()).isEqualTo("dashcam-warranty-repair");
        // the evidence rules' findings are in the report beside the design's own
        assertThat(data.at("/report/findings").valueStream().filter(f -> f.get("family").asString().equals("evidence")).count())
                .isEqualTo(10);
        assertThat(data.get("language").asString()).isEqualTo("en");
    }

    @Test
    void evidenceFormatHtmlInRussianWritesTheRussianFigures() throws Exception {
        CliRun run = CliRun.run("evidence", EvidenceSampleTest.JOURNEY.toString(), "--log", LOG, "--mapping", MAPPING, "--format", "html",
                "--lang", "ru");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode data = data(run.out());
        assertThat(data.get("observed")).isEqualTo(expected("tickets.observed.ru.json"));
        assertThat(data.at("/observed/stages/1/duration/p90Shown").asString()).isEqualTo("10\u00a0дн. 23\u00a0ч");
    }

    @Test
    void auditWithLogFormatHtmlWritesTheSameSection() throws Exception {
        CliRun run = CliRun.run("audit", EvidenceSampleTest.JOURNEY.toString(), "--log", LOG, "--mapping", MAPPING, "--format", "html");

        assertThat(run.err()).isEqualTo(LOG + ": 6 rows could not be read and were left out ('journey-audit evidence' lists them)\n"
                + LOG + ": 3 handle times could not be read; their contacts are counted without them ('journey-audit evidence' lists them)\n");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(data(run.out()).get("observed")).isEqualTo(expected("tickets.observed.json"));
    }

    @Test
    void theAuditDateIsTheOneAskedFor() {
        CliRun run = CliRun.run("evidence", EvidenceSampleTest.JOURNEY.toString(), "--log", LOG, "--mapping", MAPPING, "--format", "html",
                "--as-of", "2026-03-20");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(data(run.out()).at("/report/asOf").asString()).isEqualTo("2026-03-20");
    }

    @Test
    void anAuditDateThatIsNoDateIsRefusedBeforeTheLogIsRead() {
        CliRun run = CliRun.run("evidence", EvidenceSampleTest.JOURNEY.toString(), "--log", "no-such-log.csv", "--as-of", "2026-13-01");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("journey-audit: --as-of: '2026-13-01' is not a date; write it as YYYY-MM-DD\n"
                + "Try 'journey-audit evidence --help' for usage.\n");
    }

    @Test
    void withoutALogTheVisualReportHasNoObservedSection() {
        CliRun run = CliRun.run("audit", EvidenceSampleTest.JOURNEY.toString(), "--format", "html");

        assertThat(data(run.out()).has("observed")).isFalse();
    }

    @Test
    void theReportFileIsNeverOneOfTheInputs() {
        CliRun run = CliRun.run("evidence", EvidenceSampleTest.JOURNEY.toString(), "--log", LOG, "--mapping", MAPPING, "--format", "html",
                "-o", LOG);

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("journey-audit: -o " + LOG + " would overwrite " + LOG
                + ", an input of this command; write the report to another file\nTry 'journey-audit evidence --help' for usage.\n");
    }

    /** The expected section, naming the log as these runs give it. */
    private static JsonNode expected(String file) throws Exception {
        ObjectNode observed = (ObjectNode) JSON.readTree(Files.readString(SAMPLE.resolve("expected").resolve(file)));
        observed.put("log", LOG);
        return observed;
    }

    private static JsonNode data(String html) {
        Matcher data = DATA.matcher(html);
        assertThat(data.find()).as("the page embeds its data").isTrue();
        return JSON.readTree(data.group(1));
    }
}
