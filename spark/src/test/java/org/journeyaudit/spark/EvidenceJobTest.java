package org.journeyaudit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.spark.api.java.JavaSparkContext;
import org.journeyaudit.engine.evidence.EventLog;
import org.journeyaudit.engine.evidence.Evidence;
import org.journeyaudit.engine.evidence.LogMapping;
import org.journeyaudit.engine.evidence.LogMappingReader;
import org.journeyaudit.engine.evidence.ObservedMeasures;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.report.EvidenceReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evidence job in {@code local[2]}: the same report as {@code journey-audit evidence}, figure for figure. */
class EvidenceJobTest {

    private static final Path SAMPLES = Path.of("../samples");
    private static final Path JOURNEY = SAMPLES.resolve("dashcam-warranty-repair.yaml");
    private static final Path LOG = SAMPLES.resolve("evidence/tickets.csv");
    private static final Path MAPPING = SAMPLES.resolve("evidence/mapping.yaml");
    /** How the expected reports name the log: as a user in the repository's root gives it. */
    private static final String LOG_NAME = "samples/evidence/tickets.csv";

    @TempDir
    Path dir;

    @Test
    void theSampleTicketLogGivesTheCommandLinesJsonAndTextReports() throws IOException {
        Run run = run(JOURNEY.toString(), "--log", LOG.toString(), "--mapping", MAPPING.toString(), "--out", dir.toString());

        assertThat(run.code).isZero();
        assertThat(run.err).isEmpty();
        assertThat(run.out).isEqualTo("Wrote " + dir.resolve("evidence.json") + " and " + dir.resolve("evidence.txt")
                + ": 1364 events, 150 cases, 6 rows not read, 3 values not read.\n");
        assertThat(Files.readString(dir.resolve("evidence.json")).replace(LOG.toString(), LOG_NAME))
                .isEqualTo(Files.readString(SAMPLES.resolve("evidence/expected/tickets.json")));
        assertThat(Files.readString(dir.resolve("evidence.txt")).replace(LOG.toString(), LOG_NAME))
                .isEqualTo(Files.readString(SAMPLES.resolve("evidence/expected/tickets.txt")));
    }

    @Test
    void theReportIsWrittenInTheLanguageAsked() throws IOException {
        Run run = run(JOURNEY.toString(), "--log", LOG.toString(), "--mapping", MAPPING.toString(), "--out", dir.toString(), "--lang", "ru");

        assertThat(run.code).isZero();
        assertThat(Files.readString(dir.resolve("evidence.txt")).replace(LOG.toString(), LOG_NAME))
                .isEqualTo(Files.readString(SAMPLES.resolve("evidence/expected/tickets.ru.txt")));
        assertThat(Files.readString(dir.resolve("evidence.json")).replace(LOG.toString(), LOG_NAME))
                .isEqualTo(Files.readString(SAMPLES.resolve("evidence/expected/tickets.json")));
    }

    @Test
    void aGzippedLogSortedByCaseWithCasesSeenAgainAndEventsOutOfOrderGivesTheSinglePassReport() throws IOException {
        Path mapping = Files.writeString(dir.resolve("mapping.yaml"), """
                columns: {case: case, timestamp: timestamp, activity: activity, actor: actor, channel: channel}
                sortedByCase: true
                """);
        String csv = """
                case,timestamp,activity,actor,channel
                c1,2025-03-01 09:00:00,take-call,L1,phone
                c1,2025-03-01 09:10:00,check-history,L2,
                c1,2025-03-01 09:10:00,answer,L1,email
                c1,2025-03-01 09:05:00,analyse,L3,
                c2,2025-03-01 10:00:00,take-call,Robot,chat
                c2,2025-03-01 10:00:00,check-history,L2,
                c1,2025-03-02 09:00:00,take-call,L1,chat
                c3,2025-03-02 11:00:00,take-call,L1,phone
                c4,,take-call,L1,phone
                c4,2025-03-03 08:00:00,chase,Night shift,email
                c1,2025-03-04 09:00:00,callback,L2,phone
                c4,2025-03-03 09:00:00,analyse,L2,
                """;
        Path plain = Files.writeString(dir.resolve("log.csv"), csv);
        Path gzipped = dir.resolve("log.csv.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gzipped))) {
            out.write(csv.getBytes(StandardCharsets.UTF_8));
        }
        Path journey = Path.of("../engine/src/test/resources/org/journeyaudit/engine/evidence/complaint.yaml");

        Run run = run(journey.toString(), "--log", gzipped.toString(), "--mapping", mapping.toString(), "--out", dir.resolve("out").toString());

        assertThat(run.code).isZero();
        assertThat(run.out).endsWith(": 8 events, 4 cases, 4 rows not read.\n");
        assertThat(Files.readString(dir.resolve("out/evidence.json"))).isEqualTo(singlePass(journey, plain, mapping, gzipped.toString()));
    }

    /** Empty lines among the rows (an export's blank lines, a hand-edited log), a row without a time and a handle time that is no duration. */
    private static final String GAPPED = """
            case,timestamp,activity,actor,channel,AHT
            c1,2025-03-01 09:00:00,take-call,L1,phone,240


            c1,2025-03-01 09:10:00,check-history,L2,,
            c2,2025-03-01 10:00:00,take-call,L1,phone,about 4 min

            c3,,take-call,L1,phone,90
            c3,2025-03-02 11:00:00,take-call,L1,phone,200
            """;

