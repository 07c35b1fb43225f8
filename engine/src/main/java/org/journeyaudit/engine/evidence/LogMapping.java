package org.journeyaudit.engine.evidence;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.document.Problem;

/**
 * How an event log reads as evidence about one journey: which column holds each {@link LogRole}, how timestamps are
 * written, the delimiter (null: detected from the header), whether the log is sorted by case, the window of a repeat
 * contact, what a bare number of the handle time column counts, and how the values of the activity, actor and channel columns map to the journey's stages, steps, actors
 * and channels. {@code source} names the mapping file (null for the mapping used when none is given), and
 * {@code columnAt} where each column was named in it, so that a column the log lacks is reported at that place.
 */
public record LogMapping(
        String source,
        Map<LogRole, String> columns,
        Map<LogRole, Problem> columnAt,
        TimestampFormat timestampFormat,
        Character delimiter,
        boolean sortedByCase,
        int repeatWithinDays,
        ValueMap stages,
        ValueMap steps,
        ValueMap actors,
        ValueMap channels,
        Map<String, String> stageOfStep,
        HandleTimeUnit handleTimeUnit) {

    /** A repeat contact is one within a week of the case's previous contact, unless the mapping says otherwise. */
    public static final int REPEAT_WITHIN_DAYS = 7;

    public LogMapping {
        columns = Collections.unmodifiableMap(new EnumMap<>(columns.isEmpty() ? new EnumMap<>(LogRole.class) : columns));
        columnAt = Map.copyOf(columnAt);
        stageOfStep = Map.copyOf(stageOfStep);
        handleTimeUnit = handleTimeUnit == null ? HandleTimeUnit.SECONDS : handleTimeUnit;
    }

    /** A mapping whose handle time column, if any, gives bare numbers in seconds. */
    public LogMapping(String source, Map<LogRole, String> columns, Map<LogRole, Problem> columnAt, TimestampFormat timestampFormat,
            Character delimiter, boolean sortedByCase, int repeatWithinDays, ValueMap stages, ValueMap steps, ValueMap actors,
            ValueMap channels, Map<String, String> stageOfStep) {
        this(source, columns, columnAt, timestampFormat, delimiter, sortedByCase, repeatWithinDays, stages, steps, actors, channels,
                stageOfStep, HandleTimeUnit.SECONDS);
    }

    /** The column the mapping names for the role, or null when it names none. */
    public String column(LogRole role) {
        return columns.get(role);
    }

    /** The roles whose column the mapping names, in the roles' order. */
    public List<LogRole> named() {
        return java.util.Arrays.stream(LogRole.values()).filter(columns::containsKey).toList();
    }
}
