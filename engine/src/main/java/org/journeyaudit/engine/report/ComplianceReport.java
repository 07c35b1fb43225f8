package org.journeyaudit.engine.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVPrinter;
import org.journeyaudit.engine.compliance.Cell;
import org.journeyaudit.engine.compliance.ComplianceMatrix;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.rulebase.RuleDescription;

/** The compliance matrix as text (terminal), Markdown and CSV (one row per journey, opens in a spreadsheet). */
public final class ComplianceReport {

    /** How many worst journeys and most broken rules the summaries list. */
    public static final int TOP = 5;

    private ComplianceReport() {
    }

    /** A cell as the terminal matrix shows it: {@code pass}, {@code FAIL}, {@code supp}, {@code n/a}, five characters at most. */
    static String symbol(Cell cell, ReportWords w) {
        return w.get("compliance.symbol." + key(cell));
    }

    /** A cell in words: {@code pass}, {@code fail}, {@code suppressed}, {@code n/a}. */
    public static String cellWord(Cell cell, ReportWords w) {
        return w.get("compliance.cell." + key(cell));
    }

    private static String key(Cell cell) {
        return switch (cell) {
            case PASS -> "pass";
            case FAIL -> "fail";
            case SUPPRESSED -> "suppressed";
            case NOT_APPLICABLE -> "notApplicable";
        };
    }

    public static String text(ComplianceMatrix matrix) {
        return text(matrix, Language.EN);
    }

    public static String text(ComplianceMatrix matrix, Language language) {
        ReportWords w = ReportWords.of(language);
        StringBuilder out = new StringBuilder();
        out.append(w.get("compliance.textTitle", w.count(matrix.rows().size(), "journey"), w.count(matrix.rules().size(), "rule"),
                matrix.profile())).append("\n\n");
        String journey = w.get("compliance.journeyMark");
        for (int j = 0; j < matrix.rows().size(); j++) {
            ComplianceMatrix.Row row = matrix.rows().get(j);
            out.append(String.format(Locale.ROOT, "  %-4s %s%n", journey + (j + 1), row.label()));
        }
        out.append("\n").append(String.format(Locale.ROOT, "  %-34s", w.get("compliance.rule")));
        for (int j = 0; j < matrix.rows().size(); j++) {
            out.append(String.format(Locale.ROOT, " %5s", journey + (j + 1)));
        }
        out.append(String.format(Locale.ROOT, "   %4s %4s %4s %4s%n", symbol(Cell.PASS, w), w.get("compliance.symbol.failColumn"),
                symbol(Cell.SUPPRESSED, w), symbol(Cell.NOT_APPLICABLE, w)));
        for (int r = 0; r < matrix.rules().size(); r++) {
            out.append(String.format(Locale.ROOT, "  %-34s", matrix.rules().get(r).id()));
            for (int j = 0; j < matrix.rows().size(); j++) {
                out.append(String.format(Locale.ROOT, " %5s", symbol(matrix.cell(j, r), w)));
            }
            Map<Cell, Integer> counts = matrix.ruleCounts(r);
            out.append(String.format(Locale.ROOT, "   %4d %4d %4d %4d%n", counts.get(Cell.PASS), counts.get(Cell.FAIL),
                    counts.get(Cell.SUPPRESSED), counts.get(Cell.NOT_APPLICABLE)));
        }
        out.append("\n").append(w.get("compliance.perJourneyCounts")).append("\n");
        for (ComplianceMatrix.Row row : matrix.rows()) {
            Map<Cell, Integer> c = row.counts();
            out.append(String.format(Locale.ROOT, "  %-34s %3d %3d %3d %3d%n", row.label(), c.get(Cell.PASS), c.get(Cell.FAIL),
                    c.get(Cell.SUPPRESSED), c.get(Cell.NOT_APPLICABLE)));
        }
        out.append("\n").append(w.get("compliance.worstJourneys")).append("\n");
        List<ComplianceMatrix.Row> worst = matrix.worstJourneys();
        if (worst.isEmpty()) {
            out.append("  ").append(w.get("compliance.noWorst")).append("\n");
        }
        worst.stream().limit(TOP).forEach(row -> out.append("  ").append(row.label()).append(": ")
                .append(w.get("compliance.fails", w.count(row.counts().get(Cell.FAIL), "rule"), w.count(row.errors(), "errorFinding")))
                .append("\n"));
        out.append("\n").append(w.get("compliance.mostBroken")).append("\n");
        List<RuleDescription> broken = matrix.mostBrokenRules();
        if (broken.isEmpty()) {
            out.append("  ").append(w.get("text.none")).append("\n");
        }
        broken.stream().limit(TOP).forEach(rule -> out.append("  ").append(rule.id()).append(": ")
                .append(w.get("compliance.failedBy", matrix.failures(rule), matrix.rows().size())).append(" (").append(rule.title()).append(")\n"));
        return out.toString();
    }

    public static String markdown(ComplianceMatrix matrix) {
        return markdown(matrix, Language.EN);
    }

