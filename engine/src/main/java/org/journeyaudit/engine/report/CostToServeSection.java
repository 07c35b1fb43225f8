package org.journeyaudit.engine.report;

import java.util.LinkedHashSet;
import java.util.Set;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditSummary;
import org.journeyaudit.engine.language.Figures;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.recommend.CostToServe;
import org.journeyaudit.engine.recommend.ImpactInput;
import org.journeyaudit.engine.recommend.InputSource;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The cost to serve of an audited journey as each report shows it: per stage and in total, with the formula of each
 * stage, which inputs are the document's and what is assumed; and the savings note of the summary (the total counts
 * each minute once; the recommendations' plain sum beside it when overlaps make it differ).
 */
final class CostToServeSection {

    private CostToServeSection() {
    }

    /** {@code ; each minute counted once (the recommendations add up to 131,040 GBP)}, or nothing when no overlap. */
    static String savingsNote(AuditSummary summary, Language language) {
        if (summary.annualSavingsPlainSum() == null) {
            return "";
        }
        String sum = Figures.of(language).money(summary.annualSavingsPlainSum(), summary.currency());
        return language == Language.RU ? " (каждая минута учтена один раз; сумма рекомендаций " + sum + ")"
                : " (each minute counted once; the recommendations add up to " + sum + ")";
    }

    static String text(Audit audit, Language language) {
        CostToServe cost = CostToServe.of(audit.journey(), language);
        Figures figures = Figures.of(language);
        boolean ru = language == Language.RU;
        StringBuilder out = new StringBuilder(ru ? "\nСтоимость обслуживания\n" : "\nCost to serve\n");
        if (cost.total() == null) {
            out.append(ru ? "  не оценена: в пути клиента нет объёмов, времени обработки или стоимости минуты\n"
                    : "  not priced: the journey gives no volumes, handling times or costs per minute\n");
            return out.toString();
        }
        out.append(ru ? "  всего " : "  total ").append(figures.money(cost.total(), cost.currency())).append(ru ? " в год\n" : " a year\n");
        for (CostToServe.StageCost stage : cost.stages()) {
            out.append(ru ? "  этап " : "  stage ").append(stage.stage()).append(": ");
            if (stage.total() == null) {
                out.append(ru ? "не оценена" : "not priced").append("\n");
            } else {
                out.append(figures.money(stage.total(), cost.currency())).append(" (")
                        .append(ru ? "обработка обращений " : "handling ").append(money(figures, stage.handling(), cost.currency()))
                        .append(ru ? ", бэк-офис " : ", backstage ").append(money(figures, stage.backstage(), cost.currency())).append(")\n");
                out.append(ru ? "       формула: " : "       formula: ").append(stage.formula()).append("\n");
                String measured = measured(stage);
                if (!measured.isEmpty()) {
                    out.append(ru ? "       по данным документа: " : "       measured: ").append(measured).append("\n");
                }
            }
            for (String note : stage.notes()) {
                out.append(ru ? "       допущение: " : "       assumed: ").append(note).append("\n");
            }
        }
        return out.toString();
    }

    static String markdown(Audit audit, Language language) {
        CostToServe cost = CostToServe.of(audit.journey(), language);
        Figures figures = Figures.of(language);
        boolean ru = language == Language.RU;
        StringBuilder out = new StringBuilder(ru ? "## Стоимость обслуживания\n\n" : "## Cost to serve\n\n");
        if (cost.total() == null) {
            out.append(ru ? "Не оценена: в пути клиента нет объёмов, времени обработки или стоимости минуты.\n\n"
                    : "Not priced: the journey gives no volumes, handling times or costs per minute.\n\n");
            return out.toString();
        }
        out.append(ru ? "Всего **" : "Total **").append(Markdown.text(figures.money(cost.total(), cost.currency())))
                .append(ru ? "** в год.\n\n" : "** a year.\n\n");
        out.append(ru ? "| Этап | Обработка обращений | Бэк-офис | Всего |\n" : "| Stage | Handling | Backstage | Total |\n");
        out.append("|---|---:|---:|---:|\n");
        for (CostToServe.StageCost stage : cost.stages()) {
            out.append("| ").append(Markdown.code(stage.stage())).append(" | ")
                    .append(cell(figures, stage.handling(), cost.currency())).append(" | ")
                    .append(cell(figures, stage.backstage(), cost.currency())).append(" | ")
                    .append(cell(figures, stage.total(), cost.currency())).append(" |\n");
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
                out.append(ru ? "  - По данным документа: " : "  - Measured: ").append(Markdown.text(measured)).append("\n");
            }
            stage.notes().forEach(n -> out.append(ru ? "  - Допущение: " : "  - Assumed: ").append(Markdown.text(n)).append("\n"));
        }
        out.append("\n");
        return out.toString();
    }

    static ObjectNode json(Audit audit, Language language) {
        CostToServe cost = CostToServe.of(audit.journey(), language);
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
            ArrayNode inputs = s.putArray("inputs");
            for (ImpactInput input : stage.inputs()) {
                ObjectNode i = inputs.addObject();
                i.put("name", input.name());
                JsonReport.number(i, "value", input.value());
                i.put("unit", input.unit());
                i.put("source", input.source().word());
                i.put("from", input.from());
            }
            ArrayNode assumptions = s.putArray("assumptions");
            stage.notes().forEach(assumptions::add);
        }
        return node;
    }

    private static String money(Figures figures, java.math.BigDecimal amount, String currency) {
        return amount == null ? "-" : figures.money(amount, currency);
    }

    /** A table cell: the amount, or a dash where nothing could be priced. */
    private static String cell(Figures figures, java.math.BigDecimal amount, String currency) {
        return amount == null ? "–" : Markdown.text(figures.money(amount, currency));
    }

    /** The document fields the stage's figures come from. */
    private static String measured(CostToServe.StageCost stage) {
        Set<String> from = new LinkedHashSet<>();
        stage.inputs().stream().filter(i -> i.source() == InputSource.MEASURED).forEach(i -> from.add(i.from()));
        return String.join("; ", from);
    }
}
