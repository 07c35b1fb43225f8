package org.journeyaudit.engine.spreadsheet;

/**
 * A cell, or a line of a cell, the import could not place in the journey: where it is ({@code Sheet1!C7},
 * {@code data.csv!C7}) and why, so that nothing a consultant wrote is dropped unseen.
 */
public record Unmapped(String where, String why) {

    /** The row the cell is in, counted from 1 as a spreadsheet counts; 0 when the location names no cell. */
    public int row() {
        String cell = where.substring(where.lastIndexOf('!') + 1);
        String digits = cell.replaceAll("^[A-Z]+", "");
        return digits.matches("\\d+") ? Integer.parseInt(digits) : 0;
    }

    /** The column the cell is in, counted from 1 ({@code A} is 1); 0 when the location names no cell. */
    public int column() {
        String cell = where.substring(where.lastIndexOf('!') + 1);
        String letters = cell.replaceAll("\\d+$", "");
        int column = 0;
        for (char c : letters.toCharArray()) {
            if (c < 'A' || c > 'Z') {
                return 0;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column;
    }

    /** Cells in the order a reader goes through the sheet: row by row, left to right. */
    static final java.util.Comparator<Unmapped> SHEET_ORDER = java.util.Comparator.comparingInt(Unmapped::row)
            .thenComparingInt(Unmapped::column);

    @Override
    public String toString() {
        return where + ": " + why;
    }
}
