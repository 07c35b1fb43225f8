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

import org.journeyaudit.engine.fact.JourneyFacts;
import org.journeyaudit.engine.journey.Actor;
import org.journeyaudit.engine.journey.ActorNames;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.Sla;
import org.journeyaudit.engine.journey.Step;
import org.journeyaudit.engine.journey.Touchpoint;

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
            List<RelatedJourney> related, LocalDate asOf, ChangeTexts texts) {
        if (!classification.significant()) {
            return List.of(contentUpdate(affected, texts));
        }
        return List.of(requirements(change, affected, texts), journeysAndMetrics(affected, related, texts), processDesign(affected, texts),
                staffing(affected, texts), communication(change, affected, texts), schedule(change, asOf, texts),
                earlyAudit(change, affected, texts));
    }

    private static ChecklistItem requirements(ChangeRequest change, List<AffectedJourney> affected, ChangeTexts texts) {
        List<String> known = new ArrayList<>();
        known.add(texts.theChange(change.type(), change.plannedDate()));
        for (AffectedJourney journey : affected) {
            for (AffectedStage stage : journey.stages()) {
                for (Touchpoint touchpoint : exposedCells(stage)) {
                    Sla sla = touchpoint.sla();
                    if (sla != null && (sla.standard() != null || sla.target() != null)) {
                        known.add(texts.serviceStandard(journey.label(), stage.stage().id() + "@" + touchpoint.channel(), sla.standard(),
                                sla.target()));
                    }
                }
            }
        }
        if (known.size() == 1) {
            known.add(texts.noServiceStandard());
        }
        return new ChecklistItem("requirements", texts.title("requirements"), known, texts.requirementsToSupply());
    }

    private static ChecklistItem journeysAndMetrics(List<AffectedJourney> affected, List<RelatedJourney> related, ChangeTexts texts) {
        List<String> known = new ArrayList<>();
        List<String> withoutMetrics = new ArrayList<>();
        for (AffectedJourney a : affected) {
            Journey journey = a.journey();
            String metrics = texts.metrics(journey.metrics().isEmpty() ? null : new java.util.TreeMap<>(journey.metrics())
                    .entrySet().stream().map(e -> e.getKey() + " " + texts.figures().number(e.getValue())).collect(Collectors.joining(", ")));
            if (journey.metrics().isEmpty()) {
                withoutMetrics.add(a.label());
            }
            LocalDate measured = journey.measurement().lastMeasured();
            known.add(texts.journeyMetrics(a.label(), journey.key(), metrics, measured));
        }
        if (affected.isEmpty()) {
            known.add(texts.noJourneyMatches());
        }
        if (!related.isEmpty()) {
            known.add(texts.relatedShare(related.size(), related.stream().map(RelatedJourney::label).collect(Collectors.joining(", "))));
        }
        List<String> toSupply = new ArrayList<>();
        if (!withoutMetrics.isEmpty()) {
            toSupply.add(texts.baselineMetrics(String.join(", ", withoutMetrics)));
        }
        if (!related.isEmpty()) {
            toSupply.add(texts.relatedAffected());
        }
        toSupply.add(texts.missingJourneys());
        return new ChecklistItem("journeys-and-metrics", texts.title("journeys-and-metrics"), known, toSupply);
    }

    private static ChecklistItem processDesign(List<AffectedJourney> affected, ChangeTexts texts) {
        List<String> known = new ArrayList<>();
        for (AffectedJourney journey : affected) {
            List<Step> steps = journey.stepsInScope();
            if (steps.isEmpty()) {
                known.add(texts.noBackstageStep(journey.label(), journey.touchpoints().size()));
                continue;
            }
            List<AffectedStage> working = journey.stages().stream().filter(s -> !s.stepsInScope().isEmpty()).toList();
            int handoffs = working.stream().mapToInt(s -> s.stage().handoffs().size()).sum();
            known.add(texts.processSteps(journey.label(), steps.size(), steps.stream().map(Step::id).collect(Collectors.joining(", ")),
                    working.stream().map(s -> texts.stage(s.stage().id())).collect(Collectors.joining(", ")), handoffs));
        }
        if (known.isEmpty()) {
            known.add(texts.noJourneyAffected());
        }
        return new ChecklistItem("process-design", texts.title("process-design"), known, List.of(texts.redesignedJourneys()));
    }

    private static ChecklistItem staffing(List<AffectedJourney> affected, ChangeTexts texts) {
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
                workload = texts.workload(minutesByActor.get(actor), unknownByActor.containsKey(actor));
            } else {
                workload = texts.workloadUnknown();
            }
            int count = steps.values().stream().mapToInt(List::size).sum();
            known.add(texts.actorSteps(actor, count, steps.entrySet().stream()
                    .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")").collect(Collectors.joining(", ")), workload));
        });
        if (known.isEmpty()) {
            known.add(texts.noActorWork());
        }
        return new ChecklistItem("staffing", texts.title("staffing"), known, List.of(texts.headcount()));
    }

    private static ChecklistItem communication(ChangeRequest change, List<AffectedJourney> affected, ChangeTexts texts) {
        List<String> known = new ArrayList<>();
        Map<String, String> actors = new LinkedHashMap<>(); // each actor once (Actor.same), under the name its journey first gives it
        for (AffectedJourney a : affected) {
            ActorNames journeyNames = a.journey().actorNames();
            a.stepsInScope().forEach(s -> actors.putIfAbsent(Actor.key(s.actor()), journeyNames.of(s.actor())));
        }
        if (!actors.isEmpty()) {
            known.add(texts.trainActors(String.join(", ", actors.values())));
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
            known.add(texts.informOwners(String.join(", ", owners)));
        }
        if (!ownerless.isEmpty()) {
            known.add(texts.noOwner(String.join(", ", ownerless)));
        }
        toldContent(affected).forEach(told -> known.add(texts.reviewTold(told)));
        return new ChecklistItem("communication-training", texts.title("communication-training"), known,
                List.of(texts.communicationPlan(change.plannedDate())));
    }

    private static ChecklistItem schedule(ChangeRequest change, LocalDate asOf, ChangeTexts texts) {
        List<String> known = new ArrayList<>();
        List<String> toSupply = new ArrayList<>();
        LocalDate planned = change.plannedDate();
        if (planned == null) {
            known.add(texts.noPlannedDate());
            toSupply.add(texts.plannedDateToSupply());
        } else if (planned.isBefore(asOf)) {
            known.add(texts.plannedBefore(planned, ChronoUnit.DAYS.between(planned, asOf), asOf));
        } else {
            known.add(texts.plannedAfter(planned, ChronoUnit.DAYS.between(asOf, planned), asOf));
        }
        toSupply.add(texts.milestones());
        return new ChecklistItem("schedule", texts.title("schedule"), known, toSupply);
    }

    private static ChecklistItem earlyAudit(ChangeRequest change, List<AffectedJourney> affected, ChangeTexts texts) {
        List<String> known = new ArrayList<>();
        LocalDate planned = change.plannedDate();
        if (planned == null) {
            known.add(texts.earlyAuditWithoutDate(EARLY_AUDIT_DAYS));
        } else {
            known.add(texts.earlyAuditOn(planned.plusDays(EARLY_AUDIT_DAYS), EARLY_AUDIT_DAYS, planned.plusMonths(1)));
        }
        if (!affected.isEmpty()) {
            known.add(texts.auditAgain(affected.stream().map(AffectedJourney::label).collect(Collectors.joining(", "))));
        }
        return new ChecklistItem("early-audit", texts.title("early-audit"), known, texts.earlyAuditToSupply());
    }

    private static ChecklistItem contentUpdate(List<AffectedJourney> affected, ChangeTexts texts) {
        List<String> known = new ArrayList<>();
        known.add(texts.contentManagement());
        List<String> told = toldContent(affected);
        if (told.isEmpty()) {
            known.add(texts.nothingTold());
        }
        told.forEach(t -> known.add(texts.toldNow(t)));
        List<String> toSupply = new ArrayList<>();
        toSupply.add(texts.newContent());
        if (affected.stream().anyMatch(a -> !a.stepsInScope().isEmpty())) {
            toSupply.add(texts.whoInformsStaff());
        }
        return new ChecklistItem("content-update", texts.title("content-update"), known, toSupply);
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
}
