package org.journeyaudit.engine.change;

import java.util.List;

import org.journeyaudit.engine.journey.Step;

/** A backstage step the change touches, and why. */
public record AffectedStep(String stage, Step step, List<Reason> reasons) {

    public AffectedStep {
        reasons = List.copyOf(reasons);
    }
}
