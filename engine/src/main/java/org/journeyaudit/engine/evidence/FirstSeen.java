package org.journeyaudit.engine.evidence;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each value a share of the log counts was first seen: the line of its first event, or, for what is counted when
 * a case closes, the line of the case's first event. Reading the log in one pass keeps values in the order it first
 * meets them (the order reports list ties in); a merge of shares puts them back in that order by these lines.
 */
final class FirstSeen implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    /** Values one case adds at once (the channels it switched to) are told apart below a case's line by their order. */
    private static final int WITHIN_CASE = 1024;

    /** The counted values' lines, by the map that counts them (the same map object as the measures hold). */
    private final IdentityHashMap<Map<?, ?>, Map<Object, Long>> lines = new IdentityHashMap<>();

    /** The place of the {@code order}-th value a case adds when it closes, the case's first event being at {@code caseLine}. */
    static long within(long caseLine, int order) {
        return caseLine * WITHIN_CASE + Math.min(order, WITHIN_CASE - 1);
    }

    void seen(Map<?, ?> counts, Object key, long line) {
        lines.computeIfAbsent(counts, map -> new HashMap<>()).merge(key, line, Math::min);
    }

    Map<Object, Long> of(Map<?, ?> counts) {
        return lines.getOrDefault(counts, Map.of());
    }

    /** Adds another share's counts to these, each value first seen at the earlier of the two lines. */
    <K> void add(Map<K, Long> into, Map<K, Long> from, FirstSeen fromSeen) {
        Map<Object, Long> fromLines = fromSeen.of(from);
        from.forEach((key, count) -> {
            into.merge(key, count, Long::sum);
            Long line = fromLines.get(key);
            if (line != null) {
                seen(into, key, line);
            }
        });
    }

    /** Keeps where another share first saw the values of a map it merges otherwise (handle times by channel). */
    <K, V> void carry(Map<K, V> into, Map<K, V> from, FirstSeen fromSeen) {
        fromSeen.of(from).forEach((key, line) -> seen(into, key, line));
    }

    /** Puts the map's values in the order first seen; values with no line (the journey's own) stay first, in their order. */
    <K, V> void order(Map<K, V> counts) {
        List<Map.Entry<K, V>> inOrder = inOrder(counts, of(counts));
        counts.clear();
        inOrder.forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
    }

    static <K, V> List<Map.Entry<K, V>> inOrder(Map<K, V> counts, Map<Object, Long> lines) {
        List<Map.Entry<K, V>> entries = new ArrayList<>(counts.size());
        counts.forEach((key, value) -> entries.add(new AbstractMap.SimpleImmutableEntry<>(key, value)));
        // a stable sort: values seen at the same place keep the order they were counted in
        entries.sort(java.util.Comparator.comparingLong(entry -> lines.getOrDefault(entry.getKey(), Long.MIN_VALUE)));
        return entries;
    }
}
