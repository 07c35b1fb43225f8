package org.journeyaudit.engine.change;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.journeyaudit.engine.fact.Durations;
import org.journeyaudit.engine.fact.JourneyFacts;
import org.journeyaudit.engine.journey.Actor;
import org.journeyaudit.engine.journey.ActorNames;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.Sla;
import org.journeyaudit.engine.journey.Step;
import org.journeyaudit.engine.journey.Touchpoint;
import org.journeyaudit.engine.recommend.SavingsFormula;

/**
 * What the standard demands for a change, filled in from the impact: for a significant change the seven
 * things a contact centre must do (requirements and targets, affected journeys and their metrics, process
 * design, staffing, communication and training, a schedule, an early audit); for an operational one the
 * content update it is managed by.
 */
final class ChangeChecklist {

    /** Days into the rollout the early audit is suggested: early enough to correct before the first monthly measurement. */
    static final int EARLY_AUDIT_DAYS = 14;

    private ChangeChecklist() {
    }

    static List<ChecklistItem> of(ChangeRequest change, ChangeClassification classification, List<AffectedJourney> affected,
            List<RelatedJourney> related, LocalDate asOf) {
        if (!classification.significant()) {
            return List.of(contentUpdate(affected));
        }
        return List.of(requirements(change, affected), journeysAndMetrics(affected, related), processDesign(affected),
                staffing(affected), communication(change, affected), schedule(change, asOf), earlyAudit(change, affected));
    }

    private static ChecklistItem requirements(ChangeRequest change, List<AffectedJourney> affected) {
        List<String> known = new ArrayList<>();
        known.add("The change: " + change.type().description()
                + (change.plannedDate() == null ? "" : ", planned for " + change.plannedDate()) + ".");
        for (AffectedJourney journey : affected) {
            for (AffectedStage stage : journey.stages()) {
                for (Touchpoint touchpoint : exposedCells(stage)) {
                    Sla sla = touchpoint.sla();
                    if (sla != null && (sla.standard() != null || sla.target() != null)) {
                        known.add(journey.label() + ", " + stage.stage().id() + "@" + touchpoint.channel() + ": standard "
                                + (sla.standard() == null ? "not given" : Durations.describe(sla.standard())) + ", target "
                                + (sla.target() == null ? "not given" : Durations.describe(sla.target())) + ".");
                    }
                }
            }
        }
        if (known.size() == 1) {
            known.add("No affected touchpoint states a service standard (sla).");
        }
        return new ChecklistItem("requirements", "Define the new and changed requirements and targets", known, List.of(
                "The requirements the change must meet on each affected stage and channel: what customers can do there, what "
                        + "they are told and what they get.",
                "Target values for the service standards and journey metrics the change should move."));
    }

    private static ChecklistItem journeysAndMetrics(List<AffectedJourney> affected, List<RelatedJourney> related) {
        List<String> known = new ArrayList<>();
        List<String> withoutMetrics = new ArrayList<>();
        for (AffectedJourney a : affected) {
            Journey journey = a.journey();
            String metrics = journey.metrics().isEmpty() ? "no metrics given" : "metrics " + new java.util.TreeMap<>(journey.metrics())
                    .entrySet().stream().map(e -> e.getKey() + " " + SavingsFormula.number(e.getValue())).collect(Collectors.joining(", "));
            if (journey.metrics().isEmpty()) {
                withoutMetrics.add(a.label());
            }
            LocalDate measured = journey.measurement().lastMeasured();
            known.add(a.label() + (journey.key() ? " (key journey)" : "") + ": " + metrics
                    + (measured == null ? "; never measured" : "; last measured " + measured) + ".");
        }
        if (affected.isEmpty()) {
            known.add("No journey of the portfolio matches what the change touches.");
        }
        if (!related.isEmpty()) {
            known.add(related.size() + (related.size() == 1 ? " related journey shares" : " related journeys share")
                    + " systems or actors with the affected steps: " + related.stream().map(RelatedJourney::label)
                            .collect(Collectors.joining(", ")) + ".");
        }
        List<String> toSupply = new ArrayList<>();
        if (!withoutMetrics.isEmpty()) {
            toSupply.add("Baseline metrics (ces, fcr, nps ...) for " + String.join(", ", withoutMetrics)
                    + ", measured before the change: the standard measures journeys at least monthly.");
        }
        if (!related.isEmpty()) {
            toSupply.add("Whether each related journey is affected, and how.");
        }
        toSupply.add("Any affected journey the portfolio lacks: journeys are found only by the names the change request lists.");
        return new ChecklistItem("journeys-and-metrics", "Identify every service journey the change affects, and its metrics", known,
                toSupply);
    }

