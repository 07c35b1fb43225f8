package org.journeyaudit.engine.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.Location;
import org.journeyaudit.engine.journey.Journey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading CSV and XES logs: delimiters, byte order marks, compressed files, bad rows and logs that cannot be read. */
class EvidenceLogReadingTest {

    @TempDir
    Path dir;

    private final Journey journey = EvidenceLogs.complaint();

    /** Every event and unread row, as the sink gets them. */
    private record Read(List<LogEvent> events, List<UnreadRow> unread) implements LogSink {
        Read() {
            this(new ArrayList<>(), new ArrayList<>());
        }

        @Override
        public void event(LogEvent event) {
            events.add(event);
        }

        @Override
        public void unread(UnreadRow row) {
            unread.add(row);
        }
    }

    private Read read(Path file, LogMapping mapping) {
        Read read = new Read();
        EventLog.open(file, mapping).read(read);
        return read;
    }

    private Read read(Path file) {
        return read(file, LogMappingReader.byNames(journey));
    }

    @Test
    void aSemicolonLogWithAByteOrderMarkAndQuotedValuesIsReadWithItsLines() throws IOException {
        Path file = dir.resolve("log.csv");
        Files.write(file, ("\uFEFFTicket;Time;Status;Team\r\n"
                + "T-1;2025-03-01T09:00:00;take-call;\"L1\"\r\n"
                + "T-1;2025-03-01T09:05:00Z;\"register;\nticket\";L1\r\n"
                + "T-2;2025-03-01 09:00;take-call;\r\n").getBytes(StandardCharsets.UTF_8));

        Read read = read(file);

        assertThat(read.unread()).isEmpty();
        assertThat(read.events()).containsExactly(
                new LogEvent(2, "T-1", 1740819600L, "take-call", null, "L1", null, null),
                new LogEvent(3, "T-1", 1740819900L, "register;\nticket", null, "L1", null, null),
                new LogEvent(5, "T-2", 1740819600L, "take-call", null, null, null, null));
    }

