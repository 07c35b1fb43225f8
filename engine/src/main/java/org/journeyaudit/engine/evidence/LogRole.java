package org.journeyaudit.engine.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a column of an event log holds for the evidence: the case it belongs to, when it happened, what was done, by
 * whom (the person, and the team or line the journey calls an actor), at which support level, on which channel, and
 * how long the contact was handled ({@link HandleTime} reads the value). Each
 * role has its field under {@code columns} of the mapping and the column names it is found by when the mapping does
 * not name one (a CSV header or an XES attribute key, compared with case folded).
 */
public enum LogRole {
    CASE("case", true, "case", "case id", "case:concept:name", "ticket", "ticket id"),
    TIMESTAMP("timestamp", true, "timestamp", "time:timestamp", "time", "date"),
    ACTIVITY("activity", true, "activity", "concept:name", "status", "event"),
    RESOURCE("resource", false, "resource", "org:resource", "agent", "user"),
    ACTOR("actor", false, "actor", "org:group", "team", "group", "org:role"),
    LEVEL("level", false, "level", "support level", "line", "tier"),
    CHANNEL("channel", false, "channel", "medium", "contact channel"),
    // only names that mean the agent's handling: a ticket export's "Duration" (Длительность) is most often the ticket's
    // lifetime from opening to closing, and read as handling it would price a contact at days; the mapping names such a
    // column when it does hold the handling time
    HANDLE_TIME("handleTime", false, "handletime", "handle time", "handling time", "handle seconds", "aht", "average handle time",
            "talk time", "talk duration", "время обработки", "время разговора", "длительность разговора",
            "длительность обработки");

    private final String field;
    private final boolean required;
    private final List<String> usualNames;

    LogRole(String field, boolean required, String... usualNames) {
        this.field = field;
        this.required = required;
        this.usualNames = List.of(usualNames);
    }

    /** The role's field under {@code columns} of the mapping. */
    public String field() {
        return field;
    }

    /** Whether no evidence can be read without it: the case, the time and the activity. */
    public boolean required() {
        return required;
    }

    /** Whether a column of that name holds this role when the mapping names none. */
    public boolean usuallyNamed(String column) {
        return usualNames.contains(column.trim().toLowerCase(Locale.ROOT));
    }

    public static List<String> fields() {
        return Arrays.stream(values()).map(LogRole::field).toList();
    }
}
