package org.journeyaudit.engine.report;

import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.evidence.ActorObservation;
import org.journeyaudit.engine.evidence.ColumnTally;
import org.journeyaudit.engine.evidence.Durations;
import org.journeyaudit.engine.evidence.LogRole;
import org.journeyaudit.engine.evidence.MappingDraft;
import org.journeyaudit.engine.evidence.Evidence;
import org.journeyaudit.engine.evidence.ObservedMeasures;
import org.journeyaudit.engine.evidence.StageDesign;
import org.journeyaudit.engine.evidence.StageObservation;
import org.journeyaudit.engine.evidence.StageObservation.HandoverPair;
import org.journeyaudit.engine.evidence.UnmappedValues;
import org.journeyaudit.engine.evidence.UnreadRow;
import org.journeyaudit.engine.evidence.UnreadValue;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.language.Language;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The evidence report: per stage, what the design says (steps, actors, handoffs, SLA standard) beside what the log
 * shows (cases, handovers with those the design does not show, ping-pong, rework, escalations, channel switches, repeat
 * contacts, durations against the standard, designed steps never recorded); then the whole journey, the actors, the
 * top variants, the values no mapping covers and the rows not read. As text in English or Russian, or as JSON.
 */
public final class EvidenceReport {

    /** Variants and unmapped values listed per kind. */
    static final int LISTED = 10;
    private static final long MINUTE = 60;
    private static final long HOUR = 3_600;
    private static final long DAY = 86_400;

    private EvidenceReport() {
    }

    public static String text(Evidence evidence, Language language) {
        return text(evidence, List.of(), language);
    }

