package org.journeyaudit.engine.evidence;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.journeyaudit.engine.journey.Actor;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.Stage;
import org.journeyaudit.engine.journey.Step;
import org.journeyaudit.engine.journey.StepHandoff;
import org.journeyaudit.engine.journey.Touchpoint;

/**
 * What the journey document says of a stage, to set beside what the log shows: its steps, its actors (the journey's
 * swimlanes), its designed handoffs ({@link Stage#handoffs()}, as pairs of actors) and its SLA standard. A stage's
 * standard is the longest {@code sla.standard} of its present touchpoints: a case over it is late whatever channel it
 * came by; null when no touchpoint gives one.
 */
public record StageDesign(Stage stage, List<String> steps, List<String> actors, List<StageObservation.HandoverPair> handoffs,
        Duration standard, List<String> channelsOnward) {

    public static StageDesign of(Journey journey, Stage stage) {
        // the channels a customer may rightly turn to from here: the stage's own and those of the stages its paths lead to
        Set<String> onward = new LinkedHashSet<>();
        present(stage, onward);
        journey.paths().stream().filter(path -> path.from().id().equals(stage.id())).forEach(path -> present(path.to(), onward));
        List<String> steps = stage.steps().stream().map(Step::id).toList();
        Set<StageObservation.HandoverPair> handoffs = new LinkedHashSet<>();
        var names = journey.actorNames();
        for (StepHandoff handoff : stage.handoffs()) {
            handoffs.add(new StageObservation.HandoverPair(names.of(handoff.from().actor()), names.of(handoff.to().actor())));
        }
        Duration standard = null;
        for (Touchpoint touchpoint : stage.touchpoints()) {
            if (touchpoint.present() && touchpoint.sla() != null && touchpoint.sla().standard() != null
                    && (standard == null || touchpoint.sla().standard().compareTo(standard) > 0)) {
                standard = touchpoint.sla().standard();
            }
        }
        return new StageDesign(stage, steps, journey.actorsOf(stage), List.copyOf(handoffs), standard, List.copyOf(onward));
    }

    private static void present(Stage stage, Set<String> channels) {
        stage.touchpoints().stream().filter(Touchpoint::present).forEach(touchpoint -> channels.add(touchpoint.channel()));
    }

    /** Whether the design shows work passing between these two actors at the stage, in this direction. */
    public boolean designs(StageObservation.HandoverPair observed) {
        return handoffs.stream().anyMatch(d -> Actor.same(d.from(), observed.from()) && Actor.same(d.to(), observed.to()));
    }

    /** Whether an actor of the stage's steps is the support line of that number (L2, 2nd line, line 2 are line 2). */
    public boolean hasLine(int level) {
        return actors.stream().anyMatch(actor -> Actor.supportLine(actor) == level);
    }

    /** The designed steps the log never records at the stage. */
    public List<String> unrecorded(StageObservation observed) {
        return steps.stream().filter(step -> !observed.steps().containsKey(step)).toList();
    }

    /** The designed handoffs the log never shows inside the stage. */
    public List<StageObservation.HandoverPair> unobserved(StageObservation observed) {
        return handoffs.stream().filter(d -> observed.pairs().keySet().stream()
                .noneMatch(o -> Actor.same(d.from(), o.from()) && Actor.same(d.to(), o.to()))).toList();
    }

    /** Cases whose time at the stage is over its standard; 0 without a standard. */
    public int overStandard(StageObservation observed) {
        return standard == null ? 0 : observed.durations().over(standard.toSeconds());
    }
}
