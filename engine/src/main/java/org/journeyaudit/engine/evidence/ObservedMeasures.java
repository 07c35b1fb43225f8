package org.journeyaudit.engine.evidence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.journey.Journey;

/**
 * What an event log shows of a journey: the measures of each stage and of the whole journey (see
 * {@link StageObservation} for their definitions), of each actor, the variants (a case's sequence of activities) with
 * their cases, the values no mapping covers, and the rows that could not be read. Built by reading the log once.
 */
public final class ObservedMeasures implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Unread rows listed by line; the rest are counted. */
    public static final int UNREAD_LISTED = 100;
    /** Distinct variants counted by name; the cases of any further variant are counted together. */
    static final int VARIANTS_COUNTED = 10_000;

    final Map<String, StageObservation> stages = new LinkedHashMap<>();
    final StageObservation whole = new StageObservation();
    final Map<String, ActorObservation> actors = new LinkedHashMap<>();
    final Map<String, Long> variants = new LinkedHashMap<>();
    long otherVariantCases;
    final UnmappedValues unmappedActivities;
    final UnmappedValues unmappedActors;
    final UnmappedValues unmappedChannels;
    final List<UnreadRow> unread = new ArrayList<>();
    long unreadRows;
    /** Values of counted events that could not be read (handle times that are no duration), listed as unread rows are. */
    final List<UnreadValue> unreadValuesListed = new ArrayList<>();
    long unreadValues;
    long eventsWithoutStage;
    /** The earliest and the latest event of the log, in epoch seconds. */
    long firstSecond = Long.MAX_VALUE;
    long lastSecond = Long.MIN_VALUE;
    final int repeatWithinDays;

    ObservedMeasures(Journey journey, int repeatWithinDays) {
        this(journey, repeatWithinDays, UnmappedValues.LISTED);
    }

    /** Measures listing up to {@code unmappedListed} distinct unmapped values per column. */
    ObservedMeasures(Journey journey, int repeatWithinDays, int unmappedListed) {
        this.repeatWithinDays = repeatWithinDays;
        this.unmappedActivities = new UnmappedValues(unmappedListed);
        this.unmappedActors = new UnmappedValues(unmappedListed);
        this.unmappedChannels = new UnmappedValues(unmappedListed);
        journey.stages().forEach(stage -> stages.put(stage.id(), new StageObservation()));
    }

    /** Reads the whole log through the mapping and measures it against the journey. */
    public static ObservedMeasures of(Journey journey, EventLog log, LogMapping mapping) {
        return of(journey, log, mapping, (read, total) -> {
        });
    }

    /** As {@link #of(Journey, EventLog, LogMapping)}, telling {@code progress} how many bytes of the file are read. */
    public static ObservedMeasures of(Journey journey, EventLog log, LogMapping mapping, Progress progress) {
        MeasureCollector collector = new MeasureCollector(journey, mapping, progress);
        log.read(collector);
        return collector.finish();
    }

    /** Keeps only the {@link #UNREAD_LISTED} unread rows, and as many unread values, earliest in the log, in the log's order. */
    void keepEarliestUnread() {
        unread.sort(java.util.Comparator.comparingLong(UnreadRow::line));
        if (unread.size() > UNREAD_LISTED) {
            unread.subList(UNREAD_LISTED, unread.size()).clear();
        }
        unreadValuesListed.sort(java.util.Comparator.comparingLong(UnreadValue::line));
        if (unreadValuesListed.size() > UNREAD_LISTED) {
            unreadValuesListed.subList(UNREAD_LISTED, unreadValuesListed.size()).clear();
        }
    }

    /** Told now and then how many bytes of the log file are read, of its size. */
    @FunctionalInterface
    public interface Progress {
        void read(long bytes, long total);
    }

    /** The stage's measures, by stage id, in the journey's order (a stage the log never records has all zeros). */
    public Map<String, StageObservation> stages() {
        return Collections.unmodifiableMap(stages);
    }

    public StageObservation stage(String id) {
        return stages.get(id);
    }

    /** The measures over every event, at whatever stage. */
    public StageObservation whole() {
        return whole;
    }

    /** The actors, the journey's first in its order, then the log's other values in the order first seen. */
    public List<ActorObservation> actors() {
        return List.copyOf(actors.values());
    }

    /** The most frequent variants, with their cases, the most frequent first. */
    public List<Map.Entry<String, Long>> topVariants(int count) {
        return variants.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(count)
                .map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    }

    /** How many distinct variants the cases follow (counting past {@link #VARIANTS_COUNTED} only as one more). */
    public int variantCount() {
        return variants.size() + (otherVariantCases > 0 ? 1 : 0);
    }

    public UnmappedValues unmappedActivities() {
        return unmappedActivities;
    }

    public UnmappedValues unmappedActors() {
        return unmappedActors;
    }

    public UnmappedValues unmappedChannels() {
        return unmappedChannels;
    }

    /** The first {@link #UNREAD_LISTED} rows that could not be read, in the log's order. */
    public List<UnreadRow> unread() {
        return List.copyOf(unread);
    }

    public long unreadRows() {
        return unreadRows;
    }

    /**
     * The first {@link #UNREAD_LISTED} values that could not be read in rows that could (handle times that are no
     * duration), in the log's order: their events are counted, only the value is not.
     */
    public List<UnreadValue> unreadValues() {
        return List.copyOf(unreadValuesListed);
    }

    /** How many values of counted events could not be read; rows not read are counted apart ({@link #unreadRows()}). */
    public long unreadValueCount() {
        return unreadValues;
    }

    /**
     * The first row or value that could not be read, as the row a strict reading stops at (a row before a value on
     * the same line, since the row is read first); null when every row and value was read.
     */
    public UnreadRow firstUnread() {
        UnreadRow row = unread.isEmpty() ? null : unread.get(0);
        UnreadValue value = unreadValuesListed.isEmpty() ? null : unreadValuesListed.get(0);
        if (value == null) {
            return row;
        }
        return row != null && row.line() <= value.line() ? row : value.asRow();
    }

    /** Events whose activity maps to no stage: counted in the whole journey's measures only. */
    public long eventsWithoutStage() {
        return eventsWithoutStage;
    }

    /** Days from the log's earliest event to its latest (fractional); 0 for a log without events. */
    public double periodDays() {
        return lastSecond < firstSecond ? 0 : (lastSecond - firstSecond) / 86_400.0;
    }

    /** The time of the log's earliest event, read as UTC as the timestamps are; null for a log without events. */
    public java.time.LocalDateTime firstEvent() {
        return lastSecond < firstSecond ? null : java.time.LocalDateTime.ofEpochSecond(firstSecond, 0, java.time.ZoneOffset.UTC);
    }

    /** The time of the log's latest event; null for a log without events. */
    public java.time.LocalDateTime lastEvent() {
        return lastSecond < firstSecond ? null : java.time.LocalDateTime.ofEpochSecond(lastSecond, 0, java.time.ZoneOffset.UTC);
    }

    public int repeatWithinDays() {
        return repeatWithinDays;
    }
}
