package org.journeyaudit.engine.spreadsheet;

import java.util.List;

import org.journeyaudit.engine.journey.Journey;

/**
 * A journey read from a grid: the document written (YAML), the journey as the reader reads that document,
 * the layout read and whether it was guessed (and why), the cells that could not be placed, and the sheets
 * of the workbook that were not read (none for a CSV file).
 */
public record ImportedJourney(String yaml, Journey journey, GridLayout layout, String guessedBecause, List<Unmapped> unmapped,
        List<String> unreadSheets) {

    public ImportedJourney {
        unmapped = List.copyOf(unmapped);
        unreadSheets = List.copyOf(unreadSheets);
    }

    /** Whether the layout was guessed rather than given. */
    public boolean guessed() {
        return guessedBecause != null;
    }
}
