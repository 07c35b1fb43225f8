package org.journeyaudit.engine.registry;

import java.util.regex.Pattern;

/**
 * The form of the key a journey is kept under in a registry, a service's or a directory's: it names a folder and a
 * path segment, so it is lower-case letters, digits and hyphens only.
 */
public final class JourneyKey {

    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    /** What a key must be, for messages. */
    public static final String FORM_WORDS = "1 to 64 lower-case letters, digits and hyphens, starting with a letter or digit";

    private JourneyKey() {
    }

    public static boolean valid(String key) {
        return key != null && FORM.matcher(key).matches();
    }
}
