package org.journeyaudit.service.problem;

import java.util.List;
import java.util.regex.Pattern;

import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.Problem;

/**
 * The service's last guard on what a parser says: a message of a document that could not be parsed that
 * names a library's class, feature or package is cut to the plain part before it ("not well-formed JSON"),
 * its line and column kept. The document readers word their problems plainly; this keeps a parser's own
 * wording that slips through from ever reaching a client. Validation messages are never touched: they
 * quote the document, whose names are the user's own.
 */
public final class PlainWording {

    private static final Pattern LIBRARY_WORDING = Pattern.compile(
            "java\\.|javax\\.|jakarta\\.|Exception|Feature|jackson|snakeyaml|springframework|\\bat [\\w.$]+\\(", Pattern.CASE_INSENSITIVE);

    private PlainWording() {
    }

    /** The problems of a refused document, each in plain words. */
    public static List<Problem> of(InvalidDocumentException refused) {
        if (refused.kind() != InvalidDocumentException.Kind.MALFORMED && refused.kind() != InvalidDocumentException.Kind.UNREADABLE) {
            return refused.problems();
        }
        return refused.problems().stream()
                .map(p -> new Problem(p.pointer(), p.yamlPath(), p.location(), of(p.message())))
                .toList();
    }

    static String of(String message) {
        if (!LIBRARY_WORDING.matcher(message).find()) {
            return message;
        }
        int colon = message.indexOf(": ");
        String plain = colon > 0 ? message.substring(0, colon) : "";
        return plain.isEmpty() || LIBRARY_WORDING.matcher(plain).find() ? "the document cannot be read" : plain;
    }
}
