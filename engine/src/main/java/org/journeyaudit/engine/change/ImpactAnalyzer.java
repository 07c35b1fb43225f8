package org.journeyaudit.engine.change;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.journeyaudit.engine.document.NearestName;
import org.journeyaudit.engine.fact.JourneyFacts;
import org.journeyaudit.engine.journey.Actor;
import org.journeyaudit.engine.journey.ActorNames;
import org.journeyaudit.engine.journey.Channel;
import org.journeyaudit.engine.journey.Decision;
import org.journeyaudit.engine.journey.Economics;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.Stage;
import org.journeyaudit.engine.journey.Step;
import org.journeyaudit.engine.journey.Touchpoint;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.recommend.SavingsFormula;
import org.journeyaudit.engine.rulebase.RuleBase;

/**
 * Finds what a change request touches in a portfolio of journeys: every affected journey with its stages,
 * touchpoints, steps and information items and the reference that matched each, the contacts and money
 * exposed, the related journeys that share a system or an actor with the affected steps, and the
 * checklist the change's class demands.
 *
 * <p>Plain engine code, not rules: matching looks the request's names up in each journey (folded case
 * and spacing; an actor is one actor however it is written, and a change to a support line such as L1 also
 * reaches the actors named 1L or "1st line", with that reason) and yields an account with reasons and
 * figures, not findings. As rules it would join every reference with every part of every journey in one
 * session, where the audit keeps one session per journey. The one judgement the standard makes, whether
 * the change is significant, is left to the classification rules ({@link ChangeClassifier}).
 */
public final class ImpactAnalyzer {

    private final ChangeClassifier classifier;

    public ImpactAnalyzer(RuleBase ruleBase) {
        this.classifier = new ChangeClassifier(ruleBase);
    }

    public ChangeImpact analyse(ChangeRequest change, List<Journey> journeys, LocalDate asOf) {
        return analyse(change, journeys, asOf, Language.EN);
    }

    /** The impact with every reason, formula and checklist item worded in the language. */
    public ChangeImpact analyse(ChangeRequest change, List<Journey> journeys, LocalDate asOf, Language language) {
        ChangeTexts texts = new ChangeTexts(language);
        ChangeClassification raw = classifier.classify(change);
        ChangeClassification classification = new ChangeClassification(texts.classification(raw.decided(), change.type()),
                texts.classification(raw.standard(), change.type()));
        Set<Touch> matched = new LinkedHashSet<>();
        List<AffectedJourney> affected = new ArrayList<>();
        for (Journey journey : journeys) {
            AffectedJourney found = new JourneyMatch(journey, change, matched, texts).result();
            if (found != null) {
                affected.add(found);
            }
        }
        affected.sort(BY_EXPOSURE);
        List<AffectedJourney> ranked = new ArrayList<>();
        for (int i = 0; i < affected.size(); i++) {
            ranked.add(affected.get(i).ranked(i + 1));
        }
        List<RelatedJourney> related = related(journeys, ranked, texts);
        List<UnmatchedTouch> unmatched = change.touches().stream().filter(t -> !matched.contains(t))
                .map(t -> new UnmatchedTouch(t, unmatched(t, change, journeys, texts))).toList();
        List<ChecklistItem> checklist = ChangeChecklist.of(change, classification, ranked, related, asOf, texts);
        return new ChangeImpact(change, asOf, classification, journeys.size(), ranked, related, unmatched, checklist,
                notes(journeys, texts));
    }

