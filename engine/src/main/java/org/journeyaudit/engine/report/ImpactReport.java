package org.journeyaudit.engine.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.journeyaudit.engine.change.AffectedItem;
import org.journeyaudit.engine.change.AffectedJourney;
import org.journeyaudit.engine.change.AffectedStage;
import org.journeyaudit.engine.change.AffectedStep;
import org.journeyaudit.engine.change.AffectedTouchpoint;
import org.journeyaudit.engine.change.ChangeImpact;
import org.journeyaudit.engine.change.ChangeRequest;
import org.journeyaudit.engine.change.ChecklistItem;
import org.journeyaudit.engine.change.Classification;
import org.journeyaudit.engine.change.Exposure;
import org.journeyaudit.engine.change.Reason;
import org.journeyaudit.engine.change.RelatedJourney;
import org.journeyaudit.engine.change.TouchKind;
import org.journeyaudit.engine.change.UnmatchedTouch;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.language.Language;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The impact of a change on a portfolio, written as JSON (the one serializer the command line and the
 * service share; its field names are the public contract), as a terminal report and as Markdown.
 */
public final class ImpactReport {

    private ImpactReport() {
    }

    // ---------------------------------------------------------------- JSON

    public static ObjectNode json(ChangeImpact impact) {
        ObjectNode root = JsonReport.JSON.createObjectNode();
        root.set("change", change(impact.change()));
        root.put("asOf", impact.asOf().toString());
        ObjectNode classification = root.putObject("classification");
        classification.put("significance", impact.classification().significance().word());
        classification.put("forced", impact.classification().forced());
        classification.put("reason", impact.classification().decided().reason());
        ObjectNode standard = classification.putObject("standard");
        standard.put("significance", impact.classification().standard().significance().word());
        standard.put("reason", impact.classification().standard().reason());

        ObjectNode summary = root.putObject("summary");
        summary.put("journeysAnalysed", impact.journeysAnalysed());
        summary.put("affected", impact.affected().size());
        summary.put("keyAffected", impact.keyJourneysAffected());
        summary.put("related", impact.related().size());
        summary.put("unmatched", impact.unmatched().size());
        volume(summary, "contactsPerMonth", impact.volumePerMonth());
        ObjectNode cost = summary.putObject("annualHandlingCost");
        impact.annualCost().forEach(cost::put);

        ArrayNode affected = root.putArray("affected");
        impact.affected().forEach(a -> affected.add(affected(a)));
        ArrayNode related = root.putArray("related");
        for (RelatedJourney r : impact.related()) {
            ObjectNode node = related.addObject();
            node.set("journey", journey(r.journey()));
            node.put("label", r.label());
            ArrayNode shared = node.putArray("shared");
            for (RelatedJourney.Shared s : r.shared()) {
                ObjectNode share = shared.addObject();
                share.put("kind", s.kind().word());
                share.put("name", s.name());
                strings(share.putArray("steps"), s.steps());
                ArrayNode with = share.putArray("with");
                s.with().forEach(u -> {
                    ObjectNode use = with.addObject();
                    use.put("journey", u.journey());
                    strings(use.putArray("steps"), u.steps());
                });
                share.put("match", s.match());
            }
        }
        ArrayNode unmatched = root.putArray("unmatched");
        for (UnmatchedTouch u : impact.unmatched()) {
            ObjectNode node = unmatched.addObject();
            node.put("kind", u.touch().kind().word());
            node.put("name", u.touch().name());
            node.put("reference", u.touch().reference());
            node.put("explanation", u.explanation());
        }
        ArrayNode checklist = root.putArray("checklist");
        for (ChecklistItem item : impact.checklist()) {
            ObjectNode node = checklist.addObject();
            node.put("id", item.id());
            node.put("title", item.title());
            strings(node.putArray("known"), item.known());
            strings(node.putArray("toSupply"), item.toSupply());
        }
        strings(root.putArray("notes"), impact.notes());
        return root;
    }

