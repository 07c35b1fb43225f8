package org.journeyaudit.engine.journey;

import java.util.List;

/** A decision taken in a stage, and the information items it depends on. */
public record Decision(String id, String name, List<String> uses) {

    public Decision {
        uses = uses == null ? List.of() : List.copyOf(uses);
    }
}
