package org.journeyaudit.engine.report;

import java.util.LinkedHashSet;
import java.util.Set;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditSummary;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.recommend.CostToServe;
import org.journeyaudit.engine.recommend.InputSource;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The cost to serve of an audited journey as each report shows it: per stage and in total, with the formula of each
 * stage, which inputs are the document's, which the event log's (where the audit has one) and what is assumed; and the savings note of the summary (the total counts
 * each minute once; the recommendations' plain sum beside it when overlaps make it differ).
 */
final class CostToServeSection {

    private CostToServeSection() {
    }

    /** {@code  (each minute counted once; the recommendations add up to 131,040 GBP)}, or nothing when no overlap. */
    static String savingsNote(AuditSummary summary, Language language) {
        if (summary.annualSavingsPlainSum() == null) {
            return "";
        }
        ReportWords w = ReportWords.of(language);
        return w.get("cost.savingsNote", w.money(summary.annualSavingsPlainSum(), summary.currency()));
    }

    static String text(Audit audit, Language language) {
        CostToServe cost = CostToServe.of(audit.journey(), audit.observed(), language);
        ReportWords w = ReportWords.of(language);
        StringBuilder out = new StringBuilder("\n").append(w.get("cost.title")).append("\n");
        if (cost.total() == null) {
            return out.append("  ").append(w.get("cost.notPriced")).append("\n").toString();
        }
        out.append("  ").append(w.get("cost.total", w.money(cost.total(), cost.currency()))).append("\n");
        for (CostToServe.StageCost stage : cost.stages()) {
            out.append("  ").append(w.get("cost.stage", stage.stage())).append(": ");
            if (stage.total() == null) {
                out.append(w.get("cost.stageNotPriced")).append("\n");
            } else {
                out.append(w.get("cost.split", w.money(stage.total(), cost.currency()), money(w, stage.handling(), cost.currency()),
                        money(w, stage.backstage(), cost.currency()))).append("\n");
                out.append("       ").append(w.get("cost.formula", stage.formula())).append("\n");
                String measured = measured(stage);
                if (!measured.isEmpty()) {
                    out.append("       ").append(w.get("cost.measured", measured)).append("\n");
                }
                String observed = observed(stage);
                if (!observed.isEmpty()) {
                    out.append("       ").append(w.get("cost.observed", observed)).append("\n");
                }
            }
            for (String note : stage.notes()) {
                out.append("       ").append(w.get("cost.assumed", note)).append("\n");
            }
        }
        return out.toString();
    }

    static String markdown(Audit audit, Language language) {
        CostToServe cost = CostToServe.of(audit.journey(), audit.observed(), language);
        ReportWords w = ReportWords.of(language);
        StringBuilder out = new StringBuilder("## ").append(w.get("cost.title")).append("\n\n");
        if (cost.total() == null) {
            return out.append(w.get("cost.notPricedSentence")).append("\n\n").toString();
        }
        out.append(w.get("cost.totalMarkdown", Markdown.text(w.money(cost.total(), cost.currency())))).append("\n\n");
        out.append(w.get("cost.header")).append("\n");
        out.append("|---|---:|---:|---:|\n");
        for (CostToServe.StageCost stage : cost.stages()) {
            out.append("| ").append(Markdown.code(stage.stage())).append(" | ")
                    .append(cell(w, stage.handling(), cost.currency())).append(" | ")
                    .append(cell(w, stage.backstage(), cost.currency())).append(" | ")
                    .append(cell(w, stage.total(), cost.currency())).append(" |\n");
        }
        out.append("\n");
        for (CostToServe.StageCost stage : cost.stages()) {
            if (stage.formula() == null && stage.notes().isEmpty()) {
                continue;
            }
            out.append("- ").append(Markdown.code(stage.stage()));
            if (stage.formula() != null) {
                out.append(": ").append(Markdown.code(stage.formula()));
            }
            out.append("\n");
            String measured = measured(stage);
            if (!measured.isEmpty()) {
                out.append("  - ").append(w.get("cost.measuredItem", Markdown.text(measured))).append("\n");
            }
            String observed = observed(stage);
            if (!observed.isEmpty()) {
                out.append("  - ").append(w.get("cost.observedItem", Markdown.text(observed))).append("\n");
            }
            stage.notes().forEach(n -> out.append("  - ").append(w.get("cost.assumedItem", Markdown.text(n))).append("\n"));
        }
        out.append("\n");
        return out.toString();
    }

    /** The cost section of the JSON report, from the journey's cost to serve worked out in the report's language. */
    static ObjectNode json(CostToServe cost) {
        ObjectNode node = JsonReport.JSON.createObjectNode();
        node.put("total", cost.total());
        node.put("currency", cost.currency());
        ArrayNode stages = node.putArray("stages");
        for (CostToServe.StageCost stage : cost.stages()) {
            ObjectNode s = stages.addObject();
            s.put("stage", stage.stage());
            s.put("handling", stage.handling());
            s.put("backstage", stage.backstage());
            s.put("total", stage.total());
            s.put("formula", stage.formula());
            s.set("inputs", JsonReport.inputs(stage.inputs()));
            ArrayNode assumptions = s.putArray("assumptions");
            stage.notes().forEach(assumptions::add);
        }
        return node;
    }

    private static String money(ReportWords w, java.math.BigDecimal amount, String currency) {
        return amount == null ? "-" : w.money(amount, currency);
    }

    /** A table cell: the amount, or a dash where nothing could be priced. */
    private static String cell(ReportWords w, java.math.BigDecimal amount, String currency) {
        return amount == null ? "–" : Markdown.text(w.money(amount, currency));
    }

    /** The document fields the stage's figures come from. */
    private static String measured(CostToServe.StageCost stage) {
        return from(stage, InputSource.MEASURED);
    }

    /** What the event log gives of the stage's figures, the log named: empty without a log. */
    private static String observed(CostToServe.StageCost stage) {
        return from(stage, InputSource.OBSERVED);
    }

    private static String from(CostToServe.StageCost stage, InputSource source) {
        Set<String> from = new LinkedHashSet<>();
        stage.inputs().stream().filter(i -> i.source() == source).forEach(i -> from.add(i.from()));
        return String.join("; ", from);
    }
}
