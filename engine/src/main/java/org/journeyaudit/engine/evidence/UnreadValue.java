package org.journeyaudit.engine.evidence;

import java.util.List;

/**
 * A value of a row that could not be read while its row could, at the row's line (counted from 1): a handle time that
 * is no duration. A handle time measures a contact, it does not make it: the event counts in every other measure, only
 * its handle time is unmeasured. {@code value} is as the log wrote it (shortened past 40 characters); {@code reason}
 * words it as {@link UnreadRow} does, its arguments the value and the column.
 */
public record UnreadValue(long line, String column, String value, UnreadRow.Reason reason) implements java.io.Serializable {

    /** The reason's arguments, as its wording takes them: the value, then the column. */
    public List<String> arguments() {
        return List.of(value, column);
    }

    /** What is wrong with the value, in English, as the row's refusal words it. */
    public String message() {
        return asRow().message();
    }

    /** The value as the row it is in, for a strict reading, which stops at it as at a row that cannot be read. */
    public UnreadRow asRow() {
        return new UnreadRow(line, reason, arguments());
    }
}
