package org.journeyaudit.engine.journey;

import java.util.List;

/** One stage of the journey, tied to a customer goal, with its touchpoints and its backstage. */
public record Stage(
        String id,
        String name,
        String goal,
        Integer emotion,
        List<String> pains,
        List<Barrier> barriers,
        List<Touchpoint> touchpoints,
        List<Step> steps,
        List<Decision> decisions) {

    public Stage {
        pains = pains == null ? List.of() : List.copyOf(pains);
        barriers = barriers == null ? List.of() : List.copyOf(barriers);
        touchpoints = touchpoints == null ? List.of() : List.copyOf(touchpoints);
        steps = steps == null ? List.of() : List.copyOf(steps);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
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