    /** Most contacts first; key journeys first among equals; then the most money, the most parts touched, the label. */
    static final Comparator<AffectedJourney> BY_EXPOSURE = Comparator
            .comparing((AffectedJourney a) -> a.exposure().volumePerMonth(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(a -> !a.journey().key())
            .thenComparing(a -> a.exposure().annualCost(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(a -> -(a.touchpoints().size() + a.steps().size() + a.items().size()))
            .thenComparing(AffectedJourney::label);

    /**
     * Whether a step's actor is reached by a change that names an actor: "" when it is the same actor ({@link Actor#same});
     * otherwise, when both names are the same support line (L1, 1L, "1st line"), that reason, since a change to a line
     * reaches everyone who works on it whatever the document calls them; null when the change does not reach the actor.
     */
    static String actorMatch(String actor, String named) {
        return actorMatch(actor, named, new ChangeTexts(Language.EN));
    }

    static String actorMatch(String actor, String named, ChangeTexts texts) {
        if (actor == null || named == null) {
            return null;
        }
        if (Actor.same(actor, named)) {
            return "";
        }
        int level = Actor.supportLine(actor);
        return level > 0 && level == Actor.supportLine(named) ? texts.sameSupportLine(named) : null;
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && JourneyFacts.fold(a).equals(JourneyFacts.fold(b));
    }

    /** One journey matched against every reference of the change. */
    private static final class JourneyMatch {
        private final Journey journey;
        private final ChangeRequest change;
        private final Set<Touch> matched;
        private final ChangeTexts texts;
        private final Map<String, List<Reason>> stages = new LinkedHashMap<>();
        private final Map<String, List<Reason>> touchpoints = new LinkedHashMap<>();
        private final Map<String, List<Reason>> steps = new LinkedHashMap<>();
        private final Map<String, List<Reason>> items = new LinkedHashMap<>();

        JourneyMatch(Journey journey, ChangeRequest change, Set<Touch> matched, ChangeTexts texts) {
            this.journey = journey;
            this.texts = texts;
            this.change = change;
            this.matched = matched;
        }

        private void hit(Map<String, List<Reason>> parts, String part, Touch touch, String match) {
            parts.computeIfAbsent(part, p -> new ArrayList<>()).add(new Reason(touch, match));
            matched.add(touch);
        }

        AffectedJourney result() {
            for (Touch touch : change.touches()) {
                switch (touch.kind()) {
                    case CHANNEL -> channel(touch);
                    case SYSTEM -> steps(touch, step -> same(step.system(), touch.name()) ? texts.runsInSystem(step.system()) : null);
                    case ACTOR -> {
                        ActorNames names = journey.actorNames(); // a step names its actor as the journey first writes it
                        steps(touch, step -> {
                            String how = actorMatch(step.actor(), touch.name(), texts);
                            return how == null ? null : texts.doneBy(names.of(step.actor()), how);
                        });
                    }
                    case PRODUCT -> {
                        if (same(journey.product(), touch.name())) {
                            journey.stages().forEach(s -> hit(stages, s.id(), touch, texts.productIs(journey.product())));
                        }
                    }
                    case ITEM -> item(touch);
                    case STAGE -> {
                        if (journey.id().equals(touch.journey()) && journey.stage(touch.stage()).isPresent()) {
                            hit(stages, touch.stage(), touch, texts.namedByChange());
                        }
                    }
                }
            }
            if (stages.isEmpty() && touchpoints.isEmpty() && steps.isEmpty() && items.isEmpty()) {
                return null;
            }
            List<AffectedStage> affectedStages = new ArrayList<>();
            List<Exposed> exposedAll = new ArrayList<>();
            for (Stage stage : journey.stages()) {
                List<AffectedTouchpoint> cells = stage.touchpoints().stream()
                        .filter(t -> touchpoints.containsKey(cell(stage, t)))
                        .map(t -> new AffectedTouchpoint(stage.id(), t, touchpoints.get(cell(stage, t)))).toList();
                List<AffectedStep> work = stage.steps().stream().filter(s -> steps.containsKey(s.id()))
                        .map(s -> new AffectedStep(stage.id(), s, steps.get(s.id()))).toList();
                List<Reason> named = stages.getOrDefault(stage.id(), List.of());
                if (named.isEmpty() && cells.isEmpty() && work.isEmpty()) {
                    continue;
                }
                boolean whole = !named.isEmpty() || !work.isEmpty();
                Exposed exposed = new Exposed(stage, whole ? stage.touchpoints() : cells.stream().map(AffectedTouchpoint::touchpoint).toList());
                exposedAll.add(exposed);
                affectedStages.add(new AffectedStage(stage, named, cells, work, exposure(List.of(exposed))));
            }
            return new AffectedJourney(0, journey, journey.label(), affectedStages, affectedItems(), exposure(exposedAll));
        }

        private static String cell(Stage stage, Touchpoint touchpoint) {
            return stage.id() + "@" + touchpoint.channel();
        }

        private void channel(Touch touch) {
            for (Channel channel : journey.channels()) {
                String how;
                if (same(channel.id(), touch.name())) {
                    how = texts.onChannel(channel.id(), null);
                } else if (same(channel.name(), touch.name())) {
                    how = texts.onChannel(channel.id(), channel.name());
                } else {
                    continue;
                }
                for (Stage stage : journey.stages()) {
                    for (Touchpoint touchpoint : stage.touchpoints()) {
                        if (channel.id().equals(touchpoint.channel())) {
                            hit(touchpoints, cell(stage, touchpoint), touch, how);
                        }
                    }
                }
            }
        }

        private void steps(Touch touch, Function<Step, String> match) {
            for (Stage stage : journey.stages()) {
                for (Step step : stage.steps()) {
                    String how = match.apply(step);
                    if (how != null) {
                        hit(steps, step.id(), touch, how);
                    }
                }
            }
        }

        private void item(Touch touch) {
            for (Stage stage : journey.stages()) {
                for (Touchpoint touchpoint : stage.touchpoints()) {
                    touchpoint.told().keySet().stream().filter(key -> same(key, touch.name())).forEach(key -> {
                        hit(touchpoints, cell(stage, touchpoint), touch, texts.tellsCustomer(key));
                        hit(items, key, touch, texts.namedByChange());
                    });
                }
                for (Step step : stage.steps()) {
                    itemsOf(step.asksCustomer(), touch).forEach(key -> {
                        hit(steps, step.id(), touch, texts.asksCustomer(key));
                        hit(items, key, touch, texts.namedByChange());
                    });
                    itemsOf(step.uses(), touch).forEach(key -> {
                        hit(steps, step.id(), touch, texts.uses(key));
                        hit(items, key, touch, texts.namedByChange());
                    });
                    itemsOf(step.produces(), touch).forEach(key -> {
                        hit(steps, step.id(), touch, texts.produces(key));
                        hit(items, key, touch, texts.namedByChange());
                    });
                }
                for (Decision decision : stage.decisions()) {
                    itemsOf(decision.uses(), touch).forEach(key -> hit(items, key, touch, texts.namedByChange()));
                }
            }
        }

        private static List<String> itemsOf(List<String> keys, Touch touch) {
            return keys.stream().filter(key -> same(key, touch.name())).distinct().toList();
        }

        /** Each item once, with its first reason per reference, and where the journey deals with it. */
        private List<AffectedItem> affectedItems() {
            List<AffectedItem> found = new ArrayList<>();
            items.forEach((key, reasons) -> {
                List<Reason> distinct = new ArrayList<>(reasons.stream()
                        .collect(java.util.stream.Collectors.toMap(Reason::touch, r -> r, (a, b) -> a, LinkedHashMap::new)).values());
                List<String> toldOn = new ArrayList<>();
                List<String> askedBy = new ArrayList<>();
                List<String> usedBy = new ArrayList<>();
                List<String> producedBy = new ArrayList<>();
                List<String> decidedBy = new ArrayList<>();
                for (Stage stage : journey.stages()) {
                    stage.touchpoints().stream().filter(t -> t.told().containsKey(key)).forEach(t -> toldOn.add(cell(stage, t)));
                    for (Step step : stage.steps()) {
                        if (step.asksCustomer().contains(key)) {
                            askedBy.add(step.id());
                        }
                        if (step.uses().contains(key)) {
                            usedBy.add(step.id());
                        }
                        if (step.produces().contains(key)) {
                            producedBy.add(step.id());
                        }
                    }
                    stage.decisions().stream().filter(d -> d.uses().contains(key)).forEach(d -> decidedBy.add(d.id()));
                }
                found.add(new AffectedItem(key, distinct, toldOn, askedBy, usedBy, producedBy, decidedBy));
            });
            return found;
        }

        private record Exposed(Stage stage, List<Touchpoint> touchpoints) {
        }

        /** Contacts and handling cost of the present touchpoints exposed, priced where the journey gives the figures. */
        private Exposure exposure(List<Exposed> exposed) {
            Double volume = null;
            BigDecimal cost = null;
            List<String> cells = new ArrayList<>();
            List<String> costs = new ArrayList<>();
            List<String> notPriced = new ArrayList<>();
            List<String> withoutVolume = new ArrayList<>();
            Economics economics = journey.economics();
            int months = economics.months();
            for (Exposed part : exposed) {
                for (Touchpoint touchpoint : part.touchpoints()) {
                    if (!touchpoint.present()) {
                        continue; // an absent or N/A cell carries no contacts
                    }
                    String cell = cell(part.stage(), touchpoint);
                    cells.add(cell);
                    if (touchpoint.volumePerMonth() == null) {
                        withoutVolume.add(cell);
                        continue;
                    }
                    volume = (volume == null ? 0 : volume) + touchpoint.volumePerMonth();
                    Double perMinute = journey.contactCostPerMinute(touchpoint.channel());
                    if (!journey.handlesContacts(touchpoint)) {
                        continue; // self-service sessions and notifications: no one handles them, so no handling cost
                    }
                    if (touchpoint.handleSeconds() == null) {
                        notPriced.add(texts.noHandleSeconds(cell));
                    } else if (perMinute == null) {
                        notPriced.add(texts.noCostPerMinute(cell, touchpoint.channel()));
                    } else {
                        SavingsFormula formula = new SavingsFormula(touchpoint.volumePerMonth(), touchpoint.handleSeconds(), perMinute, months);
                        cost = cost == null ? formula.annual() : cost.add(formula.annual());
                        costs.add(texts.formula(cell, formula, journey.currency()));
                    }
                }
            }
            if (cells.isEmpty()) {
                notPriced.add(0, texts.noPresentTouchpoint());
            } else if (withoutVolume.size() == cells.size()) {
                notPriced.add(0, cells.size() == 1 ? texts.noVolume(cells.get(0)) : texts.noneGivesVolume(cells.size()));
            } else {
                withoutVolume.forEach(c -> notPriced.add(texts.cellWithoutVolume(c)));
            }
            return new Exposure(volume, cost, journey.currency(), cells, costs, notPriced);
        }
    }

    /** A system or actor at work in an affected step. */
    private record Resource(TouchKind kind, String name, String journey, String step) {
    }

    /** Journeys the change does not name that share a system or an actor with the steps it reaches in the journeys it names. */
    private static List<RelatedJourney> related(List<Journey> journeys, List<AffectedJourney> affected, ChangeTexts texts) {
        Set<Journey> direct = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Resource> resources = new ArrayList<>();
        for (AffectedJourney a : affected) {
            direct.add(a.journey());
            for (Step step : a.stepsInScope()) {
                if (step.system() != null && !step.system().isBlank()) {
                    resources.add(new Resource(TouchKind.SYSTEM, step.system(), a.label(), step.id()));
                }
                resources.add(new Resource(TouchKind.ACTOR, step.actor(), a.label(), step.id()));
            }
        }
        // indexed by folded name and by support line, so that each step of the portfolio is looked up, not compared with each resource
        Map<String, List<Resource>> systems = new LinkedHashMap<>();
        Map<String, List<Resource>> actors = new LinkedHashMap<>();
        Map<Integer, List<Resource>> lines = new LinkedHashMap<>();
        for (Resource resource : resources) {
            if (resource.kind() == TouchKind.SYSTEM) {
                systems.computeIfAbsent(JourneyFacts.fold(resource.name()), k -> new ArrayList<>()).add(resource);
            } else {
                actors.computeIfAbsent(Actor.key(resource.name()), k -> new ArrayList<>()).add(resource);
                int level = Actor.supportLine(resource.name());
                if (level > 0) {
                    lines.computeIfAbsent(level, k -> new ArrayList<>()).add(resource);
                }
            }
        }
        List<RelatedJourney> related = new ArrayList<>();
        for (Journey journey : journeys) {
            if (direct.contains(journey)) {
                continue;
            }
            Map<String, SharedBuilder> shared = new TreeMap<>();
            ActorNames names = journey.actorNames();
            for (Stage stage : journey.stages()) {
                for (Step step : stage.steps()) {
                    if (step.system() != null && !step.system().isBlank()) {
                        for (Resource resource : systems.getOrDefault(JourneyFacts.fold(step.system()), List.of())) {
                            share(shared, "1", step.system(), step, resource, false, texts);
                        }
                    }
                    if (step.actor() != null) {
                        Set<Resource> sameActor = Collections.newSetFromMap(new IdentityHashMap<>());
                        for (Resource resource : actors.getOrDefault(Actor.key(step.actor()), List.of())) {
                            sameActor.add(resource);
                            share(shared, "2", names.of(step.actor()), step, resource, false, texts);
                        }
                        int level = Actor.supportLine(step.actor());
                        for (Resource resource : level > 0 ? lines.getOrDefault(level, List.of()) : List.<Resource>of()) {
                            if (!sameActor.contains(resource)) {
                                share(shared, "2", names.of(step.actor()), step, resource, true, texts);
                            }
                        }
                    }
                }
            }
            if (!shared.isEmpty()) {
                related.add(new RelatedJourney(journey, journey.label(), shared.values().stream().map(SharedBuilder::build).toList()));
            }
        }
        related.sort(Comparator.comparing((RelatedJourney r) -> !r.journey().key())
                .thenComparing(r -> -r.shared().stream().mapToInt(s -> s.steps().size()).sum())
                .thenComparing(RelatedJourney::label));
        return related;
    }

    private static void share(Map<String, SharedBuilder> shared, String order, String value, Step step, Resource resource,
            boolean sameLine, ChangeTexts texts) {
        String key = resource.kind() == TouchKind.ACTOR ? Actor.key(value) : JourneyFacts.fold(value);
        SharedBuilder builder = shared.computeIfAbsent(order + key, k -> new SharedBuilder(resource.kind(), value, texts));
        builder.steps.add(step.id());
        builder.with.computeIfAbsent(resource.journey(), j -> new LinkedHashSet<>()).add(resource.step());
        if (sameLine) {
            builder.matches.add(resource.name());
        }
    }

    private static final class SharedBuilder {
        private final TouchKind kind;
        private final String name;
        private final Set<String> steps = new LinkedHashSet<>();
        private final Map<String, Set<String>> with = new LinkedHashMap<>();
        private final Set<String> matches = new TreeSet<>();
        private final ChangeTexts texts;

        SharedBuilder(TouchKind kind, String name, ChangeTexts texts) {
            this.texts = texts;
            this.kind = kind;
            this.name = name;
        }

        RelatedJourney.Shared build() {
            List<RelatedJourney.Use> uses = with.entrySet().stream()
                    .map(e -> new RelatedJourney.Use(e.getKey(), List.copyOf(e.getValue()))).toList();
            String match = matches.isEmpty() ? null : texts.sameSupportLine(String.join(", ", matches));
            return new RelatedJourney.Shared(kind, name, List.copyOf(steps), uses, match);
        }
    }

    /** Why a reference matched nothing, with the name it was most likely meant to be. */
    private static String unmatched(Touch touch, ChangeRequest change, List<Journey> journeys, ChangeTexts texts) {
        int count = journeys.size();
        String name = touch.name();
        return switch (touch.kind()) {
            case STAGE -> {
                List<Journey> named = journeys.stream().filter(j -> j.id().equals(touch.journey())).toList();
                if (named.isEmpty()) {
                    yield texts.noJourney(touch.journey(), count)
                            + hint(touch.journey(), journeys.stream().map(Journey::id).toList(), texts);
                }
                yield texts.noStage(touch.journey(), touch.stage())
                        + hint(touch.stage(), named.stream().flatMap(j -> j.stages().stream()).map(Stage::id).toList(), texts);
            }
            case CHANNEL -> texts.noChannel(name, count)
                    + hint(name, names(journeys, j -> j.channels().stream().flatMap(c -> java.util.stream.Stream.of(c.id(), c.name()))), texts)
                    + (change.type() == ChangeType.NEW_CHANNEL ? texts.newChannelHint() : "");
            case SYSTEM -> texts.noSystem(name, count) + hint(name, names(journeys, j -> steps(j).map(Step::system)), texts);
            case ACTOR -> texts.noActor(name, count) + hint(name, names(journeys, j -> steps(j).map(Step::actor)), texts);
            case PRODUCT -> texts.noProduct(name, count) + hint(name, names(journeys, j -> java.util.stream.Stream.of(j.product())), texts);
            case ITEM -> texts.noItem(name, count) + hint(name, names(journeys, ImpactAnalyzer::itemKeys), texts);
        };
    }

    private static java.util.stream.Stream<Step> steps(Journey journey) {
        return journey.stages().stream().flatMap(s -> s.steps().stream());
    }

    private static java.util.stream.Stream<String> itemKeys(Journey journey) {
        return journey.stages().stream().flatMap(stage -> java.util.stream.Stream.concat(
                stage.touchpoints().stream().flatMap(t -> t.told().keySet().stream()),
                java.util.stream.Stream.concat(
                        stage.steps().stream().flatMap(s -> java.util.stream.Stream.of(s.asksCustomer(), s.uses(), s.produces())
                                .flatMap(List::stream)),
                        stage.decisions().stream().flatMap(d -> d.uses().stream()))));
    }

    private static List<String> names(List<Journey> journeys, Function<Journey, java.util.stream.Stream<String>> of) {
        return journeys.stream().flatMap(of).filter(Objects::nonNull).distinct().sorted().toList();
    }

    private static String hint(String given, List<String> valid, ChangeTexts texts) {
        return NearestName.among(given, valid).map(texts::didYouMean).orElse("");
    }

    /** Journeys given more than once under one id: each is analysed on its own, which the reader should know. */
    private static List<String> notes(List<Journey> journeys, ChangeTexts texts) {
        Map<String, List<Journey>> byId = new TreeMap<>();
        journeys.forEach(j -> byId.computeIfAbsent(j.id(), id -> new ArrayList<>()).add(j));
        List<String> notes = new ArrayList<>();
        byId.forEach((id, same) -> {
            if (same.size() > 1) {
                notes.add(texts.givenTwice(id, same.size(), same.stream().map(Journey::version).toList()));
            }
        });
        return notes;
    }
}
