package org.journeyaudit.engine.evidence;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.journeyaudit.engine.document.DocPath;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.Location;
import org.journeyaudit.engine.document.Problem;

/**
 * A log read within a count of events and of cases, as the service reads what it is sent: a log small in bytes can still
 * hold more short rows than one request should measure, and every case kept open costs memory until the log ends. The
 * first event past either limit refuses the log at its line, naming the setting that holds the limit.
 */
public record BoundedLog(EventLog log, String source, Limit events, Limit cases) implements EventLog {

    /** A count not to pass, and the setting it comes from, so that whoever reads the refusal knows what sets it. */
    public record Limit(long most, String setting) {

        public Limit {
            if (most <= 0) {
                throw new IllegalArgumentException(setting + " must be positive, found " + most);
            }
        }
    }

    @Override
    public void read(LogSink sink) {
        Set<String> seen = new HashSet<>();
        log.read(new LogSink() {
            private long events;

            @Override
            public void event(LogEvent event) {
                if (++events > BoundedLog.this.events.most()) {
                    throw refused(event.line(), "the log holds more than " + BoundedLog.this.events.most() + " events, the most one "
                            + "request may measure", BoundedLog.this.events);
                }
                if (seen.add(event.caseId()) && seen.size() > cases.most()) {
                    throw refused(event.line(), "the log holds more than " + cases.most() + " cases, the most one request may measure "
                            + "(case '" + event.caseId() + "' is one too many)", cases);
                }
                sink.event(event);
            }

            @Override
            public void unread(UnreadRow row) {
                sink.unread(row);
            }

            @Override
            public void progress(long bytesRead, long total) {
                sink.progress(bytesRead, total);
            }
        });
    }

    private InvalidDocumentException refused(long line, String message, Limit limit) {
        return new InvalidDocumentException(source, InvalidDocumentException.Kind.TOO_LARGE,
                List.of(Problem.at(DocPath.ROOT, new Location((int) Math.min(line, Integer.MAX_VALUE), 0),
                        message + "; send a shorter extract of the log (the limit is " + limit.setting() + ")")),
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
