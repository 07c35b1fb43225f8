package org.journeyaudit.engine.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.journey.Journey;

/**
 * The measures of a share of a log's cases, which merge with the other shares' into the measures one pass over the
 * whole log gives ({@link ObservedMeasures#of}), figure for figure: counts add (events, cases, handovers, returns,
 * rework, escalations, switches, repeat contacts, per stage, per actor, per pair, channel, step and level); the
 * durations of every case are kept, so that percentiles stay exact (eight bytes a case); the values counted by name
 * (variants, unmapped values, pairs, channels, steps, actors) keep the line they were first seen at, so that the
 * merge lists them, and breaks ties, in the order the single pass does, and caps them ({@link
 * ObservedMeasures#VARIANTS_COUNTED} variants, {@link UnmappedValues#LISTED} values a column) only after the merge;
 * a share keeps its {@link ObservedMeasures#UNREAD_LISTED} earliest unread rows, and as many unread values.
 *
 * <p>A share is read by {@link Cases}: every event of a case must come to the same share, the case's events together
 * and in the log's order (by line, not by time: an event earlier than the case's previous one is an unread row, as in
 * one pass, and events at the same time stay in the log's order).
 */
public final class PartialMeasures implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final ObservedMeasures measures;
    private final FirstSeen firstSeen;

    private PartialMeasures(ObservedMeasures measures, FirstSeen firstSeen) {
        this.measures = measures;
        this.firstSeen = firstSeen;
    }

    /** A reader for a share of the log's cases; {@code starts}: where the log's cases begin, needed when the mapping says {@code sortedByCase}. */
    public static Cases cases(Journey journey, LogMapping mapping, CaseStarts starts) {
        return new Cases(journey, mapping, starts);
    }

    /** Adds the other share (other cases, and rows no case owns) to this one; the other is not used afterwards. */
    public PartialMeasures merge(PartialMeasures other) {
        ObservedMeasures into = measures;
        ObservedMeasures from = other.measures;
        into.whole.merge(from.whole, firstSeen, other.firstSeen);
        into.stages.forEach((id, stage) -> stage.merge(from.stages.get(id), firstSeen, other.firstSeen));
        Map<Object, Long> actorLines = other.firstSeen.of(from.actors);
        from.actors.forEach((key, actor) -> {
            ActorObservation known = into.actors.get(key);
            if (known == null) {
                into.actors.put(key, actor);
            } else {
                known.merge(actor);
            }
            Long line = actorLines.get(key);
            if (line != null) {
                firstSeen.seen(into.actors, key, line);
            }
        });
        firstSeen.add(into.variants, from.variants, other.firstSeen);
        mergeUnmapped(into.unmappedActivities, from.unmappedActivities, other.firstSeen);
        mergeUnmapped(into.unmappedActors, from.unmappedActors, other.firstSeen);
        mergeUnmapped(into.unmappedChannels, from.unmappedChannels, other.firstSeen);
        into.unread.addAll(from.unread);
        into.unreadValuesListed.addAll(from.unreadValuesListed);
        into.keepEarliestUnread();
        into.unreadRows += from.unreadRows;
        into.unreadValues += from.unreadValues;
        into.eventsWithoutStage += from.eventsWithoutStage;
        into.firstSecond = Math.min(into.firstSecond, from.firstSecond);
        into.lastSecond = Math.max(into.lastSecond, from.lastSecond);
        return this;
    }

    private void mergeUnmapped(UnmappedValues into, UnmappedValues from, FirstSeen fromSeen) {
        Map<Object, Long> lines = fromSeen.of(from.values);
        into.merge(from);
        lines.forEach((value, line) -> firstSeen.seen(into.values, value, line));
    }

    /** The measures of all the cases merged, as one pass over the log gives them; this share is not used afterwards. */
    public ObservedMeasures finish() {
        ObservedMeasures done = measures;
        done.whole.order(firstSeen);
        done.stages.values().forEach(stage -> stage.order(firstSeen));
        firstSeen.order(done.actors);
        List<Map.Entry<String, Long>> variants = FirstSeen.inOrder(done.variants, firstSeen.of(done.variants));
        done.variants.clear();
        for (Map.Entry<String, Long> variant : variants) {
            if (done.variants.size() < ObservedMeasures.VARIANTS_COUNTED) {
                done.variants.put(variant.getKey(), variant.getValue());
            } else {
                done.otherVariantCases += variant.getValue();
            }
        }
        done.unmappedActivities.relist(UnmappedValues.LISTED, firstSeen.of(done.unmappedActivities.values));
        done.unmappedActors.relist(UnmappedValues.LISTED, firstSeen.of(done.unmappedActors.values));
        done.unmappedChannels.relist(UnmappedValues.LISTED, firstSeen.of(done.unmappedChannels.values));
        done.keepEarliestUnread();
        return done;
    }

    /**
     * Reads a share of the log's cases: each case's events together, in the log's order, and the rows of the share no
     * case owns (those that could not be read as events) in any order.
     */
    public static final class Cases implements LogSink {

        private final MeasureCollector collector;
        private final FirstSeen firstSeen = new FirstSeen();
        private final CaseStarts starts;
        private String caseId;
        private long caseLine;

        private Cases(Journey journey, LogMapping mapping, CaseStarts starts) {
            this.collector = new MeasureCollector(journey, mapping, firstSeen);
            this.starts = mapping.sortedByCase() ? java.util.Objects.requireNonNull(starts, "starts") : null;
        }

        @Override
        public void event(LogEvent event) {
            if (!event.caseId().equals(caseId)) {
                caseId = event.caseId();
                caseLine = event.line();
            } else if (starts != null && starts.laterCaseBefore(caseLine, event.line())) {
                // read in one pass, the case was closed when a later case began: so is every event of it after that
                collector.unread(new UnreadRow(event.line(), UnreadRow.Reason.CASE_AGAIN, List.of(RowReader.shown(caseId))));
                return;
            }
            collector.event(event);
        }

        @Override
        public void unread(UnreadRow row) {
            collector.unread(row);
        }

        public PartialMeasures finish() {
            return new PartialMeasures(collector.finish(), firstSeen);
        }
    }

    /** The lines where the log's cases begin (each case's first event), for a log the mapping says is sorted by case. */
    public static final class CaseStarts implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        private final long[] lines;

        private CaseStarts(long[] lines) {
            this.lines = lines;
        }

        /** The first line of each case, in any order. */
        public static CaseStarts of(long[] firstLines) {
            long[] lines = firstLines.clone();
            Arrays.sort(lines);
            return new CaseStarts(lines);
        }

        /** Whether a case begun after the one begun at {@code caseLine} began before {@code line}. */
        boolean laterCaseBefore(long caseLine, long line) {
            int at = Arrays.binarySearch(lines, caseLine);
            int next = (at >= 0 ? at : -at - 1) + 1;
            return next < lines.length && lines[next] < line;
        }
    }
}
