package org.journeyaudit.engine.document;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.journeyaudit.engine.document.DocNode.ObjectNode;
import org.journeyaudit.engine.journey.Actor;
import org.journeyaudit.engine.journey.Channel;
import org.journeyaudit.engine.journey.Decision;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.Stage;
import org.journeyaudit.engine.journey.Step;
import org.journeyaudit.engine.journey.Touchpoint;

/**
 * The checks that span more than one field: identifiers, cross-references between stages, channels,
 * steps and information items, and the order in which items come into being.
 */
final class JourneyValidator {

    private final Journey journey;
    private final Map<Object, DocNode> origins;
    private final Problems problems;

    JourneyValidator(Journey journey, Map<Object, DocNode> origins, Problems problems) {
        this.journey = journey;
        this.origins = origins;
        this.problems = problems;
    }

    void validate() {
        uniqueIds("channel", journey.channels().stream().map(c -> new Identified(c.id(), c)).toList());
        uniqueIds("stage", journey.stages().stream().map(s -> new Identified(s.id(), s)).toList());
        // a customer's action and a backstage step share one id space, so that an element id names one of them
        uniqueIds("step", journey.stages().stream().flatMap(s -> java.util.stream.Stream.concat(s.steps().stream().map(step -> new Identified(step.id(), step)),
                s.customerSteps().stream().map(step -> new Identified(step.id(), step)))).toList());
        uniqueIds("decision", journey.stages().stream().flatMap(s -> s.decisions().stream()).map(d -> new Identified(d.id(), d)).toList());
        if (journey.stages().isEmpty() && origins.get(journey) instanceof ObjectNode root && root.fields().containsKey("stages")) {
            problems.add(root.fields().get("stages").value(), "a journey needs at least one stage");
        }
        for (Stage stage : journey.stages()) {
            touchpoints(stage);
            reasons(stage);
            paths(stage);
            frontstageAndPartners(stage);
        }
        links();
        itemOrder();
        decisionInputs();
        outcomes();
        suppressionTargets(journey.suppressions());
    }

    /** A suppression must name an element the journey has, so that a typo cannot silence nothing (or everything). */
    void suppressionTargets(List<org.journeyaudit.engine.journey.Suppression> suppressions) {
        if (suppressions.isEmpty()) {
            return; // nothing to look up: the journey's names are not gathered for nothing
        }
        Map<String, List<String>> known = new HashMap<>();
        known.put("journey", List.of(String.valueOf(journey.id())));
        known.put("stage", journey.stages().stream().map(Stage::id).filter(java.util.Objects::nonNull).toList());
        known.put("channel", journey.channels().stream().map(Channel::id).filter(java.util.Objects::nonNull).toList());
        known.put("step", journey.stages().stream().flatMap(s -> java.util.stream.Stream.concat(s.steps().stream().map(Step::id),
                s.customerSteps().stream().map(org.journeyaudit.engine.journey.CustomerStep::id))).filter(java.util.Objects::nonNull).toList());
        known.put("decision", journey.stages().stream().flatMap(s -> s.decisions().stream()).map(Decision::id)
                .filter(java.util.Objects::nonNull).toList());
        known.put("touchpoint", journey.stages().stream().flatMap(s -> s.touchpoints().stream().map(t -> s.id() + "@" + t.channel())).toList());
        known.put("actor", journey.stages().stream().flatMap(s -> s.steps().stream()).map(Step::actor).filter(java.util.Objects::nonNull)
                .distinct().toList());
        known.put("system", journey.stages().stream().flatMap(s -> s.steps().stream()).map(Step::system).filter(java.util.Objects::nonNull)
                .distinct().toList());
        Set<String> items = new java.util.TreeSet<>(toldItems());
        journey.stages().forEach(s -> s.steps().forEach(step -> {
            items.addAll(step.asksCustomer());
            items.addAll(step.uses());
            items.addAll(step.produces());
        }));
        known.put("item", List.copyOf(items));
        List<String> barriers = new java.util.ArrayList<>();
        journey.stages().forEach(s -> {
            for (int i = 0; i < s.barriers().size(); i++) {
                barriers.add(s.id() + "#" + (i + 1));
            }
        });
        known.put("barrier", barriers);
        List<String> kinds = known.keySet().stream().sorted().toList();
        // sets: a journey may hold many thousands of items, and each suppression looks one up
        Map<String, Set<String>> lookup = new HashMap<>();
        known.forEach((kind, ids) -> lookup.put(kind, new java.util.LinkedHashSet<>(ids)));
        // an actor is one actor however its name is spaced or cased, in a suppression as in the rules
        Set<String> actorKeys = new java.util.HashSet<>(known.get("actor").stream().map(Actor::key).toList());
        for (org.journeyaudit.engine.journey.Suppression suppression : suppressions) {
            if (problems.full()) {
                return; // no further problem would be listed: spare the search for the nearest names
            }
            if (suppression.element() == null) {
                continue;
            }
            String kind = suppression.element().substring(0, suppression.element().indexOf(':'));
            String id = suppression.element().substring(kind.length() + 1);
            DocNode at = field(suppression, "element");
            java.util.Collection<String> ids = lookup.get(kind);
            if (ids == null) {
                problems.add(at, "unknown element kind '" + Fields.shown(kind) + "'" + NearestName.hint(kind, kinds));
            } else if (!ids.contains(id) && !(kind.equals("actor") && actorKeys.contains(Actor.key(id)))) {
                problems.add(at, "the journey has no " + kind + " '" + Fields.shown(id) + "'"
                        + NearestName.among(id, ids).map(n -> "; did you mean '" + kind + ":" + n + "'?").orElse(""));
            }
        }
    }

