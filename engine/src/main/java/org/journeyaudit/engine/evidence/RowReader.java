package org.journeyaudit.engine.evidence;

import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Turns the values of one row into a {@link LogEvent}, or says why it cannot: no case id, no activity, or a timestamp
 * not in the mapping's format; a handle time that is no duration leaves the event without one, and says why
 * ({@link LogEvent#unreadHandleTime()}). Shared by the CSV and XES readers so both word a bad row alike.
 */
final class RowReader {

    private final LogColumns columns;
    private final TimestampFormat format;
    private final HandleTimeUnit handleTimeUnit;

    RowReader(LogColumns columns, TimestampFormat format, HandleTimeUnit handleTimeUnit) {
        this.columns = columns;
        this.format = format;
        this.handleTimeUnit = handleTimeUnit;
    }

    LogColumns columns() {
        return columns;
    }

    /** The values of a row, by role; null for a role no column holds, an empty cell or a row too short to have it. */
    interface Values {
        String get(LogRole role);
    }

    /** Hands the row to the sink as an event or as an unread row. */
    void read(long line, Values values, LogSink sink) {
        String caseId = values.get(LogRole.CASE);
        if (caseId == null) {
            sink.unread(new UnreadRow(line, UnreadRow.Reason.NO_CASE, List.of(columns.name(LogRole.CASE))));
            return;
        }
        String activity = values.get(LogRole.ACTIVITY);
        if (activity == null) {
            sink.unread(new UnreadRow(line, UnreadRow.Reason.NO_ACTIVITY, List.of(columns.name(LogRole.ACTIVITY))));
            return;
        }
        String time = values.get(LogRole.TIMESTAMP);
        if (time == null) {
            sink.unread(new UnreadRow(line, UnreadRow.Reason.NO_TIMESTAMP, List.of(columns.name(LogRole.TIMESTAMP))));
            return;
        }
        long second;
        try {
            second = format.epochSecond(time);
        } catch (DateTimeParseException | IndexOutOfBoundsException notATime) {
            sink.unread(new UnreadRow(line, UnreadRow.Reason.BAD_TIMESTAMP, List.of(shown(time), columns.name(LogRole.TIMESTAMP),
                    format.example())));
            return;
        }
        String handled = values.get(LogRole.HANDLE_TIME);
        Long handleSeconds = null;
        UnreadValue unreadHandleTime = null;
        if (handled != null) {
            handleSeconds = HandleTime.seconds(handled, handleTimeUnit);
            if (handleSeconds == null) {
                // the contact happened all the same: only how long it took is not known
                unreadHandleTime = new UnreadValue(line, columns.name(LogRole.HANDLE_TIME), shown(handled),
                        handleTimeUnit == HandleTimeUnit.MINUTES ? UnreadRow.Reason.BAD_HANDLE_MINUTES : UnreadRow.Reason.BAD_HANDLE_TIME);
            }
        }
        sink.event(new LogEvent(line, caseId, second, activity, values.get(LogRole.RESOURCE), values.get(LogRole.ACTOR),
                values.get(LogRole.LEVEL), values.get(LogRole.CHANNEL), handleSeconds, unreadHandleTime));
    }

    static String shown(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
