package org.journeyaudit.engine.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.journeyaudit.engine.journey.Barrier;
import org.journeyaudit.engine.journey.Channel;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.Stage;
import org.journeyaudit.engine.journey.Step;
import org.journeyaudit.engine.journey.StepKind;
import org.journeyaudit.engine.journey.Touchpoint;
import org.journeyaudit.engine.language.Language;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The journey as the visual report draws it: its channels, its stages in order with their backstage
 * steps, and every cell of the coverage matrix. A cell no touchpoint decides is {@code undecided}.
 * Absent values are written as null, so the shape never varies.
 */
public final class JourneyMapJson {

    /** The status of a cell for which the stage has no touchpoint on the channel. */
    public static final String UNDECIDED = "undecided";

    private static final JsonMapper JSON = JsonReport.COMPACT;

    private JourneyMapJson() {
    }

    public static ObjectNode of(Journey journey) {
        return of(journey, Language.EN);
    }

    /** The map, its one word (the lane of steps with no actor) in the language. */
    public static ObjectNode of(Journey journey, Language language) {
        ReportWords words = ReportWords.of(language);
        ObjectNode map = JSON.createObjectNode();
        ArrayNode channels = map.putArray("channels");
        for (Channel channel : journey.channels()) {
            ObjectNode c = channels.addObject();
            c.put("id", channel.id());
            c.put("name", channel.name() == null || channel.name().isBlank() ? channel.id() : channel.name());
            c.put("mode", channel.mode() == null ? null : channel.mode().word());
        }
        ArrayNode stages = map.putArray("stages");
        ArrayNode cells = map.putArray("cells");
        ArrayNode undecided = map.putArray("undecided");
        for (Stage stage : journey.stages()) {
            stages.add(stage(stage, words));
            for (Channel channel : journey.channels()) {
                Optional<Touchpoint> touchpoint = stage.touchpoints().stream()
                        .filter(t -> channel.id().equals(t.channel())).findFirst();
                ObjectNode cell = cells.addObject();
                cell.put("stage", stage.id());
                cell.put("channel", channel.id());
                cell.put("status", touchpoint.map(t -> t.status() == null ? UNDECIDED : t.status().word()).orElse(UNDECIDED));
                cell.put("reason", touchpoint.map(Touchpoint::reason).orElse(null));
                number(cell, "volumePerMonth", touchpoint.map(Touchpoint::volumePerMonth).orElse(null));
                if (touchpoint.isEmpty()) {
                    undecided.addObject().put("stage", stage.id()).put("channel", channel.id());
                }
            }
        }
        return map;
    }

    private static ObjectNode stage(Stage stage, ReportWords words) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", stage.id());
        node.put("name", stage.name() == null || stage.name().isBlank() ? stage.id() : stage.name());
        node.put("goal", stage.goal());
        node.put("emotion", stage.emotion());
        ArrayNode pains = node.putArray("pains");
        stage.pains().forEach(pains::add);
        ArrayNode barriers = node.putArray("barriers");
        for (Barrier barrier : stage.barriers()) {
            barriers.addObject().put("text", barrier.text()).put("solution", barrier.solution());
        }
        // the steps that receive work from another person, as the handoff rules count them, so the map draws the same handoffs
        java.util.Set<Step> receiving = new java.util.HashSet<>();
        stage.handoffs().forEach(h -> receiving.add(h.to()));
        node.put("handoffs", stage.handoffs().size());
        // one lane per actor, in the order the actors first act; steps with no actor share a lane of their own
        List<String> lanes = new ArrayList<>();
        double work = 0;
        double wait = 0;
        for (Step step : stage.steps()) {
            String lane = lane(step, words);
            if (!lanes.contains(lane)) {
                lanes.add(lane);
            }
            work += step.minutes() == null ? 0 : step.minutes();
            wait += step.waitMinutes() == null ? 0 : step.waitMinutes();
        }
        ArrayNode laneNames = node.putArray("lanes");
        lanes.forEach(laneNames::add);
        number(node, "workMinutes", work);
        number(node, "waitMinutes", wait);
        ArrayNode steps = node.putArray("steps");
        for (Step step : stage.steps()) {
            ObjectNode s = steps.addObject();
            s.put("id", step.id());
            s.put("name", step.name() == null || step.name().isBlank() ? step.id() : step.name());
            s.put("actor", step.actor());
            s.put("system", step.system());
            s.put("kind", (step.kind() == null ? StepKind.WORK : step.kind()).word());
            number(s, "minutes", step.minutes());
            number(s, "waitMinutes", step.waitMinutes());
            s.put("automated", step.automated());
            s.put("receivesHandoff", receiving.contains(step));
            s.put("handoffReason", step.handoffReason());
            s.put("lane", lanes.indexOf(lane(step, words)));
        }
        return node;
    }

    private static String lane(Step step, ReportWords words) {
        return step.actor() == null || step.actor().isBlank() ? words.get("html.noActor") : step.actor();
    }

    /** Whole numbers as integers (13700, not 13700.0), as in the JSON report. */
    private static void number(ObjectNode node, String name, Double value) {
        if (value == null) {
            node.putNull(name);
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            node.put(name, value.longValue());
        } else {
            node.put(name, value.doubleValue());
        }
    }
}
