package org.journeyaudit.engine.evidence;

import java.nio.file.Path;

/**
 * An exported contact or ticket log, read as a stream of events: one row (or XES event) at a time, never the whole
 * log in memory. A log that cannot be read at all (missing, not UTF-8, not well-formed, a column the mapping names
 * missing) fails with {@link org.journeyaudit.engine.document.InvalidDocumentException}, located; a row that cannot be
 * read as an event is handed to the sink as an {@link UnreadRow} and the reading goes on.
 */
public interface EventLog {

    /** What a refused log is, as messages name it. */
    String DOCUMENT_NAME = "event log";

    /** Reads every row in the log's order. */
    void read(LogSink sink);

    /** Hands every column's value of every row (XES: every event attribute, and the trace's case id) to the tally. */
    void tally(ColumnTally tally);

    /** The names of the log's columns (XES: the attribute keys found), for messages and a suggested mapping. */
    java.util.List<String> columns();

    /** The log in the file: XES when its name ends in {@code .xes} or {@code .xes.gz}, CSV otherwise. */
    static EventLog open(Path file, LogMapping mapping) {
        return open(LogSource.of(file), mapping);
    }

    /** The log of the source: XES when its name ends in {@code .xes} or {@code .xes.gz}, CSV otherwise. */
    static EventLog open(LogSource source, LogMapping mapping) {
        return source.xes() ? new XesEventLog(source, mapping) : new CsvEventLog(source, mapping);
    }
}
