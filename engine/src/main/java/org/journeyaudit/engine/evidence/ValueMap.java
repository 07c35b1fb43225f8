package org.journeyaudit.engine.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the values of one log column map to the journey's elements of one kind (stages, steps, actors or channels):
 * each element takes exact values, lists of them, or patterns. An exact value wins over a pattern; among patterns the
 * first element of the mapping that matches wins. Each distinct value is resolved once and remembered (up to
 * {@link #REMEMBERED} values), since a log repeats a few activities, teams and channels millions of times.
 */
public final class ValueMap {

    /** Distinct values remembered; past them a value is resolved again each time (still correct, only slower). */
    static final int REMEMBERED = 100_000;
    private static final String NONE = new String("");

    private final Map<String, String> exact = new HashMap<>();
    private final List<Map.Entry<ValuePattern, String>> patterns = new ArrayList<>();
    private final Map<String, String> resolved = new HashMap<>();
    private final boolean identity;

    private ValueMap(boolean identity) {
        this.identity = identity;
    }

    /** A map the mapping fills. */
    public static ValueMap empty() {
        return new ValueMap(false);
    }

    /**
     * The map used when the mapping gives none for the kind: a value is the element whose id or name it is, with case
     * and spacing folded ({@code keys} holds the folded ids and names, each to its element).
     */
    public static ValueMap byName(Map<String, String> keys) {
        ValueMap map = new ValueMap(true);
        keys.forEach((key, element) -> map.exact.putIfAbsent(fold(key), element));
        return map;
    }

    public void exact(String value, String element) {
        exact.putIfAbsent(identity ? fold(value) : value, element);
    }

    public void pattern(ValuePattern pattern, String element) {
        patterns.add(Map.entry(pattern, element));
    }

    /** Whether the mapping said how this kind maps: when it did not, values are matched by the elements' names. */
    public boolean byName() {
        return identity;
    }

    /** The element the value maps to, or null when it maps to none. */
    public String element(String value) {
        String known = resolved.get(value);
        if (known != null) {
            return known == NONE ? null : known;
        }
        String element = resolve(value);
        if (resolved.size() < REMEMBERED) {
            resolved.put(value, element == null ? NONE : element);
        }
        return element;
    }

    private String resolve(String value) {
        String element = exact.get(identity ? fold(value) : value);
        if (element != null) {
            return element;
        }
        for (Map.Entry<ValuePattern, String> pattern : patterns) {
            if (pattern.getKey().matches(value)) {
                return pattern.getValue();
            }
        }
        return null;
    }

    /** Every element a value maps to, in the mapping's order. */
    public List<String> elements() {
        Map<String, Boolean> elements = new LinkedHashMap<>();
        exact.values().forEach(e -> elements.put(e, true));
        patterns.forEach(p -> elements.put(p.getValue(), true));
        return List.copyOf(elements.keySet());
    }

    static String fold(String text) {
        return text.trim().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