    @Test
    void rowsAfterEmptyLinesAndAfterAQuotedValueSpanningLinesAreReportedAtThePhysicalLineTheyStartOn() {
        Path file = EvidenceLogs.write(dir, "log.csv", "case,timestamp,activity,actor\n"
                + "c1,2025-03-01 09:00:00,take-call,L1\n"
                + "\n"
                + "\n"
                + "c1,yesterday,take-call,L1\n"
                + "c1,2025-03-01 09:10:00,\"register\r\nticket\",L1\n"
                + "\r\n"
                + ",2025-03-01 09:20:00,take-call,L1\n"
                + "c2,2025-03-01 09:30:00,\"take\n\ncall\",L1\n"
                + "c2,2025-03-01 09:40:00,,L1");

        Read read = read(file);

        assertThat(read.events()).extracting(LogEvent::line, LogEvent::activity).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "take-call"), org.assertj.core.groups.Tuple.tuple(6L, "register\r\nticket"),
                org.assertj.core.groups.Tuple.tuple(10L, "take\n\ncall"));
        assertThat(read.unread()).extracting(UnreadRow::line, UnreadRow::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(5L, "the timestamp 'yesterday' in column 'timestamp' is not written as 2025-03-01T09:15:00 (ISO-8601)"),
                org.assertj.core.groups.Tuple.tuple(9L, "no case id in column 'case'"),
                org.assertj.core.groups.Tuple.tuple(13L, "no activity in column 'activity'"));
    }

    @Test
    void readStrictlyALogStopsAtItsFirstBadRowAfterEmptyLinesAtThePhysicalLine() {
        Path file = EvidenceLogs.write(dir, "log.csv", """
                case,timestamp,activity,actor
                c1,2025-03-01 09:00:00,take-call,L1


                c1,yesterday,take-call,L1
                """);

        InvalidDocumentException refused = catchThrowableOfType(InvalidDocumentException.class,
                () -> new StrictLog(EventLog.open(file, LogMappingReader.byNames(journey)), "log.csv", "--strict").read(new Read()));

        assertThat(refused.problems()).extracting(p -> p.location().line(), org.journeyaudit.engine.document.Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(5, "the timestamp 'yesterday' in column 'timestamp' is not written as "
                        + "2025-03-01T09:15:00 (ISO-8601) (--strict stops at the first row that cannot be read)"));
    }

    @Test
    void aTabSeparatedLogIsDetectedAndTheMappingNamesItsColumnsAndTimestampFormat() {
        Path file = EvidenceLogs.write(dir, "log.tsv", "SR Number\tChange Date+Time\tStatus\tInvolved ST\tST Level\n"
                + "1-364285768\t01.03.2025 09:15\tQueued\tV5 3rd\t3\n");
        Path mapping = EvidenceLogs.write(dir, "mapping.yaml", """
                columns: {case: SR Number, timestamp: Change Date+Time, activity: Status, actor: Involved ST, level: ST Level}
                timestampFormat: dd.MM.yyyy HH:mm
                """);

        Read read = read(file, new LogMappingReader().read(mapping, journey));

        assertThat(read.events()).containsExactly(new LogEvent(2, "1-364285768", 1740820500L, "Queued", null, "V5 3rd", "3", null));
    }

    @Test
    void aGivenDelimiterIsUsedEvenWhenTheHeaderHoldsMoreOfAnother() {
        Path file = EvidenceLogs.write(dir, "log.csv", "case;timestamp;activity, with a comma, or two\nc1;2025-03-01;take-call\n");
        Path mapping = EvidenceLogs.write(dir, "mapping.yaml", """
                columns: {case: case, timestamp: timestamp, activity: "activity, with a comma, or two"}
                delimiter: ";"
                """);

        assertThat(read(file, new LogMappingReader().read(mapping, journey)).events())
                .containsExactly(new LogEvent(2, "c1", 1740787200L, "take-call", null, null, null, null));
    }

    @Test
    void rowsThatCannotBeReadAreCountedWithTheirLinesAndTheRestIsRead() {
        Path file = EvidenceLogs.write(dir, "log.csv", """
                case,timestamp,activity,actor
                c1,2025-03-01 09:00:00,take-call,L1
                ,2025-03-01 09:00:00,take-call,L1
                c1,yesterday,take-call,L1
                c1,2025-03-01 09:10:00,,L1
                c1,2025-03-01 09:20:00
                c1,2025-03-01 09:30:00,register-ticket,L1
                """);

        Read read = read(file);

        assertThat(read.events()).extracting(LogEvent::line).containsExactly(2L, 7L);
        assertThat(read.unread()).containsExactly(
                new UnreadRow(3, UnreadRow.Reason.NO_CASE, List.of("case")),
                new UnreadRow(4, UnreadRow.Reason.BAD_TIMESTAMP, List.of("yesterday", "timestamp", "2025-03-01T09:15:00 (ISO-8601)")),
                new UnreadRow(5, UnreadRow.Reason.NO_ACTIVITY, List.of("activity")),
                new UnreadRow(6, UnreadRow.Reason.NO_ACTIVITY, List.of("activity")));
        assertThat(read.unread()).extracting(UnreadRow::message).containsExactly("no case id in column 'case'",
                "the timestamp 'yesterday' in column 'timestamp' is not written as 2025-03-01T09:15:00 (ISO-8601)",
                "no activity in column 'activity'", "no activity in column 'activity'");
    }

    @Test
    void aHandleTimeColumnFoundByItsUsualNameIsReadAsSecondsOrAsATimeAndANonDurationLeavesItsEventWithoutAHandleTime() {
        Path file = EvidenceLogs.write(dir, "log.csv", """
                case,timestamp,activity,channel,Talk Time
                c1,2025-03-01 09:00:00,take-call,phone,245
                c1,2025-03-01 09:10:00,take-call,phone,4:05
                c1,2025-03-01 09:20:00,take-call,phone,"0:04:05,5"
                c1,2025-03-01 09:30:00,take-call,phone,245.6
                c1,2025-03-01 09:40:00,take-call,phone,four minutes
                c1,2025-03-01 09:50:00,take-call,phone,-5
                c1,2025-03-01 10:00:00,register-ticket,,
                """);

        Read read = read(file);

        // a handle time measures the contact, it does not make it: every row is an event, three without a handle time
        assertThat(read.unread()).isEmpty();
        assertThat(read.events()).extracting(LogEvent::line, LogEvent::handleSeconds).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, 245L), org.assertj.core.groups.Tuple.tuple(3L, 245L), org.assertj.core.groups.Tuple.tuple(4L, null), org.assertj.core.groups.Tuple.tuple(5L, 246L), org.assertj.core.groups.Tuple.tuple(6L, null), org.assertj.core.groups.Tuple.tuple(7L, null), org.assertj.core.groups.Tuple.tuple(8L, null));
        assertThat(read.events()).extracting(LogEvent::unreadHandleTime).filteredOn(java.util.Objects::nonNull).containsExactly(
                new UnreadValue(4, "Talk Time", "0:04:05,5", UnreadRow.Reason.BAD_HANDLE_TIME),
                new UnreadValue(6, "Talk Time", "four minutes", UnreadRow.Reason.BAD_HANDLE_TIME),
                new UnreadValue(7, "Talk Time", "-5", UnreadRow.Reason.BAD_HANDLE_TIME));
        assertThat(read.events()).extracting(LogEvent::unreadHandleTime).filteredOn(java.util.Objects::nonNull)
                .extracting(UnreadValue::message).containsExactly(
                        "the handle time '0:04:05,5' in column 'Talk Time' is neither seconds (245) nor a time (4:05 or 0:04:05)",
                        "the handle time 'four minutes' in column 'Talk Time' is neither seconds (245) nor a time (4:05 or 0:04:05)",
                        "the handle time '-5' in column 'Talk Time' is neither seconds (245) nor a time (4:05 or 0:04:05)");
    }

    @Test
    void aRussianHandleTimeColumnIsFoundByItsUsualName() {
        Path file = EvidenceLogs.write(dir, "log.csv", "case,timestamp,activity,Время обработки\nc1,2025-03-01 09:00:00,take-call,0:02:30\n");

        assertThat(read(file).events()).extracting(LogEvent::handleSeconds).containsExactly(150L);
    }

    @Test
    void aDurationColumnIsNotTakenForTheHandleTimeSinceATicketsDurationIsMostOftenItsLifetimeButTheMappingMayNameIt() {
        Path file = EvidenceLogs.write(dir, "log.csv", """
                case,timestamp,activity,Duration,Длительность
                c1,2025-03-01 09:00:00,take-call,3 days,2:10:00:00
                c2,2025-03-01 09:00:00,take-call,0:04:05,0:04:05
                """);
        Path mapping = EvidenceLogs.write(dir, "mapping.yaml", "columns: {case: case, timestamp: timestamp, activity: activity, handleTime: Duration}\n");

        Read byNames = read(file);
        Read mapped = read(file, new LogMappingReader().read(mapping, journey));

        assertThat(byNames.events()).extracting(LogEvent::line, LogEvent::handleSeconds).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, null), org.assertj.core.groups.Tuple.tuple(3L, null));
        assertThat(byNames.unread()).isEmpty();
        assertThat(mapped.events()).extracting(LogEvent::line, LogEvent::handleSeconds).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, null), org.assertj.core.groups.Tuple.tuple(3L, 245L));
        assertThat(mapped.unread()).isEmpty();
        assertThat(mapped.events().get(0).unreadHandleTime().message())
                .isEqualTo("the handle time '3 days' in column 'Duration' is neither seconds (245) nor a time (4:05 or 0:04:05)");
    }

    @Test
    void aHandleTimeColumnInMinutesReadsABareNumberAsMinutesAndATimeAsMinutesAndSeconds() {
        Path file = EvidenceLogs.write(dir, "log.csv", """
                case,timestamp,activity,Time spent
                c1,2025-03-01 09:00:00,take-call,4.5
                c1,2025-03-01 09:10:00,take-call,"6,25"
                c1,2025-03-01 09:20:00,take-call,4:05
                c1,2025-03-01 09:30:00,take-call,4 min
                """);
        Path mapping = EvidenceLogs.write(dir, "mapping.yaml", """
                columns: {case: case, timestamp: timestamp, activity: activity, handleTime: Time spent}
                handleTimeUnit: minutes
                """);

        Read read = read(file, new LogMappingReader().read(mapping, journey));

        assertThat(read.events()).extracting(LogEvent::handleSeconds).containsExactly(270L, 375L, 245L, null);
        assertThat(read.unread()).isEmpty();
        assertThat(read.events().get(3).unreadHandleTime()).isEqualTo(new UnreadValue(5, "Time spent", "4 min", UnreadRow.Reason.BAD_HANDLE_MINUTES));
        assertThat(read.events().get(3).unreadHandleTime().message())
                .isEqualTo("the handle time '4 min' in column 'Time spent' is neither minutes (4.5) nor a time (4:05 or 0:04:05)");
    }

    @Test
    void aSuggestedMappingTakesAHandleTimeByItsPhraseButNeitherAPersonHandlingNorADuration() {
        ColumnTally tally = new ColumnTally();
        for (String column : List.of("Ticket", "Created Time", "Status", "Handled By", "Duration", "Talk Time (sec)")) {
            tally.add(column, "x");
        }
        ColumnTally russian = new ColumnTally();
        for (String column : List.of("Номер", "Дата", "Статус", "Длительность", "Длительность разговора, сек")) {
            russian.add(column, "x");
        }

        assertThat(MappingDraft.of(tally, journey).columns()).containsEntry(LogRole.HANDLE_TIME, "Talk Time (sec)")
                .containsEntry(LogRole.TIMESTAMP, "Created Time").doesNotContainValue("Duration").doesNotContainValue("Handled By");
        assertThat(MappingDraft.of(russian, journey).columns()).containsEntry(LogRole.HANDLE_TIME, "Длительность разговора, сек")
                .doesNotContainValue("Длительность");
    }

    @Test
    void aColumnTheMappingNamesThatTheLogLacksIsAnErrorOfTheMappingAtItsPlaceNamingTheColumnsThereAre() {
        Path file = EvidenceLogs.write(dir, "log.csv", "case,timestamp,Status,team\nc1,2025-03-01,take-call,L1\n");
        Path mapping = EvidenceLogs.write(dir, "mapping.yaml", """
                columns:
                  case: case
                  timestamp: timestamp
                  activity: Statu
                  actor: Team
                """);
        LogMapping read = new LogMappingReader().read(mapping, journey);

        InvalidDocumentException refused = catchThrowableOfType(InvalidDocumentException.class, () -> read(file, read));

        assertThat(refused.source()).isEqualTo(mapping.toString());
        assertThat(refused.documentName()).isEqualTo("evidence mapping");
        assertThat(refused.problems()).extracting(p -> p.location() + " " + p.yamlPath() + " " + p.message()).containsExactly(
                "4:13 columns.activity the log " + file + " has no column 'Statu'; did you mean 'Status'?; its columns are: case, "
                        + "timestamp, Status, team",
                "5:10 columns.actor the log " + file + " has no column 'Team'; did you mean 'team'?; its columns are: case, timestamp, "
                        + "Status, team");
    }

    @Test
    void withoutAMappingALogWithNoCaseColumnIsRefusedListingItsColumns() {
        Path file = EvidenceLogs.write(dir, "log.csv", "ticket number,when,activity\nc1,2025-03-01,take-call\n");

        InvalidDocumentException refused = catchThrowableOfType(InvalidDocumentException.class, () -> read(file));

        assertThat(refused.documentName()).isEqualTo("event log");
        assertThat(refused.problems()).extracting(p -> p.message()).containsExactly(
                "no column holds the case; name it under 'columns' of a mapping (--mapping); the log's columns are: ticket number, when, "
                        + "activity",
                "no column holds the timestamp; name it under 'columns' of a mapping (--mapping); the log's columns are: ticket number, "
                        + "when, activity");
    }

    @Test
    void aLogThatIsNotUtf8IsRefusedNearTheLineOfTheBadByte() throws IOException {
        Path file = dir.resolve("log.csv");
        Files.write(file, "case,timestamp,activity\nc1,2025-03-01,take-call\nc1,2025-03-02,caf\u00e9\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        InvalidDocumentException refused = catchThrowableOfType(InvalidDocumentException.class, () -> read(file));

        assertThat(refused.kind()).isEqualTo(InvalidDocumentException.Kind.MALFORMED);
        assertThat(refused.problems()).extracting(p -> p.message()).singleElement().asString()
                .startsWith("the log is not UTF-8 (a byte that is no UTF-8 character at or after line ");
    }

    @Test
    void aMissingLogOrADirectoryIsRefusedInPlainWords() {
        assertThat(catchThrowableOfType(InvalidDocumentException.class, () -> read(dir.resolve("none.csv"))).problems())
                .extracting(p -> p.message()).containsExactly("no such file");
        assertThat(catchThrowableOfType(InvalidDocumentException.class, () -> read(dir)).problems())
                .extracting(p -> p.message()).containsExactly("the path is a directory, not a regular file; only regular files are read");
    }

    private static final String XES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <log xes.version="1849-2016" xmlns="http://www.xes-standard.org/">
              <string key="concept:name" value="complaints"/>
              <trace>
                <string key="concept:name" value="c1"/>
                <event>
                  <string key="concept:name" value="take-call"/>
                  <date key="time:timestamp" value="2025-03-01T09:00:00.000+01:00"/>
                  <string key="org:group" value="L1"/>
                  <string key="channel" value="phone"/>
                </event>
                <event>
                  <string key="concept:name" value="check-history"/>
                  <date key="time:timestamp" value="2025-03-01T09:30:00.000+01:00"/>
                  <string key="org:resource" value="Ann"/>
                  <string key="org:group" value="L2"/>
                </event>
              </trace>
              <trace>
                <string key="concept:name" value="c2"/>
                <event>
                  <string key="concept:name" value="take-call"/>
                </event>
              </trace>
            </log>
            """;

    @Test
    void anXesLogIsStreamedTraceByTraceWithItsStandardAttributes() {
        Read read = read(EvidenceLogs.write(dir, "log.xes", XES));

        assertThat(read.events()).containsExactly(
                new LogEvent(6, "c1", 1740816000L, "take-call", null, "L1", null, "phone"),
                new LogEvent(12, "c1", 1740817800L, "check-history", "Ann", "L2", null, null));
        assertThat(read.unread()).extracting(r -> r.line() + " " + r.message()).containsExactly("21 no timestamp in column 'time:timestamp'");
    }

    @Test
    void anXesEventGivesItsHandleTimeByItsHandleTimeAttribute() {
        Path file = EvidenceLogs.write(dir, "log.xes", """
                <?xml version="1.0" encoding="UTF-8"?>
                <log xes.version="1849-2016" xmlns="http://www.xes-standard.org/">
                  <trace>
                    <string key="concept:name" value="c1"/>
                    <event>
                      <string key="concept:name" value="take-call"/>
                      <date key="time:timestamp" value="2025-03-01T09:00:00.000+00:00"/>
                      <string key="channel" value="phone"/>
                      <string key="handleTime" value="0:04:05"/>
                    </event>
                  </trace>
                </log>
                """);

        assertThat(read(file).events()).extracting(LogEvent::handleSeconds).containsExactly(245L);
    }

    @Test
    void anAttributeTheMappingNamesThatNoEventHasIsAnErrorOfTheMappingListingTheAttributesThereAre() {
        Path file = EvidenceLogs.write(dir, "log.xes", XES);
        Path mapping = EvidenceLogs.write(dir, "mapping.yaml", """
                columns:
                  case: case:concept:name
                  timestamp: time:timestamp
                  activity: concept:name
                  actor: org:groups
                """);
        LogMapping read = new LogMappingReader().read(mapping, journey);

        InvalidDocumentException refused = catchThrowableOfType(InvalidDocumentException.class, () -> read(file, read));

        assertThat(refused.source()).isEqualTo(mapping.toString());
        assertThat(refused.problems()).extracting(p -> p.location() + " " + p.message()).containsExactly("5:10 no event of the log " + file
                + " has the attribute 'org:groups'; did you mean 'org:group'?; its events' attributes are: concept:name, time:timestamp, "
                + "org:group, channel, org:resource");
    }

    @Test
    void aCompressedXesLogIsReadAsThePlainOne() throws IOException {
        Path file = dir.resolve("log.xes.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(XES.getBytes(StandardCharsets.UTF_8));
        }

        assertThat(read(file).events()).hasSize(2);
    }

    @Test
    void anXesLogNeverReadsAnExternalEntity() throws IOException {
        Path secret = EvidenceLogs.write(dir, "secret.txt", "not for the report");
        Path file = EvidenceLogs.write(dir, "log.xes", """
                <?xml version="1.0"?>
                <!DOCTYPE log [<!ENTITY secret SYSTEM "%s">]>
                <log><trace><string key="concept:name" value="c1"/>
                <event><string key="concept:name" value="&secret;"/><date key="time:timestamp" value="2025-03-01T09:00:00"/></event>
                </trace></log>
                """.formatted(secret.toUri()));

        InvalidDocumentException refused = catchThrowableOfType(InvalidDocumentException.class, () -> read(file));

        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo(new Location(2, 0));
            assertThat(problem.message()).isEqualTo("the log declares a DOCTYPE (ending at line 2); an XES log has none, "
                    + "and entities in a log are never expanded");
        });
    }

    @Test
    void anXesLogThatIsNotWellFormedIsRefusedAtItsLine() {
        Path file = EvidenceLogs.write(dir, "log.xes", "<log>\n<trace>\n<event>\n</trace>\n</log>\n");

        InvalidDocumentException refused = catchThrowableOfType(InvalidDocumentException.class, () -> read(file));

        assertThat(refused.kind()).isEqualTo(InvalidDocumentException.Kind.MALFORMED);
        assertThat(refused.problems()).extracting(p -> p.location().line()).containsExactly(4);
    }
}
