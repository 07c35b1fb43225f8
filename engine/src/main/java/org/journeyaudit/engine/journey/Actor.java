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
    /** A run of white space, compiled once: an actor's key is taken for every step of every journey. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern SUPPORT_LINE = Pattern.compile(
            "(?<![a-z0-9])(?:l|line)\\s*-?\\s*([1-9])(?![0-9])|(?<![a-z0-9])([1-9])\\s*-?\\s*(?:st|nd|rd|th)?\\s*-?\\s*(?:l|line)(?![a-z])");

    private Actor() {
    }

    /** The actor's identity: the name trimmed, its inner spacing made one space, its case folded; "" for no name. */
    public static String key(String name) {
        return name == null ? "" : SPACES.matcher(name.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
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