    private static ObjectNode change(ChangeRequest change) {
        ObjectNode node = JsonReport.JSON.createObjectNode();
        node.put("id", change.id());
        node.put("title", change.title());
        node.put("type", change.type().word());
        JsonReport.putIfPresent(node, "description", change.description());
        node.put("plannedDate", change.plannedDate() == null ? null : change.plannedDate().toString());
        ObjectNode touches = node.putObject("touches");
        for (TouchKind kind : TouchKind.values()) {
            ArrayNode names = touches.putArray(kind.field());
            change.touches(kind).forEach(t -> names.add(t.name()));
        }
        return node;
    }

    private static ObjectNode journey(Journey journey) {
        ObjectNode node = JsonReport.JSON.createObjectNode();
        node.put("id", journey.id());
        node.put("name", journey.displayName());
        JsonReport.putIfPresent(node, "version", journey.version());
        JsonReport.putIfPresent(node, "owner", journey.owner());
        node.put("key", journey.key());
        return node;
    }

    private static ObjectNode affected(AffectedJourney a) {
        ObjectNode node = JsonReport.JSON.createObjectNode();
        node.put("rank", a.rank());
        node.set("journey", journey(a.journey()));
        node.put("label", a.label());
        node.set("exposure", exposure(a.exposure()));
        ArrayNode stages = node.putArray("stages");
        for (AffectedStage stage : a.stages()) {
            ObjectNode s = stages.addObject();
            s.put("id", stage.stage().id());
            s.put("name", stage.stage().name());
            s.set("reasons", reasons(stage.reasons()));
            s.put("wholeStage", stage.wholeStage());
            strings(s.putArray("stepsInScope"), stage.stepsInScope().stream().map(org.journeyaudit.engine.journey.Step::id).toList());
            s.set("exposure", exposure(stage.exposure()));
            ArrayNode touchpoints = s.putArray("touchpoints");
            for (AffectedTouchpoint t : stage.touchpoints()) {
                ObjectNode cell = touchpoints.addObject();
                cell.put("id", stage.stage().id() + "@" + t.touchpoint().channel());
                cell.put("channel", t.touchpoint().channel());
                cell.put("status", t.touchpoint().status() == null ? null : t.touchpoint().status().word());
                volume(cell, "volumePerMonth", t.touchpoint().volumePerMonth());
                cell.set("reasons", reasons(t.reasons()));
            }
            ArrayNode steps = s.putArray("steps");
            for (AffectedStep step : stage.steps()) {
                ObjectNode w = steps.addObject();
                w.put("id", step.step().id());
                w.put("name", step.step().name());
                w.put("actor", step.step().actor());
                w.put("system", step.step().system());
                w.set("reasons", reasons(step.reasons()));
            }
        }
        ArrayNode items = node.putArray("items");
        for (AffectedItem item : a.items()) {
            ObjectNode i = items.addObject();
            i.put("key", item.key());
            i.set("reasons", reasons(item.reasons()));
            strings(i.putArray("toldOn"), item.toldOn());
            strings(i.putArray("askedBy"), item.askedBy());
            strings(i.putArray("usedBy"), item.usedBy());
            strings(i.putArray("producedBy"), item.producedBy());
            strings(i.putArray("decidedBy"), item.decidedBy());
        }
        return node;
    }

    private static ObjectNode exposure(Exposure exposure) {
        ObjectNode node = JsonReport.JSON.createObjectNode();
        volume(node, "contactsPerMonth", exposure.volumePerMonth());
        BigDecimal cost = exposure.annualCost();
        if (cost == null) {
            node.putNull("annualHandlingCost");
        } else {
            node.put("annualHandlingCost", cost);
        }
        node.put("currency", exposure.currency());
        strings(node.putArray("touchpoints"), exposure.touchpoints());
        strings(node.putArray("costs"), exposure.costs());
        strings(node.putArray("notPriced"), exposure.notPriced());
        return node;
    }

    private static ArrayNode reasons(List<Reason> reasons) {
        ArrayNode array = JsonReport.JSON.createArrayNode();
        for (Reason reason : reasons) {
            ObjectNode node = array.addObject();
            node.put("reference", reason.touch().reference());
            node.put("kind", reason.touch().kind().word());
            node.put("name", reason.touch().name());
            node.put("match", reason.match());
        }
        return array;
    }

