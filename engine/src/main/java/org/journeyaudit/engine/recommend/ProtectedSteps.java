package org.journeyaudit.engine.recommend;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.journeyaudit.engine.fact.Elements;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.Stage;
import org.journeyaudit.engine.journey.Step;

/**
 * The steps no recommendation may take away, with what would be lost: a step a law, policy or contract requires, and
 * a step that produces what a stage delivers (its outcomes). A finding may rightly point at such a step (a mandated
 * step that makes customers call back); the remedy must then keep it. Mandated steps keep their requests too, since
 * asking again can be the obligation itself (authentication at each new contact); a step that delivers an outcome may
 * still stop asking the customer for what the journey already has, and be merged with a step doing the same work,
 * which then delivers it.
 */
final class ProtectedSteps {

    private final Map<String, String> mandates = new HashMap<>();
    private final Map<String, Map<String, String>> outcomes = new HashMap<>();
    private final RecommendationWording wording;

    ProtectedSteps(Journey journey) {
        this(journey, new RecommendationWording(null));
    }

    ProtectedSteps(Journey journey, RecommendationWording wording) {
        this.wording = wording;
        Map<String, Integer> lastDelivered = new HashMap<>();
        Map<String, String> deliveredBy = new HashMap<>();
        List<Stage> stages = journey.stages();
        for (int i = 0; i < stages.size(); i++) {
            for (String item : stages.get(i).outcomes()) {
                lastDelivered.put(item, i);
                deliveredBy.put(item, stages.get(i).id());
            }
        }
        for (int i = 0; i < stages.size(); i++) {
            for (Step step : stages.get(i).steps()) {
                if (step.mandated() != null) {
                    mandates.put(Elements.step(step.id()), step.mandate());
                }
                Map<String, String> delivered = new LinkedHashMap<>();
                for (String item : new TreeSet<>(step.produces())) {
                    if (lastDelivered.getOrDefault(item, -1) >= i) {
                        delivered.put(item, deliveredBy.get(item));
                    }
                }
                if (!delivered.isEmpty()) {
                    outcomes.put(Elements.step(step.id()), delivered);
                }
            }
        }
    }

    /** Why {@code target} must stay under {@code action}, as the report says it; null when the action may take it away. */
    String keptBecause(Action action, String target) {
        String mandate = mandates.get(target);
        if (mandate != null && (action.removesSteps() || action.removesRequests())) {
            return wording.keptMandated(Elements.id(target), mandate);
        }
        Map<String, String> outcome = outcomes.get(target);
        // merging keeps one of the steps doing the work, so what it delivers is still delivered
        if (outcome != null && action.removesSteps() && action != Action.MERGE_STEPS) {
            return wording.keptDelivering(Elements.id(target), outcome);
        }
        return null;
    }
}