    /**
     * A reason must explain something the step does: a repeat reason on a step that asks the customer nothing, or a
     * handoff reason on automated work (which no person receives) would justify nothing and hide a typo.
     */
    private void reasons(Stage stage) {
        for (Step step : stage.steps()) {
            if (step.repeatReason() != null && step.asksCustomer().isEmpty()) {
                problems.add(field(step, "repeatReason"), "step '" + step.id()
                        + "' asks the customer nothing, so 'repeatReason' justifies no repeat; list the items in 'asksCustomer' or leave the reason out");
            }
            if (step.handoffReason() != null && step.automated()) {
                problems.add(field(step, "handoffReason"), "step '" + step.id()
                        + "' is automated, so no person receives the work there; put 'handoffReason' on the step of the person who does");
            }
            contactWork(step);
        }
    }

    /**
     * A step done during the contact is done in each of its stage's handled contacts and costs what their handling
     * costs: a case count or a cost per minute of its own would price it a second way.
     */
    private void contactWork(Step step) {
        if (!step.duringContact()) {
            return;
        }
        if (step.casesPerMonth() != null) {
            problems.add(field(step, "casesPerMonth"), "step '" + step.id() + "' is done during the contact, so it is done in each "
                    + "of its stage's handled contacts; leave 'casesPerMonth' out or leave 'duringContact' out");
        }
        if (step.costPerMinute() != null) {
            problems.add(field(step, "costPerMinute"), "step '" + step.id() + "' is done during the contact, so its minutes cost "
                    + "what the contact's handling costs; leave 'costPerMinute' out or leave 'duringContact' out");
        }
    }

    /**
     * A stage's declared paths lead forward to stages the journey has, with shares that a customer's case can split into;
     * a share is the share of an optional stage's cases, so a stage every customer passes through has none.
     */
    private void paths(Stage stage) {
        List<String> stageIds = journey.stages().stream().map(Stage::id).filter(java.util.Objects::nonNull).toList();
        int index = journey.stages().indexOf(stage);
        if (stage.share() != null && !stage.optional()) {
            problems.add(field(stage, "share"), "'share' is the share of cases that go through an optional stage; set 'optional: true' "
                    + "on stage '" + stage.id() + "' or leave the share out");
        }
        if (stage.ends() && !stage.next().isEmpty()) {
            problems.add(field(stage, "ends"), "stage '" + stage.id() + "' ends the journey, so it leads to no stage; leave out 'next' or 'ends'");
        }
        double total = 0;
        for (org.journeyaudit.engine.journey.StageLink link : stage.next()) {
            if (link.stage() == null) {
                continue;
            }
            int target = stageIds.indexOf(link.stage());
            if (target < 0) {
                problems.add(field(link, "stage"), "unknown stage '" + Fields.shown(link.stage()) + "'"
                        + NearestName.among(link.stage(), stageIds).map(n -> "; did you mean '" + n + "'?").orElse(""));
            } else if (target <= index) {
                problems.add(field(link, "stage"), "stage '" + stage.id() + "' leads to '" + link.stage()
                        + "', which does not come after it; list the stages in the order customers pass through them");
            }
            if (link.share() == null && stage.next().size() > 1) {
                problems.add(origins.get(link), "stage '" + stage.id() + "' leads to several stages under 'next'; give each its 'share' of cases");
            }
            total += link.share() == null ? 0 : link.share();
        }
        if (total > 1 + 1e-9) {
            problems.add(field(stage, "next"), "the shares under 'next' of stage '" + stage.id() + "' add up to "
                    + Fields.format(Math.round(total * 1000) / 1000.0) + "; the cases of a stage add up to at most 1");
        }
    }

