package org.journeyaudit.engine.evidence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.Location;

/**
 * A CSV log read one text line at a time, each at its line number, by a reader that splits the log itself (across
 * machines): the header line gives the columns and, unless the mapping names it, the delimiter, as {@link EventLog}
 * finds them; each further line is one row, read into an event or an unread row with the same words and lines as
 * {@link EventLog#read} gives. A row must be on one line: a quoted value spanning lines is refused at its line.
 */
public final class CsvLines {

    private final String source;
    private final CSVFormat format;
    private final RowReader rows;
    private final int[] index = new int[LogRole.values().length];

    private CsvLines(String source, CSVFormat format, RowReader rows) {
        this.source = source;
        this.format = format;
        this.rows = rows;
        for (LogRole role : LogRole.values()) {
            index[role.ordinal()] = rows.columns().index(role);
        }
    }

    /**
     * The rows of the log whose first line is {@code header} (null for an empty log, which is refused); a column the
     * mapping names that the header lacks is refused as {@link EventLog#read} refuses it.
     */
    public static CsvLines of(String source, String header, LogMapping mapping) {
        if (header == null) {
            throw LogFiles.refused(source, InvalidDocumentException.Kind.MALFORMED, new Location(1, 1), "the log is empty: it has no header row");
        }
        String text = header.startsWith("\uFEFF") ? header.substring(1) : header;
        char delimiter;
        try {
            delimiter = mapping.delimiter() != null ? mapping.delimiter() : CsvEventLog.detect(new BufferedReader(new StringReader(text)));
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        List<String> columns = record(source, format, 1, text).toList().stream().map(String::trim).toList();
        return new CsvLines(source, format, new RowReader(LogColumns.of(columns, mapping, source), mapping.timestampFormat(), mapping.handleTimeUnit()));
    }

    /** Hands the row on line {@code line} (counted from 1) to the sink, as an event or an unread row; an empty line is no row. */
    public void read(long line, String text, LogSink sink) {
        if (text.isBlank()) {
            return;
        }
        CSVRecord record = record(source, format, line, text);
        rows.read(line, role -> CsvEventLog.value(record, index[role.ordinal()]), sink);
    }

    private static CSVRecord record(String source, CSVFormat format, long line, String text) {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                throw CsvEventLog.notReadable(source, line, new IllegalStateException("not one row"));
            }
            return records.get(0);
        } catch (UncheckedIOException | IllegalStateException | IOException broken) {
            throw CsvEventLog.notReadable(source, line, broken);
        }
    }
}
