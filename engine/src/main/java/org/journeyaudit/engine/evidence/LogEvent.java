package org.journeyaudit.engine.evidence;

/**
 * One event of a log as its row gives it, before any mapping to the journey: where it is ({@code line}, counted from
 * 1), the case it belongs to, when it happened (seconds since 1970), and the values of its activity, resource, actor,
 * support level and channel columns (null when the log has no such column or the cell is empty).
 */
public record LogEvent(long line, String caseId, long epochSecond, String activity, String resource, String actor, String level,
        String channel) implements java.io.Serializable {
}
