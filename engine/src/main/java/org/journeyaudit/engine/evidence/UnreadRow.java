package org.journeyaudit.engine.evidence;

import java.util.List;

/**
 * A row of the log that could not be read as an event, at its line (counted from 1): why, and the values the reason
 * names (a column, a value, a case), so that a report can word it in its own language. {@link #message()} words it in
 * English, as a refusal of the log does.
 */
public record UnreadRow(long line, Reason reason, List<String> arguments) implements java.io.Serializable {

    public UnreadRow {
        arguments = List.copyOf(arguments);
    }

    /** Why a row is not read; each reason's English wording, {@code {0}}, {@code {1}} ... taking the arguments. */
    public enum Reason {
        NO_CASE("noCase", "no case id in column '{0}'"),
        NO_ACTIVITY("noActivity", "no activity in column '{0}'"),
        NO_TIMESTAMP("noTimestamp", "no timestamp in column '{0}'"),
        BAD_TIMESTAMP("badTimestamp", "the timestamp '{0}' in column '{1}' is not written as {2}"),
        BAD_HANDLE_TIME("badHandleTime", "the handle time '{0}' in column '{1}' is neither seconds (245) nor a time (4:05 or 0:04:05)"),
        BAD_HANDLE_MINUTES("badHandleMinutes", "the handle time '{0}' in column '{1}' is neither minutes (4.5) nor a time (4:05 or 0:04:05)"),
        EARLIER("earlier", "the event is earlier than the previous event of case '{0}' (line {1}); sort the log by case and time"),
        CASE_AGAIN("caseAgain", "case '{0}' appears again after other cases, but the mapping says the log is sorted by case "
                + "(sortedByCase: true); set it to false");

        private final String word;
        private final String english;

        Reason(String word, String english) {
            this.word = word;
            this.english = english;
        }

        /** The reason's name in reports and in the JSON report. */
        public String word() {
            return word;
        }
    }

    /** What is wrong with the row, in English. */
    public String message() {
        String message = reason.english;
        for (int i = 0; i < arguments.size(); i++) {
            message = message.replace("{" + i + "}", arguments.get(i));
        }
        return message;
    }
}
