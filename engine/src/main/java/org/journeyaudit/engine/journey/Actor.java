package org.journeyaudit.engine.journey;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who does a step, as the journey names them. Two names are the same actor when they read the same with case and
 * spacing folded: "L2", "l2" and " L2 " are one line of people, whoever typed the document. Names that only share a
 * support line number ("L2" and "2nd line") are not the same actor: a journey that means them as one writes them
 * alike. {@link #supportLine(String)} reads that number, for the checks that count escalation levels and for a change
 * request that names a line.
 */
public final class Actor {

    /** L2, line 2, 2L, 2nd line, 2nd-line, "L2 team", "3rd line engineer": a line number as a word of the actor's name. */
    private static final Pattern SUPPORT_LINE = Pattern.compile(
            "(?<![a-z0-9])(?:l|line)\\s*-?\\s*([1-9])(?![0-9])|(?<![a-z0-9])([1-9])\\s*-?\\s*(?:st|nd|rd|th)?\\s*-?\\s*(?:l|line)(?![a-z])");

    private Actor() {
    }

    /** The actor's identity: the name trimmed, its inner spacing made one space, its case folded; "" for no name. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        // Taken for every step of every journey, so folded by hand: a run of white space (as \s reads it) is one
        // space; a name already written so is kept as it is before its case is folded.
        String trimmed = name.trim();
        StringBuilder folded = null;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (isSpace(c)) {
                int end = i + 1;
                while (end < trimmed.length() && isSpace(trimmed.charAt(end))) {
                    end++;
                }
                if (folded == null && (c != ' ' || end > i + 1)) {
                    folded = new StringBuilder(trimmed.length()).append(trimmed, 0, i);
                }
                if (folded != null) {
                    folded.append(' ');
                }
                i = end - 1;
            } else if (folded != null) {
                folded.append(c);
            }
        }
        return (folded == null ? trimmed : folded.toString()).toLowerCase(Locale.ROOT);
    }

    /** White space as the regular expression {@code \s} reads it (not Unicode's). */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r';
    }

    /** Whether the two names are the same actor. */
    public static boolean same(String one, String other) {
        return key(one).equals(key(other));
    }

    /** The line number of a support-line actor: L2, 2L, "line 2", "2nd line", "L2 team" are all 2; other actors 0. */
    public static int supportLine(String name) {
        if (name == null) {
            return 0;
        }
        Matcher matcher = SUPPORT_LINE.matcher(key(name));
        if (!matcher.find()) {
            return 0;
        }
        return Integer.parseInt(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
    }
}
