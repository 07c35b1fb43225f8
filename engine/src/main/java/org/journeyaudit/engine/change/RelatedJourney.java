package org.journeyaudit.engine.change;

import java.util.List;

import org.journeyaudit.engine.journey.Journey;

/**
 * A journey the change does not name but that shares a system or an actor with the affected steps of the
 * journeys it does name: its impact is indirect (the same people or system will work differently).
 */
public record RelatedJourney(Journey journey, String label, List<Shared> shared) {

    public RelatedJourney {
        shared = List.copyOf(shared);
    }

    /**
     * One system or actor this journey shares: its steps that use it, and the affected journeys and steps
     * it is shared with. {@code match} says how the names matched when they are not written alike.
     */
    public record Shared(TouchKind kind, String name, List<String> steps, List<Use> with, String match) {
        public Shared {
            steps = List.copyOf(steps);
            with = List.copyOf(with);
        }
    }

    /** The affected journey and its affected steps that use the shared system or actor. */
    public record Use(String journey, List<String> steps) {
        public Use {
            steps = List.copyOf(steps);
        }
    }
}
