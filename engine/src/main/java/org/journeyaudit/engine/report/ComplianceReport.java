package org.journeyaudit.engine.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.journeyaudit.engine.compliance.Cell;
import org.journeyaudit.engine.compliance.ComplianceMatrix;
import org.journeyaudit.engine.rulebase.RuleDescription;

/** The compliance matrix as text (terminal), Markdown and CSV (one row per journey, opens in a spreadsheet). */
public final class ComplianceReport {

    /** How many worst journeys and most broken rules the summaries list. */
    public static final int TOP = 5;

    private ComplianceReport() {
    }

    static String symbol(Cell cell) {
        return switch (cell) {
            case PASS -> "pass";
            case FAIL -> "FAIL";
            case SUPPRESSED -> "supp";
            case NOT_APPLICABLE -> "n/a";
        };
    }

    public static String text(ComplianceMatrix matrix) {
        StringBuilder out = new StringBuilder();
        out.append("Compliance: ").append(matrix.rows().size()).append(matrix.rows().size() == 1 ? " journey" : " journeys")
                .append(" x ").append(matrix.rules().size()).append(" rules, profile ").append(matrix.profile()).append("\n\n");
        for (int j = 0; j < matrix.rows().size(); j++) {
            ComplianceMatrix.Row row = matrix.rows().get(j);
            out.append(String.format(Locale.ROOT, "  J%-3d %s%n", j + 1, row.label()));
        }
        out.append("\n").append(String.format(Locale.ROOT, "  %-34s", "rule"));
        for (int j = 0; j < matrix.rows().size(); j++) {
            out.append(String.format(Locale.ROOT, " %5s", "J" + (j + 1)));
        }
        out.append(String.format(Locale.ROOT, "   %4s %4s %4s %4s%n", "pass", "fail", "supp", "n/a"));
        for (int r = 0; r < matrix.rules().size(); r++) {
            out.append(String.format(Locale.ROOT, "  %-34s", matrix.rules().get(r).id()));
            for (int j = 0; j < matrix.rows().size(); j++) {
                out.append(String.format(Locale.ROOT, " %5s", symbol(matrix.cell(j, r))));
            }
            Map<Cell, Integer> counts = matrix.ruleCounts(r);
            out.append(String.format(Locale.ROOT, "   %4d %4d %4d %4d%n", counts.get(Cell.PASS), counts.get(Cell.FAIL),
                    counts.get(Cell.SUPPRESSED), counts.get(Cell.NOT_APPLICABLE)));
        }
        out.append("\nPer journey (pass / fail / suppressed / n/a)\n");
        for (ComplianceMatrix.Row row : matrix.rows()) {
            Map<Cell, Integer> c = row.counts();
            out.append(String.format(Locale.ROOT, "  %-34s %3d %3d %3d %3d%n", row.label(), c.get(Cell.PASS), c.get(Cell.FAIL),
                    c.get(Cell.SUPPRESSED), c.get(Cell.NOT_APPLICABLE)));
        }
        out.append("\nWorst journeys\n");
        List<ComplianceMatrix.Row> worst = matrix.worstJourneys();
        if (worst.isEmpty()) {
            out.append("  none: every journey passes every rule that applies\n");
        }
        worst.stream().limit(TOP).forEach(row -> out.append("  ").append(row.label()).append(": fails ")
                .append(row.counts().get(Cell.FAIL)).append(row.counts().get(Cell.FAIL) == 1 ? " rule" : " rules")
                .append(", ").append(row.errors()).append(row.errors() == 1 ? " error finding" : " error findings").append("\n"));
        out.append("\nMost broken rules\n");
        List<RuleDescription> broken = matrix.mostBrokenRules();
        if (broken.isEmpty()) {
            out.append("  none\n");
        }
        broken.stream().limit(TOP).forEach(rule -> out.append("  ").append(rule.id()).append(": failed by ")
                .append(matrix.failures(rule)).append(" of ").append(matrix.rows().size()).append(" (").append(rule.title()).append(")\n"));
        return out.toString();
    }

