package org.journeyaudit.engine.journey;

import java.util.List;

/**
 * One stage of the journey, tied to a customer goal, with its touchpoints and its backstage; {@code outcomes} are the
 * items the stage delivers: what the customer came for (a new card, a refund, a booked slot) or a record the stage
 * must keep (a complaints register), needed even when no later step or decision reads them.
 */
public record Stage(
        String id,
        String name,
        String goal,
        Integer emotion,
        List<String> pains,
        List<Barrier> barriers,
        List<Touchpoint> touchpoints,
        List<Step> steps,
        List<Decision> decisions,
        List<String> outcomes) {

    public Stage {
        pains = pains == null ? List.of() : List.copyOf(pains);
        barriers = barriers == null ? List.of() : List.copyOf(barriers);
        touchpoints = touchpoints == null ? List.of() : List.copyOf(touchpoints);
        steps = steps == null ? List.of() : List.copyOf(steps);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }

    /** A stage that declares no outcome. */
    public Stage(String id, String name, String goal, Integer emotion, List<String> pains, List<Barrier> barriers,
            List<Touchpoint> touchpoints, List<Step> steps, List<Decision> decisions) {
        this(id, name, goal, emotion, pains, barriers, touchpoints, steps, decisions, List.of());
    }

    /** Contacts a month over the channels that serve the stage; null when no touchpoint gives a volume. */
    public Double volumePerMonth() {
        Double total = null;
        for (Touchpoint touchpoint : touchpoints) {
            if (touchpoint.status() == TouchpointStatus.PRESENT && touchpoint.volumePerMonth() != null) {
                total = (total == null ? 0 : total) + touchpoint.volumePerMonth();
            }
        }
        return total;
    }
}
