package org.journeyaudit.engine.evidence;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the log shows of one stage (or of the whole journey), as process mining measures it over the cases' events in
 * time order:
 * <ul>
 * <li><b>handover of work</b>: two consecutive events of a case done by different actors, by pair of actors; a stage
 * counts those whose two events are both at the stage (so that they compare with its designed handoffs), the whole
 * journey counts them all, including work passing from one stage to another;</li>
 * <li><b>ping-pong</b>: a handover back to an actor the case had already left; counted as returns (each such handover)
 * and as cases (with at least one): A, B, A is one ping-pong case with one return. The whole journey counts every
 * return of the case; a stage those to an actor who already worked on the case at that stage, as
 * {@link org.journeyaudit.engine.journey.Stage#returns()} reads the design;</li>
 * <li><b>rework</b>: an event whose activity the case already had, contacts with the customer aside (those are repeat
 * contacts); counted as events and as cases;</li>
 * <li><b>escalation</b>: an event at a higher support level than the case's previous event with a level; the cases
 * escalated to each level are counted by level;</li>
 * <li><b>channel switch</b>: a contact (an event with a channel) on another channel than the case's previous contact;
 * a contact whose activity names no stage (a customer chasing the status) counts at the stage the case is at (that of
 * its last event at a stage), without lengthening the case's time there;</li>
 * <li><b>repeat contact</b>: a contact within the mapping's {@code repeatWithinDays} of the case's previous contact;</li>
 * <li><b>handle time</b>: per channel, the seconds each contact was handled, as the log's handle time column gives them
 * (contacts whose row gives none are not measured); a contact counts at the stage it counts at above;</li>
 * <li><b>duration</b>: per case, from its arrival at the stage (its last event at another stage, or its first event
 * when it starts at this one) to its last event there; for the whole journey, from the case's first event to its last.</li>
 * </ul>
 */
public final class StageObservation implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    long events;
    long cases;
    long handovers;
    long returns;
    long pingPongCases;
    long reworkEvents;
    long reworkCases;
    long escalations;
    long escalatedCases;
    long contacts;
    long channelSwitches;
    long switchingCases;
    long repeatContacts;
    long repeatingCases;
    final Durations durations = new Durations();
    /** Handovers by pair, "from -> to" under the actors' names, in the order first seen. */
    final Map<HandoverPair, Long> pairs = new LinkedHashMap<>();
    /** Cases escalated to each support level (an event at that level above the case's previous level), by level. */
    final Map<Integer, Long> escalatedTo = new java.util.TreeMap<>();
    /** Cases that switched to each channel between contacts, by channel, in the order first counted. */
    final Map<String, Long> switchedTo = new LinkedHashMap<>();
    /** Events by the journey step they record. */
    final Map<String, Long> steps = new LinkedHashMap<>();
    /** Contacts by channel (the journey's channel id, or the log's value), in the order first seen. */
    final Map<String, Long> contactsOn = new LinkedHashMap<>();
    /** The handle times of the contacts whose row gives one, by channel, in the order first measured. */
    final Map<String, Durations> handleTimes = new LinkedHashMap<>();

    /** A handover between two actors, under the names the journey (or the log, for an actor the mapping lacks) gives them. */
    public record HandoverPair(String from, String to) implements java.io.Serializable {
        @Override
        public String toString() {
            return from + " -> " + to;
        }
    }

    /** Adds another share's measures of the same stage (other cases) to these. */
    void merge(StageObservation other, FirstSeen seen, FirstSeen otherSeen) {
        events += other.events;
        cases += other.cases;
        handovers += other.handovers;
        returns += other.returns;
        pingPongCases += other.pingPongCases;
        reworkEvents += other.reworkEvents;
        reworkCases += other.reworkCases;
        escalations += other.escalations;
        escalatedCases += other.escalatedCases;
        contacts += other.contacts;
        channelSwitches += other.channelSwitches;
        switchingCases += other.switchingCases;
        repeatContacts += other.repeatContacts;
        repeatingCases += other.repeatingCases;
        durations.addAll(other.durations);
        seen.add(pairs, other.pairs, otherSeen);
        other.escalatedTo.forEach((level, count) -> escalatedTo.merge(level, count, Long::sum));
        seen.add(switchedTo, other.switchedTo, otherSeen);
        seen.add(steps, other.steps, otherSeen);
        seen.add(contactsOn, other.contactsOn, otherSeen);
        other.handleTimes.forEach((channel, seconds) -> handleTimes.computeIfAbsent(channel, c -> new Durations()).addAll(seconds));
        seen.carry(handleTimes, other.handleTimes, otherSeen);
    }

    /** Puts the counted values in the order a single pass over the log first meets them. */
    void order(FirstSeen seen) {
        seen.order(pairs);
        seen.order(switchedTo);
        seen.order(steps);
        seen.order(contactsOn);
        seen.order(handleTimes);
    }

    public long events() {
        return events;
    }

    public long cases() {
        return cases;
    }

    public long handovers() {
        return handovers;
    }

    public long returns() {
        return returns;
    }

    public long pingPongCases() {
        return pingPongCases;
    }

    public long reworkEvents() {
        return reworkEvents;
    }

    public long reworkCases() {
        return reworkCases;
    }

    public long escalations() {
        return escalations;
    }

    public long escalatedCases() {
        return escalatedCases;
    }

    public long contacts() {
        return contacts;
    }

    public long channelSwitches() {
        return channelSwitches;
    }

    public long switchingCases() {
        return switchingCases;
    }

    public long repeatContacts() {
        return repeatContacts;
    }

    public long repeatingCases() {
        return repeatingCases;
    }

    public Durations durations() {
        return durations;
    }

    public Map<HandoverPair, Long> pairs() {
        return java.util.Collections.unmodifiableMap(pairs);
    }

    /** Cases escalated to each support level, lowest level first. */
    public Map<Integer, Long> escalatedTo() {
        return java.util.Collections.unmodifiableMap(escalatedTo);
    }

    /** Cases that switched to each channel between contacts (the journey's channel id, or the log's value). */
    public Map<String, Long> switchedTo() {
        return java.util.Collections.unmodifiableMap(switchedTo);
    }

    /** Contacts with the customer by channel: the journey's channel id, or the log's value when the mapping does not map it. */
    public Map<String, Long> contactsOn() {
        return java.util.Collections.unmodifiableMap(contactsOn);
    }

    /**
     * The handle times of contacts by channel (the journey's channel id, or the log's value), only for the channels with
     * at least one contact whose row gives a handle time; their median and p90 are read as of any durations.
     */
    public Map<String, Durations> handleTimes() {
        return java.util.Collections.unmodifiableMap(handleTimes);
    }

    public Map<String, Long> steps() {
        return java.util.Collections.unmodifiableMap(steps);
    }

    /** {@code count} as a share of the cases, 0 when there are none. */
    public double share(long count) {
        return cases == 0 ? 0 : (double) count / cases;
    }
}
