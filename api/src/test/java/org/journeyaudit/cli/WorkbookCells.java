package org.journeyaudit.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A workbook read back cell by cell, each cell as its type and value ({@code n:5030640}, {@code s:F1}, {@code d:2026-11-22}). */
record WorkbookCells(Workbook workbook) implements AutoCloseable {

    static WorkbookCells read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new WorkbookCells(new XSSFWorkbook(in));
        }
    }

    List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    Sheet sheet(String name) {
        return workbook.getSheet(name);
    }

    /** A row as typed cells, empty cells as {@code -}. */
    List<String> row(String sheet, int index) {
        Row row = workbook.getSheet(sheet).getRow(index);
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(typed(row.getCell(c)));
        }
        return cells;
    }

    List<List<String>> rows(String sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= workbook.getSheet(sheet).getLastRowNum(); r++) {
            rows.add(row(sheet, r));
        }
        return rows;
    }

    static String typed(Cell cell) {
        if (cell == null) {
            return "-";
        }
        return switch (cell.getCellType()) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? "d:" + cell.getLocalDateTimeCellValue().toLocalDate()
                    : "n:" + (cell.getNumericCellValue() == Math.rint(cell.getNumericCellValue())
                            ? String.valueOf((long) cell.getNumericCellValue()) : String.valueOf(cell.getNumericCellValue()));
            case STRING -> "s:" + cell.getStringCellValue();
            case FORMULA -> "f:" + cell.getCellFormula();
            case BLANK -> "-";
            default -> cell.getCellType().name();
        };
    }

    @Override
    public void close() throws Exception {
        workbook.close();
    }
}
