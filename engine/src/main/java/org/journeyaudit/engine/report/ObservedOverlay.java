package org.journeyaudit.engine.report;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.journeyaudit.engine.evidence.Evidence;
import org.journeyaudit.engine.evidence.ObservedMeasures;
import org.journeyaudit.engine.evidence.StageDesign;
import org.journeyaudit.engine.evidence.StageObservation;
import org.journeyaudit.engine.evidence.StageObservation.HandoverPair;
import org.journeyaudit.engine.journey.Actor;
import org.journeyaudit.engine.journey.Stage;
import org.journeyaudit.engine.journey.Touchpoint;
import org.journeyaudit.engine.language.Language;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the event log shows, as the visual report lays it over the coverage matrix and the swimlanes: the log's name and
 * period, then per stage its cases, its contacts per channel beside the design's cell, the handovers between actors
 * (marked when the design shows them), the ping-pong, rework and escalations, and the case durations beside the SLA
 * standard. Figures are those of the evidence report ({@link EvidenceReport}); the durations and dates are also written
 * as the language writes them, so that the page works out none of them.
 */
public final class ObservedOverlay {

    private ObservedOverlay() {
    }

    /** The {@code observed} section of the visual report's data. */
    public static ObjectNode of(Evidence evidence, Language language) {
        ReportWords words = ReportWords.of(language);
        ObservedMeasures m = evidence.measures();
        ObjectNode observed = JsonReport.COMPACT.createObjectNode();
        observed.put("log", evidence.log());
        ObjectNode period = observed.putObject("period");
        LocalDateTime first = m.firstEvent();
        LocalDateTime last = m.lastEvent();
        period.put("from", first == null ? null : first.toLocalDate().toString());
        period.put("to", last == null ? null : last.toLocalDate().toString());
        period.put("fromShown", first == null ? null : words.figures().date(first.toLocalDate()));
        period.put("toShown", last == null ? null : words.figures().date(last.toLocalDate()));
        observed.put("cases", m.whole().cases());
        observed.put("events", m.whole().events());
        observed.put("unreadRows", m.unreadRows());
        List<String> channels = evidence.journey().channels().stream().map(org.journeyaudit.engine.journey.Channel::id).toList();
        ArrayNode stages = observed.putArray("stages");
        for (StageDesign design : evidence.designs()) {
            stages.add(stage(design, m.stage(design.stage().id()), channels, words));
        }
        return observed;
    }

    private static ObjectNode stage(StageDesign design, StageObservation o, List<String> channels, ReportWords words) {
        ObjectNode stage = JsonReport.COMPACT.createObjectNode();
        stage.put("stage", design.stage().id());
        stage.put("cases", o.cases());
        stage.put("events", o.events());
        ArrayNode contacts = stage.putArray("contacts");
        for (Map.Entry<String, Long> channel : o.contactsOn().entrySet()) {
            // a channel the journey does not have (the log's own value) has no cell: its contacts are beside the matrix
            String cell = channels.contains(channel.getKey()) ? cell(design.stage(), channel.getKey()) : null;
            contacts.addObject().put("channel", channel.getKey()).put("contacts", channel.getValue()).put("cell", cell)
                    .put("designed", "present".equals(cell));
        }
        ArrayNode handovers = stage.putArray("handovers");
        o.pairs().forEach((pair, count) -> handovers.addObject().put("from", pair.from()).put("to", pair.to()).put("handovers", count)
                .put("designed", design.designs(pair)));
        ArrayNode unobserved = stage.putArray("unobservedHandoffs");
        design.unobserved(o).forEach(h -> unobserved.addObject().put("from", h.from()).put("to", h.to()));
        ObjectNode pingPong = stage.putObject("pingPong");
        pingPong.put("cases", o.pingPongCases()).put("returns", o.returns());
        ArrayNode between = pingPong.putArray("between");
        bothWays(o).forEach(pair -> between.addArray().add(pair.from()).add(pair.to()));
        stage.putObject("rework").put("cases", o.reworkCases()).put("events", o.reworkEvents());
        stage.putObject("escalations").put("cases", o.escalatedCases()).put("escalations", o.escalations());
        ObjectNode duration = stage.putObject("duration");
        Long p50 = o.durations().percentile(0.5);
        Long p90 = o.durations().percentile(0.9);
        duration.put("p50Seconds", p50).put("p90Seconds", p90);
        duration.put("p50Shown", p50 == null ? null : EvidenceReport.duration(p50, words));
        duration.put("p90Shown", p90 == null ? null : EvidenceReport.duration(p90, words));
        if (design.standard() == null) {
            stage.putNull("sla");
        } else {
            int over = design.overStandard(o);
            stage.putObject("sla").put("standardSeconds", design.standard().toSeconds())
                    .put("standardShown", EvidenceReport.duration(design.standard().toSeconds(), words))
                    .put("overCases", over).put("overShare", o.share(over))
                    .put("overShareShown", words.figures().percent(o.share(over)));
        }
        return stage;
    }

    /** The status of the stage's cell on a channel as the design gives it; {@code undecided} when no touchpoint decides it. */
    private static String cell(Stage stage, String channel) {
        Optional<Touchpoint> touchpoint = stage.touchpoints().stream().filter(t -> channel.equals(t.channel())).findFirst();
        return touchpoint.map(t -> t.status() == null ? JourneyMapJson.UNDECIDED : t.status().word()).orElse(JourneyMapJson.UNDECIDED);
    }

    /**
     * The pairs of actors the stage's work goes back and forth between: handovers observed in both directions, each pair
     * once, in the order first seen. A ping-pong over three actors or more shows in the counts, not here.
     */
    static List<HandoverPair> bothWays(StageObservation o) {
        List<HandoverPair> pairs = new ArrayList<>();
        List<HandoverPair> seen = new ArrayList<>(o.pairs().keySet());
        for (HandoverPair pair : seen) {
            boolean back = seen.stream().anyMatch(p -> Actor.same(p.from(), pair.to()) && Actor.same(p.to(), pair.from()));
            boolean listed = pairs.stream().anyMatch(p -> Actor.same(p.from(), pair.to()) && Actor.same(p.to(), pair.from()));
            if (back && !listed) {
                pairs.add(pair);
            }
        }
        return pairs;
    }
}
