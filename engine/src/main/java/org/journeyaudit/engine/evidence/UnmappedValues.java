package org.journeyaudit.engine.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of one column that map to no element of the journey, with the events that had each: never dropped, so
 * that a mapping can be completed. Up to {@link #LISTED} distinct values are listed; the events of the others are still
 * counted.
 */
public final class UnmappedValues implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    static final int LISTED = 1_000;

    final Map<String, Long> values = new LinkedHashMap<>();
    private int listed;
    private long events;
    private long unlistedValues;

    UnmappedValues() {
        this(LISTED);
    }

    /** Values listing up to {@code listed} distinct values. */
    UnmappedValues(int listed) {
        this.listed = listed;
    }

    void add(String value) {
        events++;
        Long count = values.get(value);
        if (count != null) {
            values.put(value, count + 1);
        } else if (values.size() < listed) {
            values.put(value, 1L);
        } else {
            unlistedValues++;
        }
    }

    /** Adds another share's values (counted without a cap) to these. */
    void merge(UnmappedValues other) {
        events += other.events;
        unlistedValues += other.unlistedValues;
        other.values.forEach((value, count) -> values.merge(value, count, Long::sum));
    }

    /**
     * Lists the values again, in the order first seen ({@code firstSeen}: the line of each value's first event), up to
     * {@code listed} of them: a value is listed when fewer than that many were seen before it, as reading the log in one
     * pass lists them, and the events of the others are counted as unlisted.
     */
    void relist(int listed, Map<Object, Long> firstSeen) {
        List<Map.Entry<String, Long>> seen = FirstSeen.inOrder(values, firstSeen);
        this.listed = listed;
        values.clear();
        for (Map.Entry<String, Long> value : seen) {
            if (values.size() < listed) {
                values.put(value.getKey(), value.getValue());
            } else {
                unlistedValues += value.getValue();
            }
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
