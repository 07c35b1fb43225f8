package org.journeyaudit.engine.evidence;

/**
 * One event of a log as its row gives it, before any mapping to the journey: where it is ({@code line}, counted from
 * 1), the case it belongs to, when it happened (seconds since 1970), and the values of its activity, resource, actor,
 * support level and channel columns (null when the log has no such column or the cell is empty), and the seconds the
 * contact was handled (null when the log does not say, or says it in a way that is no duration: then
 * {@code unreadHandleTime} tells what it says, and the event counts all the same).
 */
public record LogEvent(long line, String caseId, long epochSecond, String activity, String resource, String actor, String level,
        String channel, Long handleSeconds, UnreadValue unreadHandleTime) implements java.io.Serializable {

    /** An event whose handle time, if the log gives one, is read. */
    public LogEvent(long line, String caseId, long epochSecond, String activity, String resource, String actor, String level,
            String channel, Long handleSeconds) {
        this(line, caseId, epochSecond, activity, resource, actor, level, channel, handleSeconds, null);
    }

    /** An event whose handling time the log does not give. */
    public LogEvent(long line, String caseId, long epochSecond, String activity, String resource, String actor, String level,
            String channel) {
        this(line, caseId, epochSecond, activity, resource, actor, level, channel, null, null);
    }
}