    /**
     * The customer's actions are taken on channels the journey declares; a turnaround is agreed with a partner, so it needs
     * one; a queue is the wait for a person, which a self-service channel has not.
     */
    private void frontstageAndPartners(Stage stage) {
        List<String> channelIds = journey.channels().stream().map(Channel::id).filter(java.util.Objects::nonNull).distinct().toList();
        for (org.journeyaudit.engine.journey.CustomerStep step : stage.customerSteps()) {
            if (step.channel() != null && !channelIds.contains(step.channel())) {
                problems.add(field(step, "channel"), "unknown channel '" + Fields.shown(step.channel()) + "'"
                        + NearestName.among(step.channel(), channelIds).map(n -> "; did you mean '" + n + "'?").orElse("")
                        + (channelIds.isEmpty() ? "; the journey declares no channels under 'channels'" : ""));
            }
        }
        for (Step step : stage.steps()) {
            if (step.ola() != null && step.partner() == null) {
                problems.add(field(step, "ola"), "step '" + step.id() + "' gives an 'ola', the turnaround agreed with a partner; "
                        + "name the 'partner' who does the step or leave the turnaround out");
            }
        }
        for (Touchpoint touchpoint : stage.touchpoints()) {
            boolean selfService = journey.channel(touchpoint.channel()).map(Channel::selfService).orElse(false);
            if (touchpoint.queue() != null && selfService) {
                problems.add(field(touchpoint, "queue"), "channel '" + touchpoint.channel()
                        + "' is self-service, so no customer queues for a person there; give 'queue' on an assisted channel");
            }
        }
    }

    /**
     * A link names another journey, and where it names a stage, one of this journey's; a step pauses only a journey the
     * links name, so that a pause written for a journey the map never links to (a misspelt id) is not taken for the one it does.
     */
    private void links() {
        List<String> stageIds = journey.stages().stream().map(Stage::id).filter(java.util.Objects::nonNull).toList();
        List<String> linked = journey.links().stream().map(org.journeyaudit.engine.journey.JourneyLink::journey)
                .filter(java.util.Objects::nonNull).distinct().toList();
        for (Stage stage : journey.stages()) {
            for (Step step : stage.steps()) {
                for (String paused : step.pauses()) {
                    if (paused != null && !linked.contains(paused)) {
                        problems.add(field(step, "pauses"), "step '" + step.id() + "' pauses journey '" + Fields.shown(paused)
                                + "', which 'links' does not name"
                                + NearestName.among(paused, linked).map(n -> "; did you mean '" + n + "'?")
                                        .orElse("; add it under 'links' with the relation 'pauses'"));
                    }
                }
            }
        }
        for (org.journeyaudit.engine.journey.JourneyLink link : journey.links()) {
            if (link.journey() != null && link.journey().equals(journey.id())) {
                problems.add(field(link, "journey"), "a journey does not link to itself; name the other journey's id");
            }
            if (link.stage() != null && !stageIds.contains(link.stage())) {
                problems.add(field(link, "stage"), "unknown stage '" + Fields.shown(link.stage()) + "'"
                        + NearestName.among(link.stage(), stageIds).map(n -> "; did you mean '" + n + "'?").orElse(""));
            }
        }
    }

    private record Identified(String id, Object part) {
    }

    private void uniqueIds(String what, List<Identified> parts) {
        Map<String, Object> first = new HashMap<>();
        for (Identified part : parts) {
            if (part.id() == null) {
                continue;
            }
            Object earlier = first.putIfAbsent(part.id(), part.part());
            if (earlier != null) {
                DocNode here = field(part.part(), "id");
                problems.add(here, "duplicate " + what + " id '" + part.id() + "' (first used at " + where(earlier) + ")");
            }
        }
    }

