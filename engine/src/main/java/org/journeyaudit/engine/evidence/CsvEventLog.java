package org.journeyaudit.engine.evidence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.Location;

/**
 * A log exported as CSV: UTF-8 with or without a byte order mark, a header row naming the columns, values separated by
 * the mapping's delimiter or else by the one of {@code ,} {@code ;} and tab that the header holds most often outside
 * quotes; values may be quoted, and a quoted value may span lines. Rows are read one at a time.
 */
final class CsvEventLog implements EventLog {

    /** Delimiters a header is searched for, in the order a tie is decided. */
    private static final char[] DELIMITERS = {',', ';', '\t'};
    /** Progress is told after this many rows. */
    private static final int PROGRESS_ROWS = 10_000;

    private final LogSource file;
    private final LogMapping mapping;
    private List<String> header = List.of();

    CsvEventLog(LogSource file, LogMapping mapping) {
        this.file = file;
        this.mapping = mapping;
    }

    @Override
    public List<String> columns() {
        return header;
    }

    @Override
    public void read(LogSink sink) {
        String source = file.name();
        RowReader[] rows = new RowReader[1];
        int[] index = new int[LogRole.values().length];
        each(sink, header -> {
            rows[0] = new RowReader(LogColumns.of(header, mapping, source), mapping.timestampFormat(), mapping.handleTimeUnit());
            for (LogRole role : LogRole.values()) {
                index[role.ordinal()] = rows[0].columns().index(role);
            }
        }, (line, record) -> rows[0].read(line, role -> value(record, index[role.ordinal()]), sink));
    }

    @Override
    public void tally(ColumnTally tally) {
        each(new LogSink() {
            @Override
            public void event(LogEvent event) {
            }

            @Override
            public void unread(UnreadRow row) {
            }
        }, header -> {
        }, (line, record) -> {
            for (int i = 0; i < header.size(); i++) {
                tally.add(header.get(i), value(record, i));
            }
        });
    }

    /** Reads the header, then each record with the line it starts on; progress goes to the sink. */
    private void each(LogSink sink, java.util.function.Consumer<List<String>> onHeader, Row onRecord) {
        LogFiles.Opened opened = LogFiles.open(file);
        String source = file.name();
        long lastLine = 1;
        try (BufferedReader text = new BufferedReader(new InputStreamReader(opened.in(), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16)) {
            char delimiter = mapping.delimiter() != null ? mapping.delimiter() : detect(text);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
            try (CSVParser parser = CSVParser.builder().setReader(text).setFormat(format).get()) {
                Iterator<CSVRecord> records = parser.iterator();
                if (!records.hasNext()) {
                    throw LogFiles.refused(source, InvalidDocumentException.Kind.MALFORMED, new Location(1, 1),
                            "the log is empty: it has no header row");
                }
                header = records.next().toList().stream().map(String::trim).toList();
                lastLine = parser.getCurrentLineNumber();
                onHeader.accept(header);
                long count = 0;
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    lastLine = parser.getCurrentLineNumber();
                    if (record.size() == 1 && record.get(0).isBlank()) {
                        continue;
                    }
                    onRecord.accept(firstLine(record, lastLine), record);
                    if (++count % PROGRESS_ROWS == 0) {
                        sink.progress(opened.counted().bytes(), opened.size());
                    }
                }
                sink.progress(opened.counted().bytes(), opened.size());
            }
        } catch (UncheckedIOException | IllegalStateException broken) {
            throw notReadable(source, lastLine + 1, broken);
        } catch (IOException broken) {
            throw notReadable(source, lastLine + 1, broken);
        }
    }

    /**
     * The physical line a record starts on, from the line it ends on: the parser skips empty lines without telling,
     * so the line after the previous record is not where this one starts; a quoted value keeps the line breaks it
     * spans ({@code \n}, {@code \r\n} or a lone {@code \r}, each one break, as the parser counts them).
     */
    static long firstLine(CSVRecord record, long endLine) {
        long breaks = 0;
        for (int i = 0; i < record.size(); i++) {
            String value = record.get(i);
            if (value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
                continue;
            }
            for (int c = 0; c < value.length(); c++) {
                char at = value.charAt(c);
                if (at == '\n' || (at == '\r' && (c + 1 == value.length() || value.charAt(c + 1) != '\n'))) {
                    breaks++;
                }
            }
        }
        return endLine - breaks;
    }

    /** What is done with one record. */
    private interface Row {
        void accept(long line, CSVRecord record);
    }

    static String value(CSVRecord record, int index) {
        if (index < 0 || index >= record.size()) {
            return null;
        }
        String value = record.get(index);
        return value.isBlank() ? null : value.trim();
    }

    static InvalidDocumentException notReadable(String source, long line, Exception broken) {
        for (Throwable cause = broken; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return LogFiles.refused(source, InvalidDocumentException.Kind.MALFORMED, LogFiles.line(line),
                        "the log is not UTF-8 (a byte that is no UTF-8 character at or after line " + line + "); save it as UTF-8");
            }
        }
        return LogFiles.refused(source, InvalidDocumentException.Kind.MALFORMED, LogFiles.line(line),
                "the log is not valid CSV at or after line " + line + ": a quoted value is not closed, or text follows its closing quote");
    }

    /** The delimiter the header row holds most often outside quotes; a comma when it holds none. */
    static char detect(BufferedReader text) throws IOException {
        text.mark(1 << 16);
        char[] start = new char[1 << 16];
        int length = text.read(start, 0, start.length);
        text.reset();
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < length && (quoted || (start[i] != '\n' && start[i] != '\r')); i++) {
            char c = start[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        counts[d]++;
                    }
                }
            }
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS[best];
    }
}
