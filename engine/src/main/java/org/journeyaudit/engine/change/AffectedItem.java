package org.journeyaudit.engine.change;

import java.util.List;

/**
 * An information item the change touches, and where the journey deals with it: the touchpoints that tell
 * it ({@code stage@channel}), the steps that ask the customer for it, use or produce it, and the decisions
 * that depend on it.
 */
public record AffectedItem(String key, List<Reason> reasons, List<String> toldOn, List<String> askedBy, List<String> usedBy,
        List<String> producedBy, List<String> decidedBy) {

    public AffectedItem {
        reasons = List.copyOf(reasons);
        toldOn = List.copyOf(toldOn);
        askedBy = List.copyOf(askedBy);
        usedBy = List.copyOf(usedBy);
        producedBy = List.copyOf(producedBy);
        decidedBy = List.copyOf(decidedBy);
    }
}
