package org.journeyaudit.engine.document;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Suggests the valid name a misspelt one was most likely meant to be. */
public final class NearestName {

    private NearestName() {
    }

    /** Names longer than this are not typed by hand, and comparing them costs their length squared. */
    static final int LONGEST_COMPARED = 64;
    /** Past this many valid names, a suggestion would cost more than it helps. */
    static final int MOST_CANDIDATES = 1000;

    public static Optional<String> among(String given, Collection<String> valid) {
        if (given.length() > LONGEST_COMPARED || valid.size() > MOST_CANDIDATES) {
            return Optional.empty();
        }
        int tolerated = Math.max(2, given.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : valid) {
            if (Math.abs(candidate.length() - given.length()) > tolerated) {
                continue; // at least that many edits apart
            }
            int distance = distance(given.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        // A suggestion further than a third of the word away, or that replaces the whole word, is noise.
        return best != null && bestDistance <= tolerated && bestDistance < given.length() ? Optional.of(best) : Optional.empty();
    }

    /** "; did you mean 'x'?" or, when nothing is close, the valid names. */
    public static String hint(String given, Collection<String> valid) {
        return among(given, valid)
                .map(name -> "; did you mean '" + name + "'?")
                .orElseGet(() -> valid.isEmpty() ? "" : "; expected one of: " + String.join(", ", valid));
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
