package org.journeyaudit.engine.report.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeyaudit.engine.compliance.Cell;
import org.journeyaudit.engine.compliance.ComplianceMatrix;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.report.ComplianceReport;
import org.journeyaudit.engine.report.ReportWords;
import org.journeyaudit.engine.rulebase.RuleDescription;

/**
 * The compliance matrix as a workbook: a Compliance sheet, one row per journey and a coloured cell per rule (as the CSV
 * has them) with the counts as numbers, and a Rules sheet, one row per rule with its title and counts.
 */
public final class ComplianceWorkbook {

    private ComplianceWorkbook() {
    }

    public static byte[] of(ComplianceMatrix matrix, Language language) {
        ReportWords w = ReportWords.of(language);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            List<String> counts = List.of(w.get("compliance.column.pass"), w.get("compliance.column.fail"),
                    w.get("compliance.column.suppressed"), w.get("compliance.column.notApplicable"));
            List<String> header = new ArrayList<>(List.of(w.get("workbook.journey"), w.get("workbook.version"), w.get("workbook.asOf")));
            matrix.rules().forEach(r -> header.add(r.id()));
            header.addAll(counts);
            SheetTable journeys = new SheetTable(workbook.createSheet(w.get("workbook.sheet.compliance")), styles, header);
            for (ComplianceMatrix.Row row : matrix.rows()) {
                journeys.row().text(row.audit().journey().id()).text(row.audit().journey().version()).date(row.audit().asOf());
                row.cells().forEach(c -> journeys.filled(ComplianceReport.cellWord(c, w), fill(c)));
                counts(journeys, row.counts());
            }
            journeys.finish();
            List<String> ruleHeader = new ArrayList<>(List.of(w.get("compliance.column.rule"), w.get("workbook.title.rule")));
            ruleHeader.addAll(counts);
            SheetTable rules = new SheetTable(workbook.createSheet(w.get("workbook.sheet.rules")), styles, ruleHeader);
            for (int r = 0; r < matrix.rules().size(); r++) {
                RuleDescription rule = matrix.rules().get(r);
                counts(rules.row().text(rule.id()).text(rule.title()), matrix.ruleCounts(r));
            }
            rules.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void counts(SheetTable table, Map<Cell, Integer> counts) {
        table.number(counts.get(Cell.PASS)).number(counts.get(Cell.FAIL)).number(counts.get(Cell.SUPPRESSED))
                .number(counts.get(Cell.NOT_APPLICABLE));
    }

    private static WorkbookStyles.Fill fill(Cell cell) {
        return switch (cell) {
            case PASS -> WorkbookStyles.Fill.GREEN;
            case FAIL -> WorkbookStyles.Fill.RED;
            case SUPPRESSED -> WorkbookStyles.Fill.AMBER;
            case NOT_APPLICABLE -> WorkbookStyles.Fill.GREY;
        };
    }
}
