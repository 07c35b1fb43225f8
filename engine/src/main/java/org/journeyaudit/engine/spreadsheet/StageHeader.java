package org.journeyaudit.engine.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The stages a header row names, left to right from column B: a header cell starts a stage, a merged header
 * spanning several columns is one stage over all of them, and in a CSV file (which cannot keep a merged cell,
 * and so writes its text once followed by empty cells) an empty header cell continues the stage on its left.
 * In a workbook, a column under an empty header cell outside any merged region has no stage.
 */
final class StageHeader {

    /** One stage of the header: its name as written, where it is written, and its columns. */
    record HeaderStage(String name, String where, List<Integer> columns) {
    }

    final int row;
    final List<HeaderStage> stages = new ArrayList<>();
    /** Columns from B on that belong to no stage. */
    final Set<Integer> stageless = new TreeSet<>();
    private final int[] stageOfColumn;

    StageHeader(Grid grid, int row) {
        this.row = row;
        int columns = grid.columns();
        stageOfColumn = new int[columns];
        java.util.Arrays.fill(stageOfColumn, -1);
        for (int c = 1; c < columns; c++) {
            String text = grid.text(row, c);
            if (grid.mergedCopy(row, c) && grid.anchorRow(row, c) == row && grid.anchorColumn(row, c) >= 1
                    && stageOfColumn[grid.anchorColumn(row, c)] >= 0) {
                join(stageOfColumn[grid.anchorColumn(row, c)], c);
            } else if (text != null) {
                stages.add(new HeaderStage(text, grid.location(row, c), new ArrayList<>()));
                join(stages.size() - 1, c);
            } else if (!grid.keepsMerges() && !stages.isEmpty()) {
                join(stages.size() - 1, c);
            } else {
                stageless.add(c);
            }
        }
        // columns after the last stage that a CSV file continued hold nothing of it when they are empty below
    }

    private void join(int stage, int column) {
        stages.get(stage).columns().add(column);
        stageOfColumn[column] = stage;
    }

    /** The index of the stage a column belongs to, or -1. */
    int stageOf(int column) {
        return column >= 0 && column < stageOfColumn.length ? stageOfColumn[column] : -1;
    }

    /**
     * The row a map's or matrix's stages are named in: the row labelled as the stage row, else the nearest row
     * above {@code firstLabelled} that has text beyond column A; -1 when there is none.
     */
    static int headerRow(Grid grid, int firstLabelled) {
        for (int r = firstLabelled - 1; r >= 0; r--) {
            if (!grid.ownTextColumns(r, 1).isEmpty()) {
                return r;
            }
        }
        return -1;
    }

    /** The lines of a cell as written, each trimmed; the empty lines kept, so that lines pair by position. */
    static List<String> lines(String cell) {
        List<String> lines = new ArrayList<>();
        for (String line : cell.split("\\R", -1)) {
            lines.add(line.strip());
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