    public static String markdown(ComplianceMatrix matrix) {
        StringBuilder out = new StringBuilder("# Compliance report\n\n");
        out.append(matrix.rows().size()).append(matrix.rows().size() == 1 ? " journey" : " journeys").append(" against ")
                .append(matrix.rules().size()).append(" rules, profile ").append(Markdown.code(matrix.profile())).append(".\n\n");
        out.append("| Rule |");
        matrix.rows().forEach(r -> out.append(" ").append(Markdown.code(r.label())).append(" |"));
        out.append(" Pass | Fail | Suppressed | N/A |\n|---|");
        matrix.rows().forEach(r -> out.append("---|"));
        out.append("---:|---:|---:|---:|\n");
        for (int r = 0; r < matrix.rules().size(); r++) {
            out.append("| ").append(Markdown.code(matrix.rules().get(r).id())).append(" |");
            for (int j = 0; j < matrix.rows().size(); j++) {
                Cell c = matrix.cell(j, r);
                out.append(" ").append(c == Cell.FAIL ? "**fail**" : c.word()).append(" |");
            }
            Map<Cell, Integer> counts = matrix.ruleCounts(r);
            out.append(" ").append(counts.get(Cell.PASS)).append(" | ").append(counts.get(Cell.FAIL)).append(" | ")
                    .append(counts.get(Cell.SUPPRESSED)).append(" | ").append(counts.get(Cell.NOT_APPLICABLE)).append(" |\n");
        }
        out.append("\n## Per journey\n\n| Journey | Pass | Fail | Suppressed | N/A |\n|---|---:|---:|---:|---:|\n");
        for (ComplianceMatrix.Row row : matrix.rows()) {
            Map<Cell, Integer> c = row.counts();
            out.append("| ").append(Markdown.code(row.label())).append(" | ").append(c.get(Cell.PASS)).append(" | ").append(c.get(Cell.FAIL))
                    .append(" | ").append(c.get(Cell.SUPPRESSED)).append(" | ").append(c.get(Cell.NOT_APPLICABLE)).append(" |\n");
        }
        out.append("\n## Worst journeys\n\n");
        List<ComplianceMatrix.Row> worst = matrix.worstJourneys();
        if (worst.isEmpty()) {
            out.append("None.\n");
        }
        worst.stream().limit(TOP).forEach(row -> out.append("1. ").append(Markdown.code(row.label())).append(": fails ")
                .append(row.counts().get(Cell.FAIL)).append(" rules, ").append(row.errors()).append(" error findings\n"));
        out.append("\n## Most broken rules\n\n");
        List<RuleDescription> broken = matrix.mostBrokenRules();
        if (broken.isEmpty()) {
            out.append("None.\n");
        }
        broken.stream().limit(TOP).forEach(rule -> out.append("1. ").append(Markdown.code(rule.id())).append(": failed by ")
                .append(matrix.failures(rule)).append(" of ").append(matrix.rows().size()).append(" (").append(Markdown.text(rule.title())).append(")\n"));
        return out.toString();
    }

    /** One row per journey: its id, version, then a cell per rule, then its counts. */
    public static String csv(ComplianceMatrix matrix) {
        StringWriter out = new StringWriter();
        List<String> header = new ArrayList<>(List.of("journey", "version"));
        matrix.rules().forEach(r -> header.add(r.id()));
        header.addAll(List.of("pass", "fail", "suppressed", "not-applicable"));
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (ComplianceMatrix.Row row : matrix.rows()) {
                List<Object> record = new ArrayList<>();
                record.add(row.audit().journey().id());
                record.add(row.audit().journey().version() == null ? "" : row.audit().journey().version());
                row.cells().forEach(c -> record.add(c.word()));
                Map<Cell, Integer> counts = row.counts();
                record.add(counts.get(Cell.PASS));
                record.add(counts.get(Cell.FAIL));
                record.add(counts.get(Cell.SUPPRESSED));
                record.add(counts.get(Cell.NOT_APPLICABLE));
                printer.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
