package org.journeyaudit.engine.change;

import java.util.List;

import org.journeyaudit.engine.fact.Elements;
import org.journeyaudit.engine.journey.Touchpoint;

/** A cell of the coverage matrix the change touches, and why. */
public record AffectedTouchpoint(String stage, Touchpoint touchpoint, List<Reason> reasons) {

    public AffectedTouchpoint {
        reasons = List.copyOf(reasons);
    }

    /** {@code touchpoint:check-status@chat} */
    public String element() {
        return Elements.touchpoint(stage, touchpoint.channel());
    }
}