    @Test
    void aLogWithEmptyLinesAndAHandleTimeThatIsNoDurationGivesTheCommandLinesReportAtThePhysicalLines() throws IOException {
        Path log = Files.writeString(dir.resolve("log.csv"), GAPPED);
        Path journey = Path.of("../engine/src/test/resources/org/journeyaudit/engine/evidence/complaint.yaml");

        Run run = run(journey.toString(), "--log", log.toString(), "--out", dir.resolve("out").toString());

        assertThat(run.code).isZero();
        // c2's call counts as an event and a contact: only its handle time is not measured
        assertThat(run.out).endsWith(": 4 events, 3 cases, 1 rows not read, 1 values not read.\n");
        String json = Files.readString(dir.resolve("out/evidence.json"));
        assertThat(json).isEqualTo(singlePass(journey, log, null, log.toString()));
        assertThat(json).contains("""
                    "unread" : [ {
                      "line" : 8,
                      "reason" : "noTimestamp",
                      "message" : "no timestamp in column 'timestamp'"
                    } ],
                    "unreadValues" : 1,
                    "unreadValuesListed" : [ {
                      "line" : 6,
                      "column" : "AHT",
                      "value" : "about 4 min",
                      "reason" : "badHandleTime",
                      "message" : "the handle time 'about 4 min' in column 'AHT' is neither seconds (245) nor a time (4:05 or 0:04:05)"
                    } ],""".indent(4));
    }

    @Test
    void strictlyTheJobStopsAtAHandleTimeThatIsNoDurationAtItsPhysicalLineAsTheCommandLineDoes() throws IOException {
        Path log = Files.writeString(dir.resolve("log.csv"), GAPPED);
        Path journey = Path.of("../engine/src/test/resources/org/journeyaudit/engine/evidence/complaint.yaml");

        Run run = run(journey.toString(), "--log", log.toString(), "--out", dir.resolve("out").toString(), "--strict");

        assertThat(run.code).isEqualTo(3);
        assertThat(run.err).isEqualTo(log + " cannot be read as an event log:\n" + log + ":6: the handle time 'about 4 min' in column 'AHT' "
                + "is neither seconds (245) nor a time (4:05 or 0:04:05) (--strict stops at the first row that cannot be read)\n");
    }

    @Test
    void strictlyTheJobStopsAtTheFirstRowThatCannotBeReadAtItsLine() {
        Run run = run(JOURNEY.toString(), "--log", LOG.toString(), "--mapping", MAPPING.toString(), "--out", dir.toString(), "--strict");

        assertThat(run.code).isEqualTo(3);
        assertThat(run.err).isEqualTo(LOG + " cannot be read as an event log:\n" + LOG
                + ":256: no timestamp in column 'Дата изменения' (--strict stops at the first row that cannot be read)\n");
        assertThat(dir.resolve("evidence.json")).doesNotExist();
    }

    @Test
    void aColumnTheLogLacksIsRefusedAsTheMappingsProblemBeforeAnyWork() throws IOException {
        Path mapping = Files.writeString(dir.resolve("mapping.yaml"), """
                columns: {case: Ticket, timestamp: Дата изменения, activity: Статус}
                """);

        Run run = run(JOURNEY.toString(), "--log", LOG.toString(), "--mapping", mapping.toString(), "--out", dir.toString());

        assertThat(run.code).isEqualTo(3);
        assertThat(run.err).startsWith(mapping + " is not a valid evidence mapping:\n");
        assertThat(run.err).contains("'Ticket'");
    }

    @Test
    void wrongArgumentsAreToldWithTheUsage() {
        Run run = run(JOURNEY.toString(), "--log", "log.xes", "--out", dir.toString());

        assertThat(run.code).isEqualTo(2);
        assertThat(run.err).isEqualTo("--log: the evidence job reads CSV logs; read an XES log with journey-audit evidence\n"
                + EvidenceJob.USAGE_LINE + "\n");
    }

    private static String singlePass(Path journeyFile, Path log, Path mappingFile, String name) {
        Journey journey = new org.journeyaudit.engine.document.JourneyReader().read(journeyFile);
        LogMapping mapping = mappingFile == null ? LogMappingReader.byNames(journey) : new LogMappingReader().read(mappingFile, journey);
        ObservedMeasures measures = ObservedMeasures.of(journey, EventLog.open(log, mapping), mapping);
        Evidence evidence = new Evidence(journey, name, measures);
        return EvidenceReport.json(evidence, org.journeyaudit.engine.evidence.EvidenceFindings.of(
                new org.journeyaudit.engine.audit.Auditor(org.journeyaudit.engine.rulebase.RuleBase.builtIn()), evidence,
                org.journeyaudit.engine.audit.AuditOptions.asOf(java.time.LocalDate.now())));
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        JavaSparkContext spark = JavaSparkContext.fromSparkContext(LocalSpark.session().sparkContext());
        int code = EvidenceJob.run(spark, args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
