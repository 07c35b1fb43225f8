package org.journeyaudit.engine.evidence;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.journeyaudit.engine.journey.Actor;
import org.journeyaudit.engine.journey.Journey;

/**
 * Reads a log's events one at a time into {@link ObservedMeasures}, keeping state only for open cases.
 *
 * <p>Events of one case must come in time order (an earlier event after a later one is an unread row, since the
 * measures are defined on the case's order and the log is never held to sort it); events of different cases may
 * interleave. A case is closed, and counted, at the end of the log; when the mapping says {@code sortedByCase}, at
 * the start of the next case instead, so that only one case is open at a time and only the ids of closed cases are
 * kept (to report a case whose events are not together). An event with no actor hands no work to anyone: the
 * previous actor stays the one the next handover is measured from.
 */
final class MeasureCollector implements LogSink {

    private static final long SECONDS_A_DAY = 86_400;

    private final Journey journey;
    private final LogMapping mapping;
    private final ObservedMeasures.Progress progress;
    private final ObservedMeasures measures;
    /** Open cases in the order they began: they close in that order, as with {@code sortedByCase}. */
    private final Map<String, CaseTrace> open = new java.util.LinkedHashMap<>();
    private final Set<String> closed = new HashSet<>();
    private final Set<String> journeyActors = new HashSet<>();
    /** Distinct actor names a log has are few (teams, lines, people); bounded all the same, like the mapping's memory. */
    private final Map<String, ActorName> actorNames = new java.util.LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ActorName> eldest) {
            return size() > ValueMap.REMEMBERED;
        }
    };
    private final long repeatWindow;
    /** Where each counted value was first seen, when the log is read as a set of whole cases (null when read in one pass). */
    private final FirstSeen firstSeen;
    private CaseTrace current;

    MeasureCollector(Journey journey, LogMapping mapping, ObservedMeasures.Progress progress) {
        this(journey, mapping, progress, null);
    }

    /**
     * A collector for a share of the log's cases, each case's events together and in the log's order: values are
     * counted with the line they were first seen at, nothing is capped, so that shares merge into the single pass's
     * measures (see {@link PartialMeasures}).
     */
    MeasureCollector(Journey journey, LogMapping mapping, FirstSeen firstSeen) {
        this(journey, mapping, (read, total) -> {
        }, firstSeen);
    }

    private MeasureCollector(Journey journey, LogMapping mapping, ObservedMeasures.Progress progress, FirstSeen firstSeen) {
        this.journey = journey;
        this.mapping = mapping;
        this.progress = progress;
        this.firstSeen = firstSeen;
        this.measures = new ObservedMeasures(journey, mapping.repeatWithinDays(), firstSeen == null ? UnmappedValues.LISTED : Integer.MAX_VALUE);
        this.repeatWindow = mapping.repeatWithinDays() * SECONDS_A_DAY;
        for (String actor : journey.actorNames().all()) {
            journeyActors.add(Actor.key(actor));
            measures.actors.put(Actor.key(actor), new ActorObservation(actor, true));
        }
    }

    @Override
    public void progress(long bytesRead, long total) {
        progress.read(bytesRead, total);
    }

    @Override
    public void unread(UnreadRow row) {
        measures.unreadRows++;
        if (firstSeen != null) {
            // a share's rows do not come in the log's order: keep its earliest, which are all the merge can list
            measures.unread.add(row);
            if (measures.unread.size() >= 2 * ObservedMeasures.UNREAD_LISTED) {
                measures.keepEarliestUnread();
            }
        } else if (measures.unread.size() < ObservedMeasures.UNREAD_LISTED) {
            measures.unread.add(row);
        }
    }

    @Override
    public void event(LogEvent event) {
        CaseTrace trace = traceOf(event);
        if (trace == null) {
            return;
        }
        if (event.epochSecond() < trace.last) {
            unread(new UnreadRow(event.line(), UnreadRow.Reason.EARLIER, java.util.List.of(RowReader.shown(trace.id),
                    String.valueOf(trace.lastLine))));
            return;
        }
        if (event.unreadHandleTime() != null) {
            unreadValue(event.unreadHandleTime());
        }
        observe(trace, observed(event));
    }

    /** A value of an event that is counted: the event counts, the value is listed (earliest first) and counted apart from rows. */
    private void unreadValue(UnreadValue value) {
        measures.unreadValues++;
        if (firstSeen != null) {
            measures.unreadValuesListed.add(value);
            if (measures.unreadValuesListed.size() >= 2 * ObservedMeasures.UNREAD_LISTED) {
                measures.keepEarliestUnread();
            }
        } else if (measures.unreadValuesListed.size() < ObservedMeasures.UNREAD_LISTED) {
            measures.unreadValuesListed.add(value);
        }
    }

    private CaseTrace traceOf(LogEvent event) {
        String caseId = event.caseId();
        if (current != null && current.id.equals(caseId)) {
            return current;
        }
        if (firstSeen != null) {
            // a share of whole cases: the next case begins, and the last one is complete
            if (current != null) {
                close(current);
            }
            current = new CaseTrace(caseId);
            return current;
        }
        if (mapping.sortedByCase()) {
            if (closed.contains(caseId)) {
                unread(new UnreadRow(event.line(), UnreadRow.Reason.CASE_AGAIN, java.util.List.of(RowReader.shown(caseId))));
                return null;
            }
            if (current != null) {
                close(current);
                closed.add(current.id);
            }
            current = new CaseTrace(caseId);
            return current;
        }
        current = open.computeIfAbsent(caseId, CaseTrace::new);
        return current;
    }

    /** The event in the journey's terms; values that map to nothing are counted as unmapped and kept as the log wrote them. */
    private ObservedEvent observed(LogEvent event) {
        String activity = event.activity();
        String step = mapping.steps().element(activity);
        String stage = mapping.stages().element(activity);
        if (stage == null && step != null) {
            stage = mapping.stageOfStep().get(step);
        }
        if (stage == null && step == null) {
            measures.unmappedActivities.add(activity);
            seen(measures.unmappedActivities.values, activity, event.line());
        }
        String written = event.actor() != null ? event.actor() : event.resource();
        String actor = null;
        if (written != null) {
            actor = mapping.actors().element(written);
            if (actor == null) {
                measures.unmappedActors.add(written);
                seen(measures.unmappedActors.values, written, event.line());
                actor = written;
            }
        }
        String channel = null;
        if (event.channel() != null) {
            channel = mapping.channels().element(event.channel());
            if (channel == null) {
                measures.unmappedChannels.add(event.channel());
                seen(measures.unmappedChannels.values, event.channel(), event.line());
                channel = event.channel();
            }
        }
        ActorName name = actor == null ? null : actorNames.computeIfAbsent(actor, ActorName::new);
        int level = event.level() != null ? level(event.level()) : name == null ? 0 : name.supportLine;
        return new ObservedEvent(event.line(), stage, step, actor, name == null ? null : name.key, level, channel, activity,
                event.epochSecond(), event.handleSeconds());
    }

    /** An actor's identity and support line, read once per distinct name rather than once per event. */
    private static final class ActorName {
        final String key;
        final int supportLine;

        ActorName(String name) {
            this.key = Actor.key(name);
            this.supportLine = Actor.supportLine(name);
        }
    }

    /** The support level a value names: its first number ("2", "L2", "Level 3", "A2" are 2, 2, 3, 2); 0 when it has none. */
    static int level(String value) {
        int level = 0;
        boolean inNumber = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                level = level * 10 + (c - '0');
                inNumber = true;
                if (level > 99) {
                    return 0;
                }
            } else if (inNumber) {
                break;
            }
        }
        return level;
    }

    private void observe(CaseTrace trace, ObservedEvent event) {
        StageObservation whole = measures.whole;
        // a contact whose activity names no stage (a customer chasing the status) is a contact at the stage the case is at
        String at = event.stage() == null && event.channel() != null ? trace.currentStage : event.stage();
        StageObservation stage = at == null ? null : measures.stages.get(at);
        // such a contact does not lengthen the case's time at the stage: it tells of waiting, it does no work there
        CaseTrace.StageSpan span = stage == null ? null : at.equals(event.stage()) ? trace.at(at, event.epochSecond()) : trace.stages.get(at);
        whole.events++;
        measures.firstSecond = Math.min(measures.firstSecond, event.epochSecond());
        measures.lastSecond = Math.max(measures.lastSecond, event.epochSecond());
        if (stage != null) {
            stage.events++;
            if (event.step() != null) {
                stage.steps.merge(event.step(), 1L, Long::sum);
                seen(stage.steps, event.step(), event.line());
            }
        } else {
            measures.eventsWithoutStage++;
        }
        ActorObservation actor = event.actorKey() == null ? null : actorOf(event);
        if (actor != null) {
            actor.events++;
            if (trace.lastActorKey != null && !trace.lastActorKey.equals(event.actorKey())) {
                handover(trace, event, actor, stage, span);
            }
            if (span != null) {
                span.actors.add(event.actorKey());
            }
        }
        // the customer's contacts are measured as repeat contacts, not as repeated work
        if (event.channel() == null && !trace.activities.add(event.activity())) {
            whole.reworkEvents++;
            trace.flags.rework = true;
            if (stage != null) {
                stage.reworkEvents++;
                span.flags.rework = true;
            }
            if (actor != null) {
                actor.reworkEvents++;
            }
        }
        if (event.level() > 0) {
            if (trace.lastLevel > 0 && event.level() > trace.lastLevel) {
                whole.escalations++;
                trace.flags.escalated = true;
                trace.flags.escalatedTo(event.level());
                if (stage != null) {
                    stage.escalations++;
                    span.flags.escalated = true;
                    span.flags.escalatedTo(event.level());
                }
            }
            trace.lastLevel = event.level();
        }
        if (event.channel() != null) {
            contact(trace, event, stage, span);
        }
        if (event.actorKey() != null) {
            trace.actors.putIfAbsent(event.actorKey(), event.actor());
            trace.lastActorKey = event.actorKey();
            trace.lastActor = event.actor();
            trace.lastStage = event.stage();
        }
        if (event.stage() != null) {
            trace.currentStage = event.stage();
            trace.currentStageAt = event.epochSecond();
        }
        trace.addToVariant(event.activity());
        if (trace.first == Long.MIN_VALUE) {
            trace.first = event.epochSecond();
            trace.firstLine = event.line();
        }
        trace.last = event.epochSecond();
        trace.lastLine = event.line();
    }

    private void handover(CaseTrace trace, ObservedEvent event, ActorObservation actor, StageObservation stage, CaseTrace.StageSpan span) {
        StageObservation.HandoverPair pair = new StageObservation.HandoverPair(trace.lastActor, event.actor());
        StageObservation whole = measures.whole;
        whole.handovers++;
        whole.pairs.merge(pair, 1L, Long::sum);
        seen(whole.pairs, pair, event.line());
        measures.actors.get(trace.lastActorKey).handoversOut++;
        actor.handoversIn++;
        boolean returning = trace.actors.containsKey(event.actorKey());
        // a stage counts the handovers inside it, which its design's handoffs can be compared with; work passing
        // from one stage to the next counts for the whole journey only
        // (a contact counted at the stage the case is at, its activity naming no stage, is not work inside the stage)
        if (stage != null && event.stage() != null && event.stage().equals(trace.lastStage)) {
            stage.handovers++;
            stage.pairs.merge(pair, 1L, Long::sum);
            seen(stage.pairs, pair, event.line());
        }
        if (returning) {
            whole.returns++;
            trace.flags.pingPong = true;
            actor.returnsIn++;
        }
        // at a stage, work returns to an actor who already worked on the case at that stage, as Stage.returns() reads a design
        if (stage != null && span.actors.contains(event.actorKey())) {
            stage.returns++;
            span.flags.pingPong = true;
        }
    }

    private void contact(CaseTrace trace, ObservedEvent event, StageObservation stage, CaseTrace.StageSpan span) {
        StageObservation whole = measures.whole;
        whole.contacts++;
        whole.contactsOn.merge(event.channel(), 1L, Long::sum);
        seen(whole.contactsOn, event.channel(), event.line());
        if (stage != null) {
            stage.contacts++;
            stage.contactsOn.merge(event.channel(), 1L, Long::sum);
            seen(stage.contactsOn, event.channel(), event.line());
        }
        if (event.handleSeconds() != null) {
            whole.handleTimes.computeIfAbsent(event.channel(), c -> new Durations()).add(event.handleSeconds());
            seen(whole.handleTimes, event.channel(), event.line());
            if (stage != null) {
                stage.handleTimes.computeIfAbsent(event.channel(), c -> new Durations()).add(event.handleSeconds());
                seen(stage.handleTimes, event.channel(), event.line());
            }
        }
        if (trace.lastChannel != null && !trace.lastChannel.equals(event.channel())) {
            whole.channelSwitches++;
            trace.flags.switched = true;
            if (stage != null) {
                stage.channelSwitches++;
                span.flags.switched = true;
                span.flags.switchedTo(event.channel());
            }
        }
        if (trace.lastContact != Long.MIN_VALUE && event.epochSecond() - trace.lastContact <= repeatWindow) {
            whole.repeatContacts++;
            trace.flags.repeated = true;
            if (stage != null) {
                stage.repeatContacts++;
                span.flags.repeated = true;
            }
        }
        trace.lastChannel = event.channel();
        trace.lastContact = event.epochSecond();
    }

    private ActorObservation actorOf(ObservedEvent event) {
        ActorObservation actor = measures.actors.get(event.actorKey());
        if (actor == null) {
            actor = new ActorObservation(event.actor(), journeyActors.contains(event.actorKey()));
            measures.actors.put(event.actorKey(), actor);
            seen(measures.actors, event.actorKey(), event.line());
        }
        return actor;
    }

    private void close(CaseTrace trace) {
        if (trace.first == Long.MIN_VALUE) {
            return; // every event of the case was unread
        }
        count(measures.whole, trace.flags, trace.last - trace.first, trace.firstLine);
        for (Map.Entry<String, CaseTrace.StageSpan> entry : trace.stages.entrySet()) {
            CaseTrace.StageSpan span = entry.getValue();
            count(measures.stages.get(entry.getKey()), span.flags, span.last - span.first, trace.firstLine);
        }
        trace.actors.keySet().forEach(key -> measures.actors.get(key).cases++);
        String variant = trace.variant.toString();
        if (firstSeen != null) {
            // the cap on variants counted by name applies after the merge, to the variants in the order first closed
            measures.variants.merge(variant, 1L, Long::sum);
            seen(measures.variants, variant, trace.firstLine);
        } else if (measures.variants.containsKey(variant) || measures.variants.size() < ObservedMeasures.VARIANTS_COUNTED) {
            measures.variants.merge(variant, 1L, Long::sum);
        } else {
            measures.otherVariantCases++;
        }
    }

    private void count(StageObservation observation, CaseTrace.CaseFlags flags, long duration, long caseLine) {
        observation.cases++;
        observation.durations.add(duration);
        observation.pingPongCases += flags.pingPong ? 1 : 0;
        observation.reworkCases += flags.rework ? 1 : 0;
        observation.escalatedCases += flags.escalated ? 1 : 0;
        observation.switchingCases += flags.switched ? 1 : 0;
        observation.repeatingCases += flags.repeated ? 1 : 0;
        if (flags.switchedTo != null) {
            int order = 0;
            for (String channel : flags.switchedTo) {
                observation.switchedTo.merge(channel, 1L, Long::sum);
                // cases close in the order they began; one case's channels in the order its set gives them
                seen(observation.switchedTo, channel, FirstSeen.within(caseLine, order++));
            }
        }
        for (long levels = flags.escalatedTo; levels != 0; levels &= levels - 1) {
            observation.escalatedTo.merge(Long.numberOfTrailingZeros(levels), 1L, Long::sum);
        }
    }

    private void seen(Map<?, ?> counts, Object key, long line) {
        if (firstSeen != null) {
            firstSeen.seen(counts, key, line);
        }
    }

    ObservedMeasures finish() {
        if (firstSeen != null) {
            if (current != null) {
                close(current);
            }
            return measures;
        }
        if (mapping.sortedByCase()) {
            if (current != null) {
                close(current);
            }
        } else {
            open.values().forEach(this::close);
        }
        open.clear();
        return measures;
    }
}
