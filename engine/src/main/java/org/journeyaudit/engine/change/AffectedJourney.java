package org.journeyaudit.engine.change;

import java.util.List;

import org.journeyaudit.engine.journey.Journey;

/** A journey the change names directly, ranked by what it exposes: its stages, items and exposure. */
public record AffectedJourney(int rank, Journey journey, String label, List<AffectedStage> stages, List<AffectedItem> items,
        Exposure exposure) {

    public AffectedJourney {
        stages = List.copyOf(stages);
        items = List.copyOf(items);
    }

    public List<AffectedTouchpoint> touchpoints() {
        return stages.stream().flatMap(s -> s.touchpoints().stream()).toList();
    }

    public List<AffectedStep> steps() {
        return stages.stream().flatMap(s -> s.steps().stream()).toList();
    }

    /** The steps the change reaches, touched or in a stage it names as a whole, in journey order. */
    public List<org.journeyaudit.engine.journey.Step> stepsInScope() {
        return stages.stream().flatMap(s -> s.stepsInScope().stream()).toList();
    }

    AffectedJourney ranked(int newRank) {
        return new AffectedJourney(newRank, journey, label, stages, items, exposure);
    }
}
