package org.journeyaudit.engine.change;

import java.util.List;

import org.journeyaudit.engine.journey.Stage;
import org.journeyaudit.engine.journey.Step;

/**
 * A stage the change reaches: {@code reasons} where the change names the whole stage (by its id or the
 * journey's product), the touchpoints and steps it touches, and what the stage exposes.
 */
public record AffectedStage(Stage stage, List<Reason> reasons, List<AffectedTouchpoint> touchpoints, List<AffectedStep> steps,
        Exposure exposure) {

    public AffectedStage {
        reasons = List.copyOf(reasons);
        touchpoints = List.copyOf(touchpoints);
        steps = List.copyOf(steps);
    }

    /**
     * The backstage steps the change reaches: every step of a stage it names as a whole, else the steps it
     * touches. What staffing, process design and related journeys are worked out from.
     */
    public List<Step> stepsInScope() {
        return reasons.isEmpty() ? steps.stream().map(AffectedStep::step).toList() : stage.steps();
    }

    /** Whether the change reaches the stage as a whole: named, of a touched product, or through its backstage. */
    public boolean wholeStage() {
        return !reasons.isEmpty() || !steps.isEmpty();
    }
}
