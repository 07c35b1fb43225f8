package org.journeyaudit.engine.spreadsheet;

import java.util.List;

/**
 * One sheet of a workbook, or one CSV file, as the text a consultant sees in each cell: rows and columns
 * counted from 0, a merged region's cells holding its anchor's text and knowing their anchor, so that a
 * stage header spanning several columns reads as one stage.
 */
public final class Grid {

    /** Anchors are written {@code row * ANCHOR_ROW + column}: columns stay far below it. */
    static final int ANCHOR_ROW = 65536;

    private final String name;
    private final String[][] cells;
    private final int[][] anchors;
    private final boolean keepsMerges;
    private final int columns;

    /**
     * {@code cells[row][column]}, rows of any length; {@code anchors[row][column]} is the anchor of the
     * merged region the cell lies in as {@code row * 65536 + column}, or -1. {@code keepsMerges} is false
     * for a CSV file, which cannot hold merged cells.
     */
    Grid(String name, String[][] cells, int[][] anchors, boolean keepsMerges) {
        this.name = name;
        this.cells = cells;
        this.anchors = anchors;
        this.keepsMerges = keepsMerges;
        int most = 0;
        for (String[] row : cells) {
            most = Math.max(most, row.length);
        }
        this.columns = most;
    }

    /** The sheet's name, or the CSV file's name: what a location names before the {@code !}. */
    public String name() {
        return name;
    }

    public int rows() {
        return cells.length;
    }

    public int columns() {
        return columns;
    }

    /** The cell's text, trimmed; {@code null} for an empty cell or one outside the grid. */
    public String text(int row, int column) {
        if (row < 0 || row >= cells.length || column < 0 || column >= cells[row].length) {
            return null;
        }
        String text = cells[row][column];
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Whether the grid can say which cells are merged: a workbook can, a CSV file cannot. */
    public boolean keepsMerges() {
        return keepsMerges;
    }

    /** The column of the anchor of the merged region holding the cell, or the cell's own column. */
    public int anchorColumn(int row, int column) {
        int anchor = anchor(row, column);
        return anchor < 0 ? column : anchor % ANCHOR_ROW;
    }

    /** The row of the anchor of the merged region holding the cell, or the cell's own row. */
    public int anchorRow(int row, int column) {
        int anchor = anchor(row, column);
        return anchor < 0 ? row : anchor / ANCHOR_ROW;
    }

    /** Whether the cell lies in a merged region and is not its anchor: its text is the anchor's, written once. */
    public boolean mergedCopy(int row, int column) {
        return anchorRow(row, column) != row || anchorColumn(row, column) != column;
    }

    private int anchor(int row, int column) {
        if (anchors == null || row < 0 || row >= anchors.length || column < 0 || column >= anchors[row].length) {
            return -1;
        }
        return anchors[row][column];
    }

    /** Where a cell is, as a spreadsheet names it: {@code Sheet1!C7}. */
    public String location(int row, int column) {
        return name + "!" + columnLetters(column) + (row + 1);
    }

    /** {@code A} for column 0, {@code Z} for 25, {@code AA} for 26. */
    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }

    /**
     * The cells of a row from {@code fromColumn} on that hold text of their own, as column indexes: the cells
     * of a merged region other than its anchor hold the anchor's text, not their own.
     */
    List<Integer> ownTextColumns(int row, int fromColumn) {
        return filledColumns(row, fromColumn).stream().filter(c -> !mergedCopy(row, c)).toList();
    }

    /** The filled cells of a row from {@code fromColumn} on, as column indexes. */
    List<Integer> filledColumns(int row, int fromColumn) {
        java.util.ArrayList<Integer> filled = new java.util.ArrayList<>();
        for (int c = fromColumn; c < columns(); c++) {
            if (text(row, c) != null) {
                filled.add(c);
            }
        }
        return filled;
    }
}
