package org.journeyaudit.engine.change;

import java.time.LocalDate;
import java.util.List;

/**
 * A planned change as its change request describes it: what kind of change, when, and what it touches
 * in the journeys. {@code forcedSignificance} and {@code forcedReason} are the user's classification
 * where the request overrides the standard's.
 */
public record ChangeRequest(
        String id,
        String title,
        ChangeType type,
        String description,
        LocalDate plannedDate,
        Significance forcedSignificance,
        String forcedReason,
        List<Touch> touches) {

    public ChangeRequest {
        touches = touches == null ? List.of() : List.copyOf(touches);
    }

    public List<Touch> touches(TouchKind kind) {
        return touches.stream().filter(t -> t.kind() == kind).toList();
    }
}
