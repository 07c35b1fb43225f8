package org.journeyaudit.engine.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.document.Problem;
import org.journeyaudit.engine.journey.Journey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CSV log read line by line gives the events and unread rows, at the same lines and in the same words, as reading the file. */
class CsvLinesTest {

    private static final Path SAMPLE = Path.of("../samples");

    @TempDir
    Path dir;

    @Test
    void theSampleTicketLogReadLineByLineGivesTheEventsAndUnreadRowsOfTheFile() throws IOException {
        Journey journey = new JourneyReader().read(SAMPLE.resolve("dashcam-warranty-repair.yaml"));
        LogMapping mapping = new LogMappingReader().read(SAMPLE.resolve("evidence/mapping.yaml"), journey);
        Path file = SAMPLE.resolve("evidence/tickets.csv");

        List<Object> fromFile = new ArrayList<>();
        EventLog.open(file, mapping).read(into(fromFile));
        List<Object> fromLines = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        CsvLines rows = CsvLines.of("tickets.csv", lines.get(0), mapping);
        for (int i = 1; i < lines.size(); i++) {
            rows.read(i + 1, lines.get(i), into(fromLines));
        }

        assertThat(fromLines).isEqualTo(fromFile);
        assertThat(fromLines).hasSize(1_370);
        assertThat(fromLines.get(0)).isEqualTo(new LogEvent(2, "СЦ-10001", 1_768_214_340L, "Заявка зарегистрирована", null, "Отдел продаж", null, "Сайт"));
        assertThat(fromLines.get(254)).isEqualTo(new UnreadRow(256, UnreadRow.Reason.NO_TIMESTAMP, List.of("Дата изменения")));
    }

    @Test
    void aLogWithEmptyLinesAndABadHandleTimeReadLineByLineGivesTheFilesEventsUnreadRowsAndLines() throws IOException {
        Journey journey = EvidenceLogs.complaint();
        LogMapping mapping = LogMappingReader.byNames(journey);
        Path file = EvidenceLogs.write(dir, "log.csv", """
                case,timestamp,activity,actor,channel,AHT
                c1,2025-03-01 09:00:00,take-call,L1,phone,200


                c1,yesterday,take-call,L1,phone,
                c2,2025-03-01 10:00:00,take-call,L1,phone,n/a

                ,2025-03-01 11:00:00,take-call,L1,phone,100
                """);

        List<Object> fromFile = new ArrayList<>();
        EventLog.open(file, mapping).read(into(fromFile));
        List<Object> fromLines = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        CsvLines rows = CsvLines.of("log.csv", lines.get(0), mapping);
        for (int i = 1; i < lines.size(); i++) {
            rows.read(i + 1, lines.get(i), into(fromLines));
        }

        assertThat(fromLines).isEqualTo(fromFile);
        assertThat(fromLines).containsExactly(
                new LogEvent(2, "c1", 1_740_819_600L, "take-call", null, "L1", null, "phone", 200L),
                new UnreadRow(5, UnreadRow.Reason.BAD_TIMESTAMP, List.of("yesterday", "timestamp", "2025-03-01T09:15:00 (ISO-8601)")),
                new LogEvent(6, "c2", 1_740_823_200L, "take-call", null, "L1", null, "phone", null,
                        new UnreadValue(6, "AHT", "n/a", UnreadRow.Reason.BAD_HANDLE_TIME)),
                new UnreadRow(8, UnreadRow.Reason.NO_CASE, List.of("case")));
    }

    @Test
    void theDelimiterIsFoundInTheHeaderAndAByteOrderMarkIsNoPartOfTheFirstColumn() {
        Journey journey = EvidenceLogs.complaint();
        List<Object> read = new ArrayList<>();
        CsvLines rows = CsvLines.of("log.csv", "\uFEFFcase;timestamp;activity;actor", LogMappingReader.byNames(journey));
        rows.read(2, "c1;2025-03-01 09:00:00;take-call;L1", into(read));
        rows.read(3, "", into(read));
        rows.read(4, "c1;;take-call;L1", into(read));

        assertThat(read).containsExactly(new LogEvent(2, "c1", 1_740_819_600L, "take-call", null, "L1", null, null),
                new UnreadRow(4, UnreadRow.Reason.NO_TIMESTAMP, List.of("timestamp")));
    }

    @Test
    void aQuotedValueSpanningLinesIsRefusedAtItsLine() {
        CsvLines rows = CsvLines.of("log.csv", "case,timestamp,activity,actor", LogMappingReader.byNames(EvidenceLogs.complaint()));

        assertThatThrownBy(() -> rows.read(7, "c1,2025-03-01 09:00:00,\"take-call,L1", into(new ArrayList<>())))
                .isInstanceOfSatisfying(InvalidDocumentException.class, refused -> assertThat(refused.problems())
                        .extracting(Problem::location, Problem::message).containsExactly(org.assertj.core.groups.Tuple.tuple(LogFiles.line(7),
                                "the log is not valid CSV at or after line 7: a quoted value is not closed, or text follows its closing quote")));
    }

    @Test
    void anEmptyLogIsRefusedForHavingNoHeaderRow() {
        assertThatThrownBy(() -> CsvLines.of("log.csv", null, LogMappingReader.byNames(EvidenceLogs.complaint())))
                .isInstanceOfSatisfying(InvalidDocumentException.class, refused -> assertThat(refused.problems())
                        .extracting(Problem::location, Problem::message).containsExactly(org.assertj.core.groups.Tuple.tuple(
                                new org.journeyaudit.engine.document.Location(1, 1), "the log is empty: it has no header row")));
    }

    private static LogSink into(List<Object> read) {
        return new LogSink() {
            @Override
            public void event(LogEvent event) {
                read.add(event);
            }

            @Override
            public void unread(UnreadRow row) {
                read.add(row);
            }
        };
    }
}
