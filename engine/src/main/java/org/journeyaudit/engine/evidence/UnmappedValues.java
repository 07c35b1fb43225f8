package org.journeyaudit.engine.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of one column that map to no element of the journey, with the events that had each: never dropped, so
 * that a mapping can be completed. Up to {@link #LISTED} distinct values are listed; the events of the others are still
 * counted.
 */
public final class UnmappedValues {

    static final int LISTED = 1_000;

    private final Map<String, Long> values = new LinkedHashMap<>();
    private long events;
    private long unlistedValues;

    void add(String value) {
        events++;
        Long count = values.get(value);
        if (count != null) {
            values.put(value, count + 1);
        } else if (values.size() < LISTED) {
            values.put(value, 1L);
        } else {
            unlistedValues++;
        }
    }

    /** Events whose value maps to nothing. */
    public long events() {
        return events;
    }

    /** The listed values with their events, the most frequent first (ties in the order first seen). */
    public List<Map.Entry<String, Long>> top(int count) {
        return values.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(count)
                .map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    }

    public int distinct() {
        return values.size();
    }

    /** Events with a value past the listed ones (a new value after {@link #LISTED}); counted, not named. */
    public long unlisted() {
        return unlistedValues;
    }
}