    /** The report with the reconciliation findings (the {@code evidence/} rules' findings, in the language) after the stages. */
    public static String text(Evidence evidence, List<Finding> findings, Language language) {
        ReportWords w = ReportWords.of(language);
        ObservedMeasures m = evidence.measures();
        StringBuilder out = new StringBuilder();
        out.append(w.get("evidence.title", evidence.journey().displayName(), evidence.journey().id())).append('\n');
        StageObservation whole = m.whole();
        out.append(w.get("evidence.log", evidence.log(), w.count(whole.events(), "event"), w.count(whole.cases(), "case")));
        if (m.unreadRows() > 0) {
            out.append("; ").append(w.get("evidence.unread", w.count(m.unreadRows(), "row")));
        }
        if (m.unreadValueCount() > 0) {
            out.append("; ").append(w.get("evidence.unreadValueCount", w.count(m.unreadValueCount(), "unreadValue")));
        }
        out.append('\n');
        out.append(w.get("evidence.repeatWindow", w.count(m.repeatWithinDays(), "day"))).append('\n');
        for (StageDesign design : evidence.designs()) {
            StageObservation observed = m.stage(design.stage().id());
            out.append('\n').append(w.get("evidence.stage", design.stage().displayName(), design.stage().id())).append('\n');
            out.append("  ").append(w.get("evidence.design")).append(": ")
                    .append(w.get("evidence.designSteps", listed(design.steps(), w))).append("; ")
                    .append(w.get("evidence.designActors", listed(design.actors(), w))).append("; ")
                    .append(w.get("evidence.designHandoffs", listed(design.handoffs().stream().map(HandoverPair::toString).toList(), w)))
                    .append("; ")
                    .append(design.standard() == null ? w.get("evidence.noStandard")
                            : w.get("evidence.standard", duration(design.standard().toSeconds(), w)))
                    .append('\n');
            observed(out, observed, design, w);
            List<String> unrecorded = design.unrecorded(observed);
            if (!unrecorded.isEmpty()) {
                out.append("    ").append(w.get("evidence.unrecorded", String.join(", ", unrecorded))).append('\n');
            }
            List<HandoverPair> unobserved = design.unobserved(observed);
            if (!unobserved.isEmpty()) {
                out.append("    ").append(w.get("evidence.unobserved", String.join(", ", unobserved.stream().map(HandoverPair::toString)
                        .toList()))).append('\n');
            }
        }
        out.append('\n').append(w.get("evidence.findings", w.count(findings.size(), "finding"))).append('\n');
        for (Finding finding : findings) {
            out.append("  ").append(finding.ruleId()).append(": ").append(finding.message()).append('\n');
        }
        out.append('\n').append(w.get("evidence.whole")).append('\n');
        observed(out, whole, null, w);
        if (m.eventsWithoutStage() > 0) {
            out.append("    ").append(w.get("evidence.withoutStage", w.count(m.eventsWithoutStage(), "event"))).append('\n');
        }
        out.append('\n').append(w.get("evidence.actors")).append('\n');
        for (ActorObservation actor : m.actors()) {
            out.append("  ").append(w.get("evidence.actor", actor.name(), w.count(actor.events(), "event"), w.count(actor.cases(), "case"),
                    w.number(actor.handoversOut()), w.number(actor.handoversIn()), w.number(actor.returnsIn()),
                    w.number(actor.reworkEvents())));
            if (!actor.inJourney()) {
                out.append(" (").append(w.get("evidence.notInJourney")).append(')');
            }
            out.append('\n');
        }
        List<Map.Entry<String, Long>> variants = m.topVariants(LISTED);
        if (!variants.isEmpty()) {
            out.append('\n').append(w.get("evidence.variants", w.number(m.variantCount()))).append('\n');
            variants.forEach(v -> out.append("  ").append(w.get("evidence.variant", w.count(v.getValue(), "case"),
                    w.figures().percent(whole.share(v.getValue())), v.getKey())).append('\n'));
        }
        if (m.unmappedActivities().events() + m.unmappedActors().events() + m.unmappedChannels().events() > 0) {
            out.append('\n').append(w.get("evidence.unmapped")).append('\n');
            unmapped(out, "evidence.unmappedActivity", m.unmappedActivities(), w);
            unmapped(out, "evidence.unmappedActor", m.unmappedActors(), w);
            unmapped(out, "evidence.unmappedChannel", m.unmappedChannels(), w);
        }
        if (m.unreadRows() > 0) {
            out.append('\n').append(w.get("evidence.unreadRows")).append('\n');
            for (UnreadRow row : m.unread()) {
                out.append("  ").append(w.get("evidence.unreadRow", row.line(),
                        w.get("evidence.unread." + row.reason().word(), row.arguments().toArray()))).append('\n');
            }
            if (m.unreadRows() > m.unread().size()) {
                out.append("  ").append(w.get("evidence.unreadMore", w.count(m.unreadRows() - m.unread().size(), "row"))).append('\n');
            }
        }
        if (m.unreadValueCount() > 0) {
            // their events are counted above: only the value itself is missing from the measures
            out.append('\n').append(w.get("evidence.unreadValues")).append('\n');
            for (UnreadValue value : m.unreadValues()) {
                out.append("  ").append(w.get("evidence.unreadRow", value.line(),
                        w.get("evidence.unread." + value.reason().word(), value.arguments().toArray()))).append('\n');
            }
            if (m.unreadValueCount() > m.unreadValues().size()) {
                out.append("  ").append(w.get("evidence.unreadMore", w.count(m.unreadValueCount() - m.unreadValues().size(), "value")))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static void observed(StringBuilder out, StageObservation o, StageDesign design, ReportWords w) {
        out.append("  ").append(w.get("evidence.observed", w.count(o.cases(), "case"), w.count(o.events(), "event"))).append('\n');
        if (o.cases() == 0) {
            return;
        }
        StringBuilder pairs = new StringBuilder();
        for (Map.Entry<HandoverPair, Long> pair : o.pairs().entrySet()) {
            pairs.append(pairs.isEmpty() ? "" : ", ").append(pair.getKey()).append(' ').append(w.number(pair.getValue()));
            if (design != null && !design.designs(pair.getKey())) {
                pairs.append(" (").append(w.get("evidence.notDesigned")).append(')');
            }
        }
        out.append("    ").append(w.get("evidence.handovers", w.number(o.handovers())));
        if (!pairs.isEmpty()) {
            out.append("; ").append(pairs);
        }
        out.append('\n');
        measure(out, "evidence.pingPong", o.pingPongCases(), o, w.count(o.returns(), "return"), w);
        measure(out, "evidence.rework", o.reworkCases(), o, w.count(o.reworkEvents(), "repeat"), w);
        measure(out, "evidence.escalations", o.escalatedCases(), o, w.count(o.escalations(), "escalation"), w);
        measure(out, "evidence.switches", o.switchingCases(), o, w.count(o.channelSwitches(), "switch"), w);
        measure(out, "evidence.repeats", o.repeatingCases(), o, w.count(o.repeatContacts(), "repeatContact"), w);
        out.append("    ").append(w.get("evidence.duration", duration(o.durations().percentile(0.5), w),
                duration(o.durations().percentile(0.9), w)));
        if (design != null && design.standard() != null) {
            int over = design.overStandard(o);
            out.append("; ").append(w.get("evidence.overStandard", w.count(over, "case"), w.figures().percent(o.share(over))));
        }
        out.append('\n');
        for (Map.Entry<String, Durations> channel : o.handleTimes().entrySet()) {
            Durations times = channel.getValue();
            out.append("    ").append(w.get("evidence.handleTime", channel.getKey(), handleTime(times.percentile(0.5), w),
                    handleTime(times.percentile(0.9), w), w.count(times.count(), "contact"))).append('\n');
        }
    }

    private static void measure(StringBuilder out, String key, long cases, StageObservation o, String events, ReportWords w) {
        out.append("    ").append(w.get(key, w.count(cases, "case"), w.figures().percent(o.share(cases)), events)).append('\n');
    }

    private static void unmapped(StringBuilder out, String key, UnmappedValues values, ReportWords w) {
        if (values.events() == 0) {
            return;
        }
        StringBuilder listed = new StringBuilder();
        for (Map.Entry<String, Long> value : values.top(LISTED)) {
            listed.append(listed.isEmpty() ? "" : ", ").append('\'').append(value.getKey()).append("' ").append(w.number(value.getValue()));
        }
        int more = values.distinct() - Math.min(values.distinct(), LISTED);
        if (more > 0 || values.unlisted() > 0) {
            listed.append(", ").append(w.get("evidence.unmappedMore", w.number(more + (values.unlisted() > 0 ? 1 : 0))));
        }
        out.append("  ").append(w.get(key, w.count(values.events(), "event"), listed)).append('\n');
    }

    private static String listed(List<String> items, ReportWords w) {
        return items.isEmpty() ? w.get("evidence.none") : String.join(", ", items);
    }

    /** A duration as people read it: days and hours, hours and minutes, minutes, or seconds. */
    static String duration(Long seconds, ReportWords w) {
        if (seconds == null) {
            return "-";
        }
        long s = seconds;
        if (s >= DAY) {
            return part(s / DAY, "evidence.unit.day", w) + (s % DAY >= HOUR ? " " + part(s % DAY / HOUR, "evidence.unit.hour", w) : "");
        }
        if (s >= HOUR) {
            return part(s / HOUR, "evidence.unit.hour", w) + (s % HOUR >= MINUTE ? " " + part(s % HOUR / MINUTE, "evidence.unit.minute", w) : "");
        }
        if (s >= MINUTE) {
            return part(s / MINUTE, "evidence.unit.minute", w);
        }
        return part(s, "evidence.unit.second", w);
    }

    /** A contact's handle time as people read it: minutes and seconds ("4 min 5 s"), or seconds under a minute. */
    static String handleTime(Long seconds, ReportWords w) {
        long s = seconds;
        if (s >= HOUR) {
            return duration(seconds, w);
        }
        if (s >= MINUTE) {
            return part(s / MINUTE, "evidence.unit.minute", w) + (s % MINUTE > 0 ? " " + part(s % MINUTE, "evidence.unit.second", w) : "");
        }
        return part(s, "evidence.unit.second", w);
    }

    private static String part(long count, String unit, ReportWords w) {
        return w.number(count) + "\u00a0" + w.get(unit);
    }

    /**
     * What {@code evidence --suggest-mapping} prints: the log's columns with their {@code top} commonest values, then a
     * draft mapping in YAML (the guessed columns, the values that already name an element of the journey), with the
     * values that name none as comments to map by hand.
     */
    public static String suggestion(String log, ColumnTally tally, MappingDraft draft, int top, Language language) {
        ReportWords w = ReportWords.of(language);
        StringBuilder out = new StringBuilder();
        out.append("# ").append(w.get("evidence.suggest.columns", log)).append('\n');
        for (String column : tally.columns()) {
            StringBuilder values = new StringBuilder();
            for (Map.Entry<String, Long> value : tally.top(column, top)) {
                values.append(values.isEmpty() ? "" : ", ").append(yaml(value.getKey())).append(' ').append(w.number(value.getValue()));
            }
            String distinct = tally.more(column) ? w.get("evidence.suggest.moreDistinct", w.number(tally.distinct(column)))
                    : w.get("evidence.suggest.distinct", w.number(tally.distinct(column)));
            out.append("#   ").append(column).append(" (").append(distinct).append("): ").append(values).append('\n');
        }
        out.append("# ").append(w.get("evidence.suggest.draft")).append('\n');
        out.append("columns:\n");
        for (LogRole role : LogRole.values()) {
            String column = draft.columns().get(role);
            if (column != null) {
                out.append("  ").append(role.field()).append(": ").append(yaml(column)).append('\n');
            } else {
                out.append("  # ").append(role.field()).append(": ").append(w.get("evidence.suggest.noColumn")).append('\n');
            }
        }
        out.append("timestampFormat: ISO  # ").append(w.get("evidence.suggest.timestamp")).append('\n');
        elements(out, "stages", draft.stages());
        elements(out, "steps", draft.steps());
        elements(out, "actors", draft.actors());
        elements(out, "channels", draft.channels());
        for (Map.Entry<LogRole, Map<String, Long>> unmatched : draft.unmatched().entrySet()) {
            out.append("# ").append(w.get("evidence.suggest.unmatched", unmatched.getKey().field())).append('\n');
            unmatched.getValue().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top * 5L)
                    .forEach(v -> out.append("#   ").append(yaml(v.getKey())).append(": ").append(w.number(v.getValue())).append('\n'));
        }
        return out.toString();
    }

    private static void elements(StringBuilder out, String field, Map<String, List<String>> elements) {
        if (elements.isEmpty()) {
            return;
        }
        out.append(field).append(":\n");
        elements.forEach((element, values) -> out.append("  ").append(yaml(element)).append(": [")
                .append(String.join(", ", values.stream().map(EvidenceReport::yaml).toList())).append("]\n"));
    }

    /** A value as a double-quoted YAML text, whatever characters it holds. */
    static String yaml(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        quoted.append(String.format("\\x%02X", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    /** The same as JSON: figures as numbers (durations in seconds, shares from 0 to 1), names as the documents give them. */
    public static String json(Evidence evidence) {
        return json(evidence, List.of());
    }

    /** The JSON report with the reconciliation findings (rule, stage, severity, message). */
    public static String json(Evidence evidence, List<Finding> findings) {
        ObservedMeasures m = evidence.measures();
        ObjectNode root = JsonReport.JSON.createObjectNode();
        root.putObject("journey").put("id", evidence.journey().id()).put("name", evidence.journey().displayName());
        ObjectNode log = root.putObject("log");
        log.put("file", evidence.log());
        log.put("events", m.whole().events());
        log.put("cases", m.whole().cases());
        log.put("unreadRows", m.unreadRows());
        ArrayNode unread = log.putArray("unread");
        m.unread().forEach(row -> unread.addObject().put("line", row.line()).put("reason", row.reason().word())
                .put("message", row.message()));
        if (m.unreadValueCount() > 0) {
            log.put("unreadValues", m.unreadValueCount());
            ArrayNode values = log.putArray("unreadValuesListed");
            m.unreadValues().forEach(value -> values.addObject().put("line", value.line()).put("column", value.column())
                    .put("value", value.value()).put("reason", value.reason().word()).put("message", value.message()));
        }
        log.put("eventsWithoutStage", m.eventsWithoutStage());
        log.put("repeatWithinDays", m.repeatWithinDays());
        ArrayNode stages = root.putArray("stages");
        for (StageDesign design : evidence.designs()) {
            ObjectNode stage = stages.addObject();
            stage.put("id", design.stage().id());
            stage.put("name", design.stage().displayName());
            ObjectNode designed = stage.putObject("design");
            design.steps().forEach(designed.putArray("steps")::add);
            design.actors().forEach(designed.putArray("actors")::add);
            ArrayNode handoffs = designed.putArray("handoffs");
            design.handoffs().forEach(h -> handoffs.addObject().put("from", h.from()).put("to", h.to()));
            if (design.standard() != null) {
                designed.put("slaStandardSeconds", design.standard().toSeconds());
            }
            StageObservation observed = m.stage(design.stage().id());
            ObjectNode o = observed(stage.putObject("observed"), observed, design);
            design.unrecorded(observed).forEach(o.putArray("unrecordedSteps")::add);
            ArrayNode unobserved = o.putArray("unobservedHandoffs");
            design.unobserved(observed).forEach(h -> unobserved.addObject().put("from", h.from()).put("to", h.to()));
            ObjectNode steps = o.putObject("stepEvents");
            observed.steps().forEach(steps::put);
        }
        observed(root.putObject("whole"), m.whole(), null);
        ArrayNode actors = root.putArray("actors");
        for (ActorObservation a : m.actors()) {
            actors.addObject().put("name", a.name()).put("inJourney", a.inJourney()).put("events", a.events()).put("cases", a.cases())
                    .put("handoversOut", a.handoversOut()).put("handoversIn", a.handoversIn()).put("returnsIn", a.returnsIn())
                    .put("reworkEvents", a.reworkEvents());
        }
        ArrayNode variants = root.putArray("topVariants");
        m.topVariants(LISTED).forEach(v -> variants.addObject().put("activities", v.getKey()).put("cases", v.getValue())
                .put("share", m.whole().share(v.getValue())));
        root.put("variants", m.variantCount());
        ArrayNode found = root.putArray("findings");
        findings.forEach(f -> found.addObject().put("rule", f.ruleId()).put("stage", f.stage())
                .put("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT)).put("message", f.message()));
        ObjectNode unmapped = root.putObject("unmapped");
        unmappedJson(unmapped.putObject("activity"), m.unmappedActivities());
        unmappedJson(unmapped.putObject("actor"), m.unmappedActors());
        unmappedJson(unmapped.putObject("channel"), m.unmappedChannels());
        return JsonReport.write(root);
    }

    private static ObjectNode observed(ObjectNode node, StageObservation o, StageDesign design) {
        node.put("cases", o.cases()).put("events", o.events()).put("handovers", o.handovers());
        ArrayNode pairs = node.putArray("handoverPairs");
        o.pairs().forEach((pair, count) -> {
            ObjectNode p = pairs.addObject().put("from", pair.from()).put("to", pair.to()).put("count", count);
            if (design != null) {
                p.put("designed", design.designs(pair));
            }
        });
        node.put("returns", o.returns()).put("pingPongCases", o.pingPongCases());
        node.put("reworkEvents", o.reworkEvents()).put("reworkCases", o.reworkCases());
        node.put("escalations", o.escalations()).put("escalatedCases", o.escalatedCases());
        node.put("contacts", o.contacts()).put("channelSwitches", o.channelSwitches()).put("switchingCases", o.switchingCases());
        node.put("repeatContacts", o.repeatContacts()).put("repeatingCases", o.repeatingCases());
        Long p50 = o.durations().percentile(0.5);
        Long p90 = o.durations().percentile(0.9);
        if (p50 != null) {
            node.put("durationP50Seconds", p50).put("durationP90Seconds", p90);
        }
        if (design != null && design.standard() != null) {
            int over = design.overStandard(o);
            node.put("overStandardCases", over).put("overStandardShare", o.share(over));
        }
        if (!o.handleTimes().isEmpty()) {
            ArrayNode handleTimes = node.putArray("handleTimes");
            o.handleTimes().forEach((channel, times) -> handleTimes.addObject().put("channel", channel)
                    .put("contactsMeasured", times.count()).put("medianSeconds", times.percentile(0.5))
                    .put("p90Seconds", times.percentile(0.9)));
        }
        return node;
    }

    private static void unmappedJson(ObjectNode node, UnmappedValues values) {
        node.put("events", values.events());
        ObjectNode top = node.putObject("values");
        values.top(values.distinct()).forEach(e -> top.put(e.getKey(), e.getValue()));
        if (values.unlisted() > 0) {
            node.put("unlistedEvents", values.unlisted());
        }
    }
}
