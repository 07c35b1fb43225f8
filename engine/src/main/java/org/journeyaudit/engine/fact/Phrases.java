package org.journeyaudit.engine.fact;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How outcomes and information values compare across channels. A text is folded (case, spacing, quotes,
 * closing punctuation and dash variants), and phrases the journey declares equivalent become the first
 * phrase of their group, so that "Delivery booked." and "delivery arranged" agree when the owners say so.
 */
final class Phrases {

    // compiled once: a phrase is folded for every step, item and telling of every journey audited
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
    private static final Pattern QUOTES = Pattern.compile("[\"'\\u2018\\u2019\\u201C\\u201D]");
    private static final Pattern CLOSING_PUNCTUATION = Pattern.compile("[.!;,:]+(?=\\s|$)");
    private static final Pattern SPACED_HYPHEN = Pattern.compile("\\s*-\\s*");

    /** Each phrase to another of its group, up to the group's representative, the phrase declared first. */
    private final Map<String, String> parent = new HashMap<>();

    Phrases(List<List<String>> equivalents) {
        for (List<String> group : equivalents) {
            String root = representative(fold(group.get(0)));
            for (String phrase : group) {
                // groups that share a phrase mean the same, so they become one group
                String other = representative(fold(phrase));
                if (!other.equals(root)) {
                    parent.put(other, root);
                }
            }
        }
    }

    String comparable(String text) {
        return representative(fold(text));
    }

    private String representative(String folded) {
        String at = folded;
        for (String up = parent.get(at); up != null; up = parent.get(at)) {
            at = up;
        }
        return at;
    }

    /**
     * Case and spacing folded, typographic dashes made a hyphen, quotes dropped, and punctuation that
     * only closes a phrase (".", "!", ";", ",", ":" before a space or the end) dropped; digits keep
     * their separators, so "3.5" and "35" stay apart.
     */
    static String fold(String text) {
        String folded = JourneyFacts.fold(text);
        // each pattern only where its characters occur: most names hold no dash, quote or punctuation, and a
        // pattern run over every name of every journey cost more than the rest of the facts
        boolean dashes = false;
        boolean quotes = false;
        boolean punctuation = false;
        boolean hyphens = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            dashes |= (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
            quotes |= c == '"' || c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201C' || c == '\u201D';
            punctuation |= c == '.' || c == '!' || c == ';' || c == ',' || c == ':';
            hyphens |= c == '-';
        }
        if (dashes) {
            folded = DASHES.matcher(folded).replaceAll("-");
            hyphens = true;
        }
        if (quotes) {
            folded = QUOTES.matcher(folded).replaceAll("");
        }
        if (punctuation) {
            folded = CLOSING_PUNCTUATION.matcher(folded).replaceAll("");
        }
        if (hyphens) {
            folded = SPACED_HYPHEN.matcher(folded).replaceAll("-");
        }
        return JourneyFacts.fold(folded);
    }
}
