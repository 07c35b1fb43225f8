package org.journeyaudit.engine.journey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The actors of a journey, each under the name the journey first gives it: a step written "l2 " is done by the "L2"
 * an earlier step names, so that findings, facts and lanes name one actor one way.
 */
public final class ActorNames {

    private final Map<String, String> byKey = new LinkedHashMap<>();

    ActorNames(List<Stage> stages) {
        for (Stage stage : stages) {
            for (Step step : stage.steps()) {
                if (step.actor() != null) {
                    byKey.putIfAbsent(Actor.key(step.actor()), step.actor());
                }
            }
        }
    }

    /** The name the journey first gives the actor {@code written} names; the name as written when no step has it. */
    public String of(String written) {
        return written == null ? null : byKey.getOrDefault(Actor.key(written), written);
    }

    /** Every actor once, in the order the journey first names them. */
    public List<String> all() {
        return List.copyOf(byKey.values());
    }
}
