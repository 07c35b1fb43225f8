package org.journeyaudit.engine.spreadsheet;

import java.util.Optional;

/** The two shapes of grid the import reads. */
public enum GridLayout {
    /** A journey map: row labels in column A, stages across. */
    MAP("map"),
    /** A coverage matrix: stages across, channels down, +, - and N/A in the cells. */
    MATRIX("matrix");

    private final String word;

    GridLayout(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<GridLayout> ofWord(String word) {
        for (GridLayout layout : values()) {
            if (layout.word.equals(word)) {
                return Optional.of(layout);
            }
        }
        return Optional.empty();
    }

    /** The layout a grid looks like, and why, in words for the person who gave no {@code --layout}. */
    record Guess(GridLayout layout, String why) {
    }

    /**
     * A matrix when most cells right of column A, below the first row with text there, are coverage marks
     * ({@code +}, {@code -}, {@code N/A}), rows labelled as a map's rows left aside; a map otherwise.
     */
    static Guess guess(Grid grid, RowLabels labels) {
        int header = -1;
        int marks = 0;
        int others = 0;
        String mapLabel = null;
        for (int r = 0; r < grid.rows(); r++) {
            String label = grid.text(r, 0);
            Optional<RowLabel> known = label == null ? Optional.empty() : labels.of(label);
            if (known.isPresent() && known.get() != RowLabel.STAGES && known.get() != RowLabel.CHANNELS) {
                mapLabel = mapLabel == null ? "'" + label + "' at " + grid.location(r, 0) : mapLabel;
                continue;
            }
            for (int c : grid.ownTextColumns(r, 1)) {
                if (header < 0) {
                    header = r;
                }
                if (r > header) {
                    if (CoverageMark.of(grid.text(r, c)).isPresent()) {
                        marks++;
                    } else {
                        others++;
                    }
                }
            }
        }
        if (marks > 0 && marks >= 4 * others) {
            return new Guess(MATRIX, marks + " of its " + (marks + others) + " cells below the stages are coverage marks (+, -, N/A)");
        }
        return new Guess(MAP, mapLabel != null ? "column A labels its rows as a journey map does (" + mapLabel + ")"
                : "its cells are not coverage marks (+, -, N/A)");
    }
}
