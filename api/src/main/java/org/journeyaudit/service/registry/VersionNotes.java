package org.journeyaudit.service.registry;

import org.journeyaudit.service.document.JourneyMediaTypes;
import org.journeyaudit.service.problem.ProblemType;
import org.journeyaudit.service.problem.RefusedException;
import org.springframework.http.MediaType;

/**
 * What the registry keeps beside a document it stores, checked the same way wherever it comes from (a version put, a
 * change request kept, a version restored from a backup): who sent it and why, within the lengths the database keeps,
 * and the media type the document is answered in.
 */
final class VersionNotes {

    static final int MOST_AUTHOR = 200;
    static final int MOST_COMMENT = 2000;

    private VersionNotes() {
    }

    /** Who sends it, stripped: never empty, at most {@value #MOST_AUTHOR} characters; {@code where} names the field for the message. */
    static String author(String given, String where) {
        String author = given == null ? "" : given.strip();
        if (author.isEmpty()) {
            throw new RefusedException(ProblemType.BAD_REQUEST, where + " is empty: say who stores the version");
        }
        return bounded(author, where, MOST_AUTHOR);
    }

    /**
     * A note restored from a backup, kept exactly as the backup has it (a restore changes nothing it was given), within
     * {@code most} characters; {@code required} notes may not be blank.
     */
    static String restored(String given, String where, int most, boolean required) {
        if (given == null || given.isBlank()) {
            if (required) {
                throw new RefusedException(ProblemType.BAD_REQUEST, where + " is empty: say who stored the version");
            }
            return null;
        }
        return bounded(given, where, most);
    }

    /** Why, stripped, or null when none is given: at most {@value #MOST_COMMENT} characters. */
    static String comment(String given, String where) {
        return given == null || given.isBlank() ? null : bounded(given.strip(), where, MOST_COMMENT);
    }

    /** The media type a document is answered in: JSON or YAML as it was sent, without parameters the bytes no longer need. */
    static String storedType(MediaType sent) {
        return MediaType.APPLICATION_JSON.isCompatibleWith(sent) ? MediaType.APPLICATION_JSON_VALUE : JourneyMediaTypes.YAML;
    }

    private static String bounded(String value, String where, int most) {
        if (value.length() > most) {
            throw new RefusedException(ProblemType.BAD_REQUEST, where + " is " + value.length() + " characters; the most is " + most);
        }
        return value;
    }
}
