package org.journeyaudit.engine.report.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One sheet as a table: a header row, frozen and filtered, then rows written cell by cell, each value in its own type
 * (text, number, amount, date), the columns as wide as their longest value allows.
 */
final class SheetTable {

    /** The most characters a cell holds in a spreadsheet. */
    static final int MAX_CELL_TEXT = 32_767;
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final List<Integer> widths = new ArrayList<>();
    private final int columns;
    private Row row;
    private int column;

    SheetTable(Sheet sheet, WorkbookStyles styles, List<String> header) {
        this.sheet = sheet;
        this.styles = styles;
        this.columns = header.size();
        row = sheet.createRow(0);
        for (String heading : header) {
            Cell cell = row.createCell(column++);
            cell.setCellValue(heading);
            cell.setCellStyle(styles.header());
            widen(heading.length() + 2);
        }
    }

    SheetTable row() {
        row = sheet.createRow(sheet.getLastRowNum() + 1);
        column = 0;
        return this;
    }

    /** A text cell, never a formula, whatever it starts with; an absent value leaves the cell empty. */
    SheetTable text(String value) {
        if (value == null) {
            return empty();
        }
        String written = value.length() > MAX_CELL_TEXT ? value.substring(0, MAX_CELL_TEXT - 1) + "…" : value;
        Cell cell = row.createCell(column);
        cell.setCellValue(written);
        cell.setCellStyle(styles.text(written));
        widen(written.length());
        column++;
        return this;
    }

    SheetTable number(double value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.number(value));
        widen(12);
        column++;
        return this;
    }

    /** An amount as a number in its currency's format; empty where the journey gives nothing to price it. */
    SheetTable money(BigDecimal amount, String currency) {
        if (amount == null) {
            return empty();
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(amount.doubleValue());
        cell.setCellStyle(styles.money(currency));
        widen(18);
        column++;
        return this;
    }

    SheetTable date(LocalDate value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.date());
        widen(12);
        column++;
        return this;
    }

    SheetTable filled(String value, WorkbookStyles.Fill fill) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.fill(fill));
        widen(value.length() + 2);
        column++;
        return this;
    }

    SheetTable empty() {
        column++;
        return this;
    }

    /** Freezes the header, filters the table and sizes the columns. */
    void finish() {
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(sheet.getLastRowNum(), 1), 0, columns - 1));
        for (int c = 0; c < widths.size(); c++) {
            sheet.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths.get(c))) * 256);
        }
    }

    private void widen(int characters) {
        while (widths.size() <= column) {
            widths.add(0);
        }
        widths.set(column, Math.max(widths.get(column), characters + 1));
    }
}
