package org.journeyaudit.engine.spreadsheet;

import java.util.List;

import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.Location;
import org.journeyaudit.engine.document.Problem;

/**
 * Refusals of a spreadsheet, each problem located as a spreadsheet locates things: the sheet and cell
 * ({@code Sheet1!C7}), the sheet alone, or the file as a whole.
 */
final class GridRefusal {

    /** What a refused spreadsheet is, as messages name it. */
    static final String SPREADSHEET = "spreadsheet";

    private GridRefusal() {
    }

    /** A problem at a cell or a sheet ({@code Sheet1!C7}, {@code Sheet1}); {@code where} empty for the whole file. */
    static Problem problem(String where, String message) {
        return new Problem(where, where, Location.UNKNOWN, message);
    }

    static InvalidDocumentException refused(String source, InvalidDocumentException.Kind kind, String where, String message) {
        return new InvalidDocumentException(source, kind, List.of(problem(where, message)), SPREADSHEET);
    }

    static InvalidDocumentException refused(String source, InvalidDocumentException.Kind kind, List<Problem> problems) {
        return new InvalidDocumentException(source, kind, problems, SPREADSHEET);
    }

    /** A count as messages write figures: {@code 1,000}. */
    static String count(long count) {
        return String.format(java.util.Locale.ROOT, "%,d", count);
    }
}