    private static ChecklistItem processDesign(List<AffectedJourney> affected) {
        List<String> known = new ArrayList<>();
        for (AffectedJourney journey : affected) {
            List<Step> steps = journey.stepsInScope();
            if (steps.isEmpty()) {
                known.add(journey.label() + ": no backstage step is reached; " + plural(journey.touchpoints().size(), "touchpoint")
                        + (journey.touchpoints().size() == 1 ? " is." : " are."));
                continue;
            }
            List<AffectedStage> working = journey.stages().stream().filter(s -> !s.stepsInScope().isEmpty()).toList();
            int handoffs = working.stream().mapToInt(s -> s.stage().handoffs().size()).sum();
            known.add(journey.label() + ": " + plural(steps.size(), "affected step") + " ("
                    + steps.stream().map(Step::id).collect(Collectors.joining(", ")) + ") in "
                    + working.stream().map(s -> "stage " + s.stage().id()).collect(Collectors.joining(", "))
                    + ", with " + plural(handoffs, "handoff") + " between actors there.");
        }
        if (known.isEmpty()) {
            known.add("No journey of the portfolio is affected.");
        }
        return new ChecklistItem("process-design", "Design the processes to meet the requirements", known, List.of(
                "The redesigned journeys as documents (their 'after' versions); compare each with its current version: "
                        + "journey-audit diff BEFORE AFTER."));
    }

