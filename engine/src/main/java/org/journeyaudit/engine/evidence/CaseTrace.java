package org.journeyaudit.engine.evidence;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What one open case keeps while its events are read: no list of events, only what the next event is measured
 * against (the previous actor, level and contact, the actors and activities the case has had) and, per stage, when the
 * case entered and last worked there and which measures it has shown. Its size grows with the distinct actors,
 * activities and stages of the case, not with its events; the variant keeps at most {@link #VARIANT_ACTIVITIES}
 * activities.
 */
final class CaseTrace {

    /** Activities a variant names; a longer case's variant ends in "...". */
    static final int VARIANT_ACTIVITIES = 30;

    final String id;
    long first = Long.MIN_VALUE;
    long last = Long.MIN_VALUE;
    long lastLine;
    /** The line of the case's first event: cases are closed, and their variants counted, in this order. */
    long firstLine;
    String lastActorKey;
    String lastActor;
    /** The stage of the last event with an actor: a handover inside a stage has both its events there. */
    String lastStage;
    /** The stage the case is at (that of its last event at any stage), and when that event was. */
    String currentStage;
    long currentStageAt = Long.MIN_VALUE;
    int lastLevel;
    String lastChannel;
    long lastContact = Long.MIN_VALUE;
    /** Actor keys that have worked on the case, with the names they were seen under. */
    final Map<String, String> actors = new LinkedHashMap<>();
    final Set<String> activities = new HashSet<>();
    final Map<String, StageSpan> stages = new HashMap<>();
    final CaseFlags flags = new CaseFlags();
    final StringBuilder variant = new StringBuilder();
    int variantLength;

    CaseTrace(String id) {
        this.id = id;
    }

    /** Which measures a case (or its time at one stage) has shown at least once. */
    static final class CaseFlags {
        boolean pingPong;
        boolean rework;
        boolean escalated;
        boolean switched;
        boolean repeated;
        /** The support levels escalated to, as bits (level 1 is bit 1); levels above 63 are not told apart. */
        long escalatedTo;
        /** The channels the case switched to between contacts (null until the first switch). */
        Set<String> switchedTo;

        void switchedTo(String channel) {
            if (switchedTo == null) {
                switchedTo = new HashSet<>(2);
            }
            switchedTo.add(channel);
        }

        void escalatedTo(int level) {
            if (level < Long.SIZE) {
                escalatedTo |= 1L << level;
            }
        }
    }

    /**
     * The case's time at one stage: from its arrival (the time of its last event at another stage, or its first event
     * here when it starts here) to its last event here; and the actors who have worked on it here.
     */
    static final class StageSpan {
        long first;
        long last;
        final CaseFlags flags = new CaseFlags();
        final Set<String> actors = new HashSet<>(4);

        StageSpan(long at) {
            first = at;
            last = at;
        }
    }

    StageSpan at(String stage, long second) {
        StageSpan span = stages.get(stage);
        if (span == null) {
            span = new StageSpan(currentStageAt == Long.MIN_VALUE ? second : currentStageAt);
            stages.put(stage, span);
        }
        span.last = Math.max(span.last, second);
        return span;
    }

    void addToVariant(String activity) {
        if (variantLength < VARIANT_ACTIVITIES) {
            variant.append(variantLength == 0 ? "" : " > ").append(activity);
        } else if (variantLength == VARIANT_ACTIVITIES) {
            variant.append(" > ...");
        }
        variantLength++;
    }
}
