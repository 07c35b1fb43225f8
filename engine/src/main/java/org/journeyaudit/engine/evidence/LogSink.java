package org.journeyaudit.engine.evidence;

/** What an {@link EventLog} hands its rows to, one at a time, in the log's order. */
public interface LogSink {

    void event(LogEvent event);

    void unread(UnreadRow row);

    /** How far the reading has come: bytes of the file read so far, of {@code total} (0 when its size is not known). */
    default void progress(long bytesRead, long total) {
    }
}
