package org.journeyaudit.engine.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct values of each column of a log with the rows that have them, for a suggested mapping: up to
 * {@link #DISTINCT} values a column (its rows past them are counted as other values), columns in the log's order.
 */
public final class ColumnTally {

    static final int DISTINCT = 1_000;

    private final Map<String, Map<String, Long>> columns = new LinkedHashMap<>();
    private final Map<String, Long> others = new LinkedHashMap<>();
    private final Map<String, Long> empty = new LinkedHashMap<>();

    void add(String column, String value) {
        Map<String, Long> values = columns.computeIfAbsent(column, c -> new LinkedHashMap<>());
        if (value == null) {
            empty.merge(column, 1L, Long::sum);
        } else if (values.containsKey(value) || values.size() < DISTINCT) {
            values.merge(value, 1L, Long::sum);
        } else {
            others.merge(column, 1L, Long::sum);
        }
    }

    public List<String> columns() {
        return List.copyOf(columns.keySet());
    }

    /** The column's commonest values with their rows, the commonest first. */
    public List<Map.Entry<String, Long>> top(String column, int count) {
        return columns.getOrDefault(column, Map.of()).entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(count).map(e -> Map.entry(e.getKey(), e.getValue()))
                .toList();
    }

    /** Every value counted in the column, in the order first seen. */
    public Map<String, Long> values(String column) {
        return java.util.Collections.unmodifiableMap(columns.getOrDefault(column, Map.of()));
    }

    /** Distinct values counted (at most {@link #DISTINCT}), and whether the column has more. */
    public int distinct(String column) {
        return columns.getOrDefault(column, Map.of()).size();
    }

    public boolean more(String column) {
        return others.containsKey(column);
    }

    public long empty(String column) {
        return empty.getOrDefault(column, 0L);
    }
}
