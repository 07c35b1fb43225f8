package org.journeyaudit.engine.spreadsheet;

/**
 * A cell, or a line of a cell, the import could not place in the journey: where it is ({@code Sheet1!C7},
 * {@code data.csv!C7}) and why, so that nothing a consultant wrote is dropped unseen.
 */
public record Unmapped(String where, String why) {

    @Override
    public String toString() {
        return where + ": " + why;
    }
}
