package org.journeyaudit.engine.change;

import java.util.List;

/**
 * One thing the standard demands for the change, filled in: what the engine already knows from the change
 * request and the journeys, and what the user must supply.
 */
public record ChecklistItem(String id, String title, List<String> known, List<String> toSupply) {

    public ChecklistItem {
        known = List.copyOf(known);
        toSupply = List.copyOf(toSupply);
    }
}
