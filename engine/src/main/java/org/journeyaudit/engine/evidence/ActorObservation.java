package org.journeyaudit.engine.evidence;

/**
 * What the log shows of one actor (a team or line as the journey names it, or as the log does when the mapping does
 * not map it): its events and cases, the handovers it gave and received, the work returned to it (ping-pong returns,
 * see {@link StageObservation}) and its repeated activities (rework).
 */
public final class ActorObservation implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    final String name;
    final boolean inJourney;
    long events;
    long cases;
    long handoversOut;
    long handoversIn;
    long returnsIn;
    long reworkEvents;

    ActorObservation(String name, boolean inJourney) {
        this.name = name;
        this.inJourney = inJourney;
    }

    /** Adds another share's measures of the same actor (other cases) to these. */
    void merge(ActorObservation other) {
        events += other.events;
        cases += other.cases;
        handoversOut += other.handoversOut;
        handoversIn += other.handoversIn;
        returnsIn += other.returnsIn;
        reworkEvents += other.reworkEvents;
    }

    public String name() {
        return name;
    }

    /** Whether the name is an actor of the journey, rather than a value of the log the mapping does not map. */
    public boolean inJourney() {
        return inJourney;
    }

    public long events() {
        return events;
    }

    public long cases() {
        return cases;
    }

    public long handoversOut() {
        return handoversOut;
    }

    public long handoversIn() {
        return handoversIn;
    }

    public long returnsIn() {
        return returnsIn;
    }

    public long reworkEvents() {
        return reworkEvents;
    }
}