    private void touchpoints(Stage stage) {
        List<String> channelIds = journey.channels().stream().map(Channel::id).filter(java.util.Objects::nonNull).distinct().toList();
        Map<String, Touchpoint> cells = new HashMap<>();
        for (Touchpoint touchpoint : stage.touchpoints()) {
            String channel = touchpoint.channel();
            if (channel == null) {
                continue;
            }
            if (!channelIds.contains(channel)) {
                problems.add(field(touchpoint, "channel"), "unknown channel '" + channel + "'"
                        + NearestName.among(channel, channelIds).map(n -> "; did you mean '" + n + "'?").orElse("")
                        + (channelIds.isEmpty() ? "; the journey declares no channels under 'channels'"
                                : " (the journey declares " + String.join(", ", channelIds) + " under 'channels')"));
            }
            Touchpoint earlier = cells.putIfAbsent(channel, touchpoint);
            if (earlier != null) {
                problems.add(field(touchpoint, "channel"), "stage '" + stage.id() + "' is given twice for channel '"
                        + channel + "' (first at " + where(earlier) + "); one touchpoint per stage and channel");
            }
        }
    }

    /** A step may not use an item that only a later step brings into the journey. */
    private void itemOrder() {
        Map<String, Step> firstUse = new LinkedHashMap<>();
        Set<String> known = new HashSet<>(toldItems());
        Map<String, Step> broughtLater = new HashMap<>();
        for (Stage stage : journey.stages()) {
            for (Step step : stage.steps()) {
                step.uses().forEach(item -> {
                    if (!known.contains(item)) {
                        firstUse.putIfAbsent(item, step);
                    }
                });
                step.asksCustomer().forEach(known::add);
                step.produces().forEach(item -> {
                    if (firstUse.containsKey(item) && !known.contains(item)) {
                        broughtLater.putIfAbsent(item, step);
                    }
                    known.add(item);
                });
            }
        }
        broughtLater.forEach((item, producer) -> {
            Step user = firstUse.get(item);
            problems.add(field(user, "uses"), "step '" + user.id() + "' uses '" + item + "' before it exists: it is first "
                    + "produced by the later step '" + producer.id() + "' (" + where(producer)
                    + "); list the steps in the order they happen");
        });
    }

    /** Every item a decision depends on must come from somewhere the journey describes. */
    private void decisionInputs() {
        Set<String> available = new HashSet<>(toldItems());
        for (Stage stage : journey.stages()) {
            for (Step step : stage.steps()) {
                available.addAll(step.asksCustomer());
                available.addAll(step.uses());
                available.addAll(step.produces());
            }
        }
        List<String> sorted = available.stream().sorted().toList();
        for (Stage stage : journey.stages()) {
            for (Decision decision : stage.decisions()) {
                for (String item : decision.uses()) {
                    if (problems.full()) {
                        return; // no further problem would be listed: spare the search for the nearest names
                    }
                    if (!available.contains(item)) {
                        problems.add(field(decision, "uses"), "decision '" + decision.id() + "' uses '" + item
                                + "', which no step asks for, uses or produces and no channel tells"
                                + NearestName.among(item, sorted).map(n -> "; did you mean '" + n + "'?").orElse(""));
                    }
                }
            }
        }
    }

    /**
     * A stage's outcome must be produced by one of its steps or an earlier stage's: an outcome nothing produces would keep
     * no step and only hide a typo.
     */
    private void outcomes() {
        Set<String> produced = new java.util.TreeSet<>();
        for (Stage stage : journey.stages()) {
            stage.steps().forEach(step -> produced.addAll(step.produces()));
            for (String item : stage.outcomes()) {
                if (problems.full()) {
                    return;
                }
                if (!produced.contains(item)) {
                    problems.add(field(stage, "outcomes"), "stage '" + stage.id() + "' delivers '" + item
                            + "', which no step of this stage or an earlier one produces"
                            + NearestName.among(item, List.copyOf(produced)).map(n -> "; did you mean '" + n + "'?").orElse(""));
                }
            }
        }
    }

    private Set<String> toldItems() {
        Set<String> told = new HashSet<>();
        journey.stages().forEach(stage -> stage.touchpoints().forEach(t -> told.addAll(t.info().keySet())));
        return told;
    }

    private DocNode field(Object part, String name) {
        DocNode node = origins.get(part);
        if (node instanceof ObjectNode object && object.fields().containsKey(name)) {
            return object.fields().get(name).value();
        }
        return node;
    }

    private String where(Object part) {
        DocNode node = origins.get(part);
        if (node == null) {
            return "an earlier entry";
        }
        return node.path().yamlPath() + (node.location().known() ? ", line " + node.location().line() : "");
    }
}
