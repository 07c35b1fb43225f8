package org.journeyaudit.cli;

import java.util.List;

import org.journeyaudit.engine.document.DocPath;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.Location;
import org.journeyaudit.engine.document.Problem;
import org.journeyaudit.engine.evidence.ColumnTally;
import org.journeyaudit.engine.evidence.EventLog;
import org.journeyaudit.engine.evidence.LogEvent;
import org.journeyaudit.engine.evidence.LogSink;
import org.journeyaudit.engine.evidence.UnreadRow;

/** {@code evidence --strict}: the log refused at its first row that cannot be read, at that row's line. */
record StrictLog(EventLog log, String source) implements EventLog {

    @Override
    public void read(LogSink sink) {
        log.read(new LogSink() {
            @Override
            public void event(LogEvent event) {
                sink.event(event);
            }

            @Override
            public void unread(UnreadRow row) {
                throw new InvalidDocumentException(source, InvalidDocumentException.Kind.INVALID,
                        List.of(Problem.at(DocPath.ROOT, new Location((int) Math.min(row.line(), Integer.MAX_VALUE), 0),
                                row.message() + " (--strict stops at the first row that cannot be read)")),
                        EventLog.DOCUMENT_NAME);
            }

            @Override
            public void progress(long bytesRead, long total) {
                sink.progress(bytesRead, total);
            }
        });
    }

    @Override
    public void tally(ColumnTally tally) {
        log.tally(tally);
    }

    @Override
    public List<String> columns() {
        return log.columns();
    }
}
