package org.journeyaudit.engine.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.report.TextReport;

/** Workbooks and CSV files written for the tests, and what an import of them gives, as text. */
final class TestGrids {

    /** One sheet: its name, its rows, and its merged regions ({@code "B2:C2"}). */
    record SheetSpec(String name, String[][] rows, String... merged) {
    }

    private TestGrids() {
    }

    static Path xlsx(Path dir, String file, SheetSpec... sheets) throws IOException {
        Path path = dir.resolve(file);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(path)) {
            for (SheetSpec spec : sheets) {
                Sheet sheet = workbook.createSheet(spec.name());
                for (int r = 0; r < spec.rows().length; r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < spec.rows()[r].length; c++) {
                        if (spec.rows()[r][c] != null && !spec.rows()[r][c].isEmpty()) {
                            row.createCell(c).setCellValue(spec.rows()[r][c]);
                        }
                    }
                }
                for (String region : spec.merged()) {
                    sheet.addMergedRegion(CellRangeAddress.valueOf(region));
                }
            }
            workbook.write(out);
        }
        return path;
    }

    static Path xlsx(Path dir, String file, String sheet, String[][] rows, String... merged) throws IOException {
        return xlsx(dir, file, new SheetSpec(sheet, rows, merged));
    }

    static ImportedJourney imported(Path file) {
        return JourneyImport.read(file, JourneyImport.Options.defaults());
    }

    static List<String> unmapped(ImportedJourney imported) {
        return imported.unmapped().stream().map(Unmapped::toString).toList();
    }

    /** The refusal as the command line prints it: {@code file: Sheet1!C7: message}, one a line. */
    static String refusal(InvalidDocumentException refused) {
        return TextReport.problems(refused.source(), refused.problems(), true);
    }
}
