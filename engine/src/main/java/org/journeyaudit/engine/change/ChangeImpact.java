package org.journeyaudit.engine.change;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a change does to a portfolio of journeys: its classification, the journeys it names directly
 * (ranked by exposure), the journeys related to them, the references that matched nothing, and the
 * checklist its class demands.
 */
public record ChangeImpact(
        ChangeRequest change,
        LocalDate asOf,
        ChangeClassification classification,
        int journeysAnalysed,
        List<AffectedJourney> affected,
        List<RelatedJourney> related,
        List<UnmatchedTouch> unmatched,
        List<ChecklistItem> checklist,
        List<String> notes) {

    public ChangeImpact {
        affected = List.copyOf(affected);
        related = List.copyOf(related);
        unmatched = List.copyOf(unmatched);
        checklist = List.copyOf(checklist);
        notes = List.copyOf(notes);
    }

    public long keyJourneysAffected() {
        return affected.stream().filter(a -> a.journey().key()).count();
    }

    /** Contacts a month exposed over all affected journeys; null when none gives a volume. */
    public Double volumePerMonth() {
        return affected.stream().map(a -> a.exposure().volumePerMonth()).filter(v -> v != null).reduce(Double::sum).orElse(null);
    }

    /** Yearly handling cost exposed, per currency (journeys that name none under ""); never converted. */
    public Map<String, BigDecimal> annualCost() {
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (AffectedJourney journey : affected) {
            Exposure exposure = journey.exposure();
            if (exposure.annualCost() != null) {
                totals.merge(exposure.currency() == null ? "" : exposure.currency(), exposure.annualCost(), BigDecimal::add);
            }
        }
        return totals;
    }
}