    private static ChecklistItem staffing(List<AffectedJourney> affected) {
        // by actor identity (Actor.same), each under the name its journey first gives it: "L2" and "l2 " are one line's workload
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Map<String, List<String>>> stepsByActor = new LinkedHashMap<>();
        Map<String, Double> minutesByActor = new LinkedHashMap<>();
        Map<String, Boolean> unknownByActor = new LinkedHashMap<>();
        for (AffectedJourney journey : affected) {
            ActorNames journeyNames = journey.journey().actorNames();
            for (AffectedStage stage : journey.stages()) {
                Double volume = stage.stage().volumePerMonth();
                for (Step step : stage.stepsInScope()) {
                    String actor = names.computeIfAbsent(Actor.key(step.actor()), k -> journeyNames.of(step.actor()));
                    stepsByActor.computeIfAbsent(actor, a -> new LinkedHashMap<>()).computeIfAbsent(journey.label(), j -> new ArrayList<>())
                            .add(step.id());
                    if (step.minutes() != null && volume != null) {
                        minutesByActor.merge(actor, step.minutes() * volume, Double::sum);
                    } else {
                        unknownByActor.put(actor, true);
                    }
                }
            }
        }
        List<String> known = new ArrayList<>();
        stepsByActor.forEach((actor, steps) -> {
            String workload;
            if (minutesByActor.containsKey(actor)) {
                workload = SavingsFormula.number(minutesByActor.get(actor)) + " minutes of work a month"
                        + (unknownByActor.containsKey(actor) ? " on the steps that give minutes and volumes" : "");
            } else {
                workload = "workload not known (the steps give no minutes or their stages no volumes)";
            }
            int count = steps.values().stream().mapToInt(List::size).sum();
            known.add(actor + ": " + plural(count, "affected step") + " in " + steps.entrySet().stream()
                    .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")").collect(Collectors.joining(", "))
                    + "; " + workload + ".");
        });
        if (known.isEmpty()) {
            known.add("No backstage step is reached: no actor's work is known to change.");
        }
        return new ChecklistItem("staffing", "Determine staffing needs and staff requirements", known, List.of(
                "The headcount and skills each actor needs after the change, and when they must be in place."));
    }

    private static ChecklistItem communication(ChangeRequest change, List<AffectedJourney> affected) {
        List<String> known = new ArrayList<>();
        Map<String, String> actors = new LinkedHashMap<>(); // each actor once (Actor.same), under the name its journey first gives it
        for (AffectedJourney a : affected) {
            ActorNames journeyNames = a.journey().actorNames();
            a.stepsInScope().forEach(s -> actors.putIfAbsent(Actor.key(s.actor()), journeyNames.of(s.actor())));
        }
        if (!actors.isEmpty()) {
            known.add("Train the actors of the affected steps: " + String.join(", ", actors.values()) + ".");
        }
        List<String> owners = new ArrayList<>();
        List<String> ownerless = new ArrayList<>();
        for (AffectedJourney a : affected) {
            if (a.journey().owner() == null || a.journey().owner().isBlank()) {
                ownerless.add(a.label());
            } else {
                owners.add(a.journey().owner() + " (" + a.label() + ")");
            }
        }
        if (!owners.isEmpty()) {
            known.add("Inform the owners of the affected journeys: " + String.join(", ", owners) + ".");
        }
        if (!ownerless.isEmpty()) {
            known.add("No owner is given for " + String.join(", ", ownerless) + ".");
        }
        toldContent(affected).forEach(told -> known.add("Review what customers are told: " + told + "."));
        return new ChecklistItem("communication-training", "Communicate the change and train staff in time", known, List.of(
                "The communication plan and the training dates, completed before "
                        + (change.plannedDate() == null ? "the change goes live" : change.plannedDate()) + "."));
    }

    private static ChecklistItem schedule(ChangeRequest change, LocalDate asOf) {
        List<String> known = new ArrayList<>();
        List<String> toSupply = new ArrayList<>();
        LocalDate planned = change.plannedDate();
        if (planned == null) {
            known.add("The change request gives no planned date.");
            toSupply.add("The planned date (plannedDate).");
        } else if (planned.isBefore(asOf)) {
            known.add("The planned date " + planned + " is " + plural(ChronoUnit.DAYS.between(planned, asOf), "day")
                    + " before the analysis date " + asOf + ".");
        } else {
            known.add("Planned for " + planned + ", " + plural(ChronoUnit.DAYS.between(asOf, planned), "day") + " after the analysis date "
                    + asOf + ".");
        }
        toSupply.add("Milestones (requirements, process design, staffing, training, go-live) with their owners, and who monitors "
                + "the schedule.");
        return new ChecklistItem("schedule", "Make and monitor an implementation schedule", known, toSupply);
    }

    private static ChecklistItem earlyAudit(ChangeRequest change, List<AffectedJourney> affected) {
        List<String> known = new ArrayList<>();
        LocalDate planned = change.plannedDate();
        if (planned == null) {
            known.add("Without a planned date the early audit is due " + EARLY_AUDIT_DAYS + " days after go-live.");
        } else {
            known.add("Suggested early audit: " + planned.plusDays(EARLY_AUDIT_DAYS) + ", " + EARLY_AUDIT_DAYS
                    + " days into the rollout, before the first monthly measurement of the affected journeys is due on "
                    + planned.plusMonths(1) + ".");
        }
        if (!affected.isEmpty()) {
            known.add("Journeys to audit again: " + affected.stream().map(AffectedJourney::label).collect(Collectors.joining(", ")) + ".");
        }
        return new ChecklistItem("early-audit", "Audit and test early in the rollout, and correct", known, List.of(
                "The 'after' documents of the affected journeys, to audit and compare with journey-audit diff BEFORE AFTER.",
                "Who runs the early audit and who corrects what it finds."));
    }

    private static ChecklistItem contentUpdate(List<AffectedJourney> affected) {
        List<String> known = new ArrayList<>();
        known.add("The standard manages operational changes through content management: no project checklist is required.");
        List<String> told = toldContent(affected);
        if (told.isEmpty()) {
            known.add("No touched touchpoint tells the customer anything the journeys record.");
        }
        told.forEach(t -> known.add("Told now: " + t + "."));
        List<String> toSupply = new ArrayList<>();
        toSupply.add("The new content for each touched touchpoint, and the date it is verified (infoVerified).");
        if (affected.stream().anyMatch(a -> !a.stepsInScope().isEmpty())) {
            toSupply.add("Who informs the staff of the affected steps.");
        }
        return new ChecklistItem("content-update", "Update the content customers are told", known, toSupply);
    }

    /**
     * {@code insurance-insured-event 2025, check-status@chat: claim.status "read out from system 3"}: what is told on the
     * touchpoints the change itself reaches; where a touchpoint is reached only through items, just those items.
     */
    private static List<String> toldContent(List<AffectedJourney> affected) {
        List<String> told = new ArrayList<>();
        for (AffectedJourney journey : affected) {
            for (AffectedStage stage : journey.stages()) {
                Map<String, AffectedTouchpoint> touched = new LinkedHashMap<>();
                stage.touchpoints().forEach(t -> touched.put(t.touchpoint().channel(), t));
                for (Touchpoint touchpoint : stage.stage().touchpoints()) {
                    AffectedTouchpoint cell = touched.get(touchpoint.channel());
                    if (cell == null && stage.reasons().isEmpty()) {
                        continue;
                    }
                    Set<String> onlyItems = cell == null || !stage.reasons().isEmpty()
                            || cell.reasons().stream().anyMatch(r -> r.touch().kind() != TouchKind.ITEM) ? null
                            : cell.reasons().stream().map(r -> JourneyFacts.fold(r.touch().name())).collect(Collectors.toSet());
                    touchpoint.told().forEach((item, value) -> { // an absent or N/A cell tells nothing
                        if (onlyItems == null || onlyItems.contains(JourneyFacts.fold(item))) {
                            told.add(journey.label() + ", " + stage.stage().id() + "@" + touchpoint.channel() + ": " + item + " \"" + value + "\"");
                        }
                    });
                }
            }
        }
        return told;
    }

    /** The present touchpoints a stage exposes: all of them where the whole stage is touched, else the touched ones. */
    private static List<Touchpoint> exposedCells(AffectedStage stage) {
        List<Touchpoint> cells = stage.wholeStage() ? stage.stage().touchpoints()
                : stage.touchpoints().stream().map(AffectedTouchpoint::touchpoint).toList();
        return cells.stream().filter(Objects::nonNull).filter(Touchpoint::present).toList();
    }

    /** Actor changes between consecutive steps, as the handoff rules count them. */
    static String plural(long count, String word) {
        return count + " " + (count == 1 ? word : word + "s");
    }
}
