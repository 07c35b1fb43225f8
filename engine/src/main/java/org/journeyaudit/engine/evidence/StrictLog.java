package org.journeyaudit.engine.evidence;

import java.util.List;

import org.journeyaudit.engine.document.DocPath;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.Location;
import org.journeyaudit.engine.document.Problem;

/**
 * A log read strictly ({@code evidence --strict}, {@code strict=true}): refused at its first row that cannot be read, or
 * first value that cannot be read (a handle time that is no duration), at that row's line; {@code how} names the switch that asked for it, as the message tells the user how to relax it.
 */
public record StrictLog(EventLog log, String source, String how) implements EventLog {

    @Override
    public void read(LogSink sink) {
        log.read(new LogSink() {
            @Override
            public void event(LogEvent event) {
                if (event.unreadHandleTime() != null) {
                    // read strictly, a value that cannot be read stops the reading as a row does, in the same words
                    throw refusal(source, how, event.unreadHandleTime().asRow());
                }
                sink.event(event);
            }

            @Override
            public void unread(UnreadRow row) {
                throw refusal(source, how, row);
            }

            @Override
            public void progress(long bytesRead, long total) {
                sink.progress(bytesRead, total);
            }
        });
    }

    /** The refusal of a log read strictly, at its first row that cannot be read. */
    public static InvalidDocumentException refusal(String source, String how, UnreadRow row) {
        return new InvalidDocumentException(source, InvalidDocumentException.Kind.INVALID,
                List.of(Problem.at(DocPath.ROOT, new Location((int) Math.min(row.line(), Integer.MAX_VALUE), 0),
                        row.message() + " (" + how + " stops at the first row that cannot be read)")),
                EventLog.DOCUMENT_NAME);
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