    private static void volume(ObjectNode node, String name, Double value) {
        if (value == null) {
            node.putNull(name);
        } else {
            JsonReport.number(node, name, value);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    // ---------------------------------------------------------------- text

    public static String text(ChangeImpact impact) {
        return text(impact, Language.EN);
    }

    public static String text(ChangeImpact impact, Language language) {
        ReportWords w = ReportWords.of(language);
        StringBuilder out = new StringBuilder();
        ChangeRequest change = impact.change();
        out.append(w.get("impact.title", change.id())).append("  ").append(change.title()).append("\n");
        out.append(w.get("impact.type", change.type().word())).append(", ").append(planned(change, w))
                .append("; ").append(w.get("impact.analysed", w.figures().date(impact.asOf()), w.count(impact.journeysAnalysed(), "journey")))
                .append("\n\n");

        out.append(w.get("impact.classification")).append(": ").append(significance(impact, w)).append("\n");
        classification(out, impact, "  ", w);

        out.append("\n").append(w.get("summary")).append("\n");
        out.append("  ").append(summaryLine(impact, w)).append("\n");
        out.append("  ").append(w.get("impact.exposed")).append(": ").append(exposureTotals(impact, w)).append("\n");

        out.append("\n").append(w.get("impact.affectedByExposure")).append("\n");
        if (impact.affected().isEmpty()) {
            out.append("  ").append(w.get("text.none")).append("\n");
        }
        for (AffectedJourney a : impact.affected()) {
            out.append("  #").append(a.rank()).append(" ").append(a.label()).append("  ").append(a.journey().displayName())
                    .append(a.journey().key() ? "  (" + w.get("impact.keyJourney") + ")" : "").append("\n");
            out.append("     ").append(w.get("impact.exposure")).append(": ").append(exposureLine(a.exposure(), w)).append("\n");
            a.exposure().costs().forEach(c -> out.append("       ").append(c).append("\n"));
            a.exposure().notPriced().forEach(c -> out.append("       ").append(w.get("notPriced")).append(": ").append(c).append("\n"));
            for (AffectedStage stage : a.stages()) {
                out.append("     ").append(w.get("text.stage", stage.stage().id()));
                if (stage.stage().name() != null) {
                    out.append("  ").append(stage.stage().name());
                }
                out.append("\n");
                if (!stage.reasons().isEmpty()) {
                    out.append("       ").append(w.get("impact.wholeStage")).append(": ").append(describe(stage.reasons())).append("\n");
                    if (!stage.stage().steps().isEmpty()) {
                        out.append("       ").append(w.get("impact.itsSteps")).append(": ").append(stage.stage().steps().stream().map(ImpactReport::stepWho)
                                .collect(Collectors.joining(", "))).append("\n");
                    }
                }
                for (AffectedTouchpoint t : stage.touchpoints()) {
                    out.append("       ").append(w.get("impact.touchpoint", t.touchpoint().channel())).append(" (").append(cellState(t, w)).append("): ")
                            .append(describe(t.reasons())).append("\n");
                }
                for (AffectedStep step : stage.steps()) {
                    out.append("       ").append(w.get("impact.step", step.step().id())).append(" (").append(stepWho(step)).append("): ")
                            .append(describe(step.reasons())).append("\n");
                }
            }
            for (AffectedItem item : a.items()) {
                out.append("     ").append(w.get("impact.item", item.key())).append(" (")
                        .append(item.reasons().stream().map(r -> r.touch().reference()).collect(Collectors.joining(", "))).append("): ")
                        .append(itemUses(item, w)).append("\n");
            }
        }

        out.append("\n").append(w.get("impact.related")).append("\n");
        if (impact.related().isEmpty()) {
            out.append("  ").append(w.get("text.none")).append("\n");
        }
        for (RelatedJourney r : impact.related()) {
            out.append("  ").append(r.label()).append("  ").append(r.journey().displayName())
                    .append(r.journey().key() ? "  (" + w.get("impact.keyJourney") + ")" : "").append("\n");
            r.shared().forEach(s -> out.append("     ").append(shared(s, w)).append("\n"));
        }

        if (!impact.unmatched().isEmpty()) {
            out.append("\n").append(w.get("impact.unmatched")).append("\n");
            impact.unmatched().forEach(u -> out.append("  ").append(u.touch().reference()).append(" '").append(u.touch().name())
                    .append("': ").append(u.explanation()).append("\n"));
        }

        out.append("\n").append(w.get("impact.checklistOf", significance(impact, w))).append("\n");
        for (ChecklistItem item : impact.checklist()) {
            out.append("  [").append(item.id()).append("] ").append(item.title()).append("\n");
            item.known().forEach(k -> out.append("     ").append(w.get("impact.known")).append(" ").append(k).append("\n"));
            item.toSupply().forEach(k -> out.append("     ").append(w.get("impact.supply")).append(" ").append(k).append("\n"));
        }
        if (!impact.notes().isEmpty()) {
            out.append("\n").append(w.get("notes")).append("\n");
            impact.notes().forEach(n -> out.append("  ").append(n).append("\n"));
        }
        return out.toString();
    }

    private static String classificationText(ChangeImpact impact, ReportWords w) {
        StringBuilder out = new StringBuilder();
        classification(out, impact, "", w);
        return out.toString();
    }

    private static String significance(ChangeImpact impact, ReportWords w) {
        return w.get("significance." + impact.classification().significance().word());
    }

    private static String planned(ChangeRequest change, ReportWords w) {
        return change.plannedDate() == null ? w.get("impact.noPlannedDate") : w.get("impact.plannedFor", w.figures().date(change.plannedDate()));
    }

    private static void classification(StringBuilder out, ChangeImpact impact, String indent, ReportWords w) {
        Classification decided = impact.classification().decided();
        if (impact.classification().forced()) {
            out.append(indent).append(w.get("impact.forced")).append(" ").append(decided.reason()).append("\n");
            Classification standard = impact.classification().standard();
            out.append(indent).append(w.get("impact.standardWouldBe", w.get("significance." + standard.significance().word()))).append(": ")
                    .append(standard.reason()).append("\n");
        } else {
            out.append(indent).append(decided.reason()).append("\n");
        }
    }

    private static String summaryLine(ChangeImpact impact, ReportWords w) {
        return w.get("impact.summaryLine", w.count(impact.affected().size(), "journey"), impact.keyJourneysAffected(), impact.related().size(),
                w.count(impact.unmatched().size(), "reference"));
    }

    private static String exposureTotals(ChangeImpact impact, ReportWords w) {
        StringBuilder out = new StringBuilder();
        Double volume = impact.volumePerMonth();
        out.append(volume == null ? w.get("impact.contactsNotKnownWhy") : w.get("impact.contactsAMonth", w.number(volume)));
        Map<String, BigDecimal> cost = impact.annualCost();
        if (cost.isEmpty()) {
            out.append("; ").append(w.get("impact.costNotPriced"));
        } else {
            out.append("; ").append(w.get("impact.handlingAYear", cost.entrySet().stream()
                    .map(e -> w.money(e.getValue(), e.getKey().isEmpty() ? null : e.getKey())).collect(Collectors.joining(" + "))));
        }
        return out.toString();
    }

    static String exposureLine(Exposure exposure, ReportWords w) {
        String contacts = exposure.volumePerMonth() == null ? w.get("impact.contactsNotKnown")
                : w.get("impact.contactsAMonth", w.number(exposure.volumePerMonth()));
        String cost = exposure.annualCost() == null ? w.get("impact.costNotPriced")
                : w.get("impact.handlingAYear", w.money(exposure.annualCost(), exposure.currency()));
        return contacts + ", " + cost;
    }

    private static String describe(List<Reason> reasons) {
        return reasons.stream().map(Reason::describe).collect(Collectors.joining("; "));
    }

    private static String cellState(AffectedTouchpoint t, ReportWords w) {
        String status = t.touchpoint().status() == null ? w.get("impact.statusNotGiven")
                : w.getOr("cell." + t.touchpoint().status().word(), t.touchpoint().status().word());
        return t.touchpoint().volumePerMonth() == null ? status
                : status + ", " + w.get("impact.aMonth", w.number(t.touchpoint().volumePerMonth()));
    }

    private static String stepWho(AffectedStep step) {
        return step.step().system() == null ? step.step().actor() : step.step().actor() + ", " + step.step().system();
    }

    /** {@code read-status (L1, system 3)} */
    private static String stepWho(org.journeyaudit.engine.journey.Step step) {
        return step.id() + " (" + (step.system() == null ? step.actor() : step.actor() + ", " + step.system()) + ")";
    }

    static String itemUses(AffectedItem item, ReportWords w) {
        List<String> parts = new ArrayList<>();
        if (!item.toldOn().isEmpty()) {
            parts.add(w.get("impact.toldOn") + " " + String.join(", ", item.toldOn()));
        }
        if (!item.askedBy().isEmpty()) {
            parts.add(w.get("impact.askedBy") + " " + String.join(", ", item.askedBy()));
        }
        if (!item.producedBy().isEmpty()) {
            parts.add(w.get("impact.producedBy") + " " + String.join(", ", item.producedBy()));
        }
        if (!item.usedBy().isEmpty()) {
            parts.add(w.get("impact.usedBy") + " " + String.join(", ", item.usedBy()));
        }
        if (!item.decidedBy().isEmpty()) {
            parts.add(w.get("impact.decisions") + " " + String.join(", ", item.decidedBy()));
        }
        return String.join("; ", parts);
    }

    static String shared(RelatedJourney.Shared s, ReportWords w) {
        return w.get("touch." + s.kind().word()) + " " + s.name() + " (" + w.get("impact.steps") + " " + String.join(", ", s.steps()) + ")"
                + (s.match() == null ? "" : ", " + s.match()) + ": " + w.get("impact.sharedWith") + " "
                + s.with().stream().map(u -> u.journey() + " (" + String.join(", ", u.steps()) + ")").collect(Collectors.joining(", "));
    }

    // ---------------------------------------------------------------- Markdown

    public static String markdown(ChangeImpact impact) {
        return markdown(impact, Language.EN);
    }

    public static String markdown(ChangeImpact impact, Language language) {
        ReportWords w = ReportWords.of(language);
        StringBuilder out = new StringBuilder();
        ChangeRequest change = impact.change();
        out.append("# ").append(w.get("impact.title", Markdown.text(change.title()))).append("\n\n");
        out.append(w.get("impact.mdChange", Markdown.code(change.id()), Markdown.code(change.type().word()))).append(", ").append(planned(change, w))
                .append("; ").append(w.get("impact.analysed", w.figures().date(impact.asOf()), w.count(impact.journeysAnalysed(), "journey")))
                .append(".\n\n");
        if (change.description() != null) {
            out.append(Markdown.paragraphs(change.description())).append("\n\n");
        }
        out.append("## ").append(w.get("impact.classification")).append(": ").append(significance(impact, w)).append("\n\n");
        out.append(Markdown.paragraphs(classificationText(impact, w))).append("\n");
        out.append("\n## ").append(w.get("summary")).append("\n\n");
        out.append("- ").append(Markdown.text(summaryLine(impact, w))).append("\n");
        out.append("- ").append(w.get("impact.mdExposed")).append(": ").append(Markdown.text(exposureTotals(impact, w))).append("\n\n");

        out.append("## ").append(w.get("impact.affected")).append("\n\n");
        if (impact.affected().isEmpty()) {
            out.append(w.get("md.none")).append("\n\n");
        } else {
            out.append(w.get("impact.affectedHeader")).append("\n");
            out.append("|---:|---|---|---:|---:|---:|---:|---:|---:|\n");
            for (AffectedJourney a : impact.affected()) {
                out.append("| ").append(a.rank()).append(" | ").append(Markdown.code(a.label())).append(" | ").append(a.journey().key() ? w.get("yes") : w.get("no"))
                        .append(" | ").append(a.stages().size()).append(" | ").append(a.touchpoints().size()).append(" | ")
                        .append(a.steps().size()).append(" | ").append(a.items().size()).append(" | ")
                        .append(a.exposure().volumePerMonth() == null ? w.get("impact.notKnown") : w.number(a.exposure().volumePerMonth()))
                        .append(" | ").append(Markdown.text(w.money(a.exposure().annualCost(), a.exposure().currency()))).append(" |\n");
            }
            out.append("\n");
            for (AffectedJourney a : impact.affected()) {
                out.append("### ").append(a.rank()).append(". ").append(Markdown.text(a.journey().displayName())).append(" (").append(Markdown.code(a.label()))
                        .append(")\n\n");
                out.append("- ").append(w.get("impact.mdExposure")).append(": ").append(Markdown.text(exposureLine(a.exposure(), w))).append("\n");
                a.exposure().costs().forEach(c -> out.append("  - ").append(Markdown.text(c)).append("\n"));
                a.exposure().notPriced().forEach(c -> out.append("  - ").append(w.get("notPriced")).append(": ").append(Markdown.text(c)).append("\n"));
                out.append("\n").append(w.get("impact.partsHeader")).append("\n|---|---|---|\n");
                for (AffectedStage stage : a.stages()) {
                    if (!stage.reasons().isEmpty()) {
                        out.append("| ").append(Markdown.text(stage.stage().id())).append(" | ").append(w.get("impact.wholeStage"));
                        if (!stage.stage().steps().isEmpty()) {
                            out.append(", ").append(w.get("impact.itsSteps")).append(" ").append(Markdown.text(stage.stage().steps().stream().map(ImpactReport::stepWho)
                                    .collect(Collectors.joining(", "))));
                        }
                        out.append(" | ").append(Markdown.text(describe(stage.reasons()))).append(" |\n");
                    }
                    for (AffectedTouchpoint t : stage.touchpoints()) {
                        out.append("| ").append(Markdown.text(stage.stage().id())).append(" | ").append(w.get("impact.touchpoint", Markdown.text(t.touchpoint().channel()))).append(" (")
                                .append(Markdown.text(cellState(t, w))).append(") | ").append(Markdown.text(describe(t.reasons()))).append(" |\n");
                    }
                    for (AffectedStep step : stage.steps()) {
                        out.append("| ").append(Markdown.text(stage.stage().id())).append(" | ").append(w.get("impact.step", Markdown.text(step.step().id()))).append(" (")
                                .append(Markdown.text(stepWho(step))).append(") | ").append(Markdown.text(describe(step.reasons()))).append(" |\n");
                    }
                }
                out.append("\n");
                for (AffectedItem item : a.items()) {
                    out.append("- ").append(w.get("impact.mdItem", Markdown.code(item.key()))).append(": ").append(Markdown.text(itemUses(item, w))).append("\n");
                }
                if (!a.items().isEmpty()) {
                    out.append("\n");
                }
            }
        }

        out.append("## ").append(w.get("impact.related")).append("\n\n");
        if (impact.related().isEmpty()) {
            out.append(w.get("md.none")).append("\n\n");
        } else {
            for (RelatedJourney r : impact.related()) {
                out.append("- ").append(Markdown.code(r.label())).append(r.journey().key() ? " (" + w.get("impact.keyJourney") + ")" : "").append(": ")
                        .append(Markdown.text(r.shared().stream().map(s -> shared(s, w)).collect(Collectors.joining("; ")))).append("\n");
            }
            out.append("\n");
        }
        if (!impact.unmatched().isEmpty()) {
            out.append("## ").append(w.get("impact.unmatched")).append("\n\n");
            impact.unmatched().forEach(u -> out.append("- ").append(Markdown.code(u.touch().reference())).append(" ").append(Markdown.text(u.touch().name()))
                    .append(": ").append(Markdown.text(u.explanation())).append("\n"));
            out.append("\n");
        }
        out.append("## ").append(w.get("impact.checklist")).append("\n\n");
        for (ChecklistItem item : impact.checklist()) {
            out.append("### ").append(Markdown.text(item.title())).append("\n\n");
            out.append(w.get("impact.mdKnown")).append("\n\n");
            item.known().forEach(k -> out.append("- ").append(Markdown.text(k)).append("\n"));
            out.append("\n").append(w.get("impact.mdToSupply")).append("\n\n");
            item.toSupply().forEach(k -> out.append("- [ ] ").append(Markdown.text(k)).append("\n"));
            out.append("\n");
        }
        if (!impact.notes().isEmpty()) {
            out.append("## ").append(w.get("notes")).append("\n\n");
            impact.notes().forEach(n -> out.append("- ").append(Markdown.text(n)).append("\n"));
        }
        return out.toString();
    }
}