    public static String markdown(ComplianceMatrix matrix, Language language) {
        ReportWords w = ReportWords.of(language);
        StringBuilder out = new StringBuilder("# ").append(w.get("compliance.mdTitle")).append("\n\n");
        out.append(w.get("compliance.mdIntro", w.count(matrix.rows().size(), "journey"), w.count(matrix.rules().size(), "rule"),
                Markdown.code(matrix.profile()))).append("\n\n");
        String counts = " " + w.get("compliance.column.pass") + " | " + w.get("compliance.column.fail") + " | "
                + w.get("compliance.column.suppressed") + " | " + w.get("compliance.column.notApplicable") + " |";
        out.append("| ").append(w.get("compliance.column.rule")).append(" |");
        matrix.rows().forEach(r -> out.append(" ").append(Markdown.code(r.label())).append(" |"));
        out.append(counts).append("\n|---|");
        matrix.rows().forEach(r -> out.append("---|"));
        out.append("---:|---:|---:|---:|\n");
        for (int r = 0; r < matrix.rules().size(); r++) {
            out.append("| ").append(Markdown.code(matrix.rules().get(r).id())).append(" |");
            for (int j = 0; j < matrix.rows().size(); j++) {
                Cell c = matrix.cell(j, r);
                out.append(" ").append(c == Cell.FAIL ? "**" + cellWord(c, w) + "**" : cellWord(c, w)).append(" |");
            }
            Map<Cell, Integer> ruleCounts = matrix.ruleCounts(r);
            out.append(" ").append(ruleCounts.get(Cell.PASS)).append(" | ").append(ruleCounts.get(Cell.FAIL)).append(" | ")
                    .append(ruleCounts.get(Cell.SUPPRESSED)).append(" | ").append(ruleCounts.get(Cell.NOT_APPLICABLE)).append(" |\n");
        }
        out.append("\n## ").append(w.get("compliance.perJourney")).append("\n\n| ").append(w.get("compliance.column.journey")).append(" |")
                .append(counts).append("\n|---|---:|---:|---:|---:|\n");
        for (ComplianceMatrix.Row row : matrix.rows()) {
            Map<Cell, Integer> c = row.counts();
            out.append("| ").append(Markdown.code(row.label())).append(" | ").append(c.get(Cell.PASS)).append(" | ").append(c.get(Cell.FAIL))
                    .append(" | ").append(c.get(Cell.SUPPRESSED)).append(" | ").append(c.get(Cell.NOT_APPLICABLE)).append(" |\n");
        }
        out.append("\n## ").append(w.get("compliance.worstJourneys")).append("\n\n");
        List<ComplianceMatrix.Row> worst = matrix.worstJourneys();
        if (worst.isEmpty()) {
            out.append(w.get("md.none")).append("\n");
        }
        worst.stream().limit(TOP).forEach(row -> out.append("1. ").append(Markdown.code(row.label())).append(": ")
                .append(w.get("compliance.mdFails", row.counts().get(Cell.FAIL), row.errors())).append("\n"));
        out.append("\n## ").append(w.get("compliance.mostBroken")).append("\n\n");
        List<RuleDescription> broken = matrix.mostBrokenRules();
        if (broken.isEmpty()) {
            out.append(w.get("md.none")).append("\n");
        }
        broken.stream().limit(TOP).forEach(rule -> out.append("1. ").append(Markdown.code(rule.id())).append(": ")
                .append(w.get("compliance.failedBy", matrix.failures(rule), matrix.rows().size())).append(" (").append(Markdown.text(rule.title())).append(")\n"));
        return out.toString();
    }

    /**
     * One row per journey: its id, version, then a cell per rule, then its counts. The header's own columns and the
     * cells are in the report's language; the rule ids are identifiers and stay as they are.
     */
    public static String csv(ComplianceMatrix matrix) {
        return csv(matrix, Language.EN);
    }

    public static String csv(ComplianceMatrix matrix, Language language) {
        return csv(matrix, language, CsvDialect.PLAIN);
    }

    public static String csv(ComplianceMatrix matrix, Language language, CsvDialect dialect) {
        ReportWords w = ReportWords.of(language);
        StringWriter out = new StringWriter();
        out.write(dialect.start());
        List<String> header = new ArrayList<>(List.of(w.get("compliance.csv.journey"), w.get("compliance.csv.version")));
        matrix.rules().forEach(r -> header.add(r.id()));
        header.addAll(List.of(w.get("compliance.csv.pass"), w.get("compliance.csv.fail"), w.get("compliance.csv.suppressed"),
                w.get("compliance.csv.notApplicable")));
        try (CSVPrinter printer = new CSVPrinter(out, dialect.format(header.stream().map(dialect::text).toArray(String[]::new)))) {
            for (ComplianceMatrix.Row row : matrix.rows()) {
                List<Object> record = new ArrayList<>();
                record.add(dialect.text(row.audit().journey().id()));
                record.add(row.audit().journey().version() == null ? "" : dialect.text(row.audit().journey().version()));
                row.cells().forEach(c -> record.add(cellWord(c, w)));
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
