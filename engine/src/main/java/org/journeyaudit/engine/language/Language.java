package org.journeyaudit.engine.language;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A language reports are written in. English is the default; Russian is the language of the source
 * documents and of most users, who hand the report to a client in the client's language.
 */
public enum Language {
    EN("en", Locale.ENGLISH),
    RU("ru", Locale.forLanguageTag("ru"));

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The two-letter tag: {@code en}, {@code ru}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The tags a user may give, in order: {@code en, ru}. */
    public static List<String> tags() {
        return Arrays.stream(values()).map(Language::tag).toList();
    }

    /** What is said of a tag that names no language reports are written in, with the tags that do. */
    public static String notALanguage(String tag) {
        return "'" + tag + "' is not a language reports are written in; expected one of: " + String.join(", ", tags());
    }

    /** The language a tag names, its region ignored and case folded: {@code ru}, {@code RU}, {@code ru-RU}. */
    public static Optional<Language> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = tag.trim().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.tag.equals(primary)).findFirst();
    }

    /**
     * The best language for an HTTP {@code Accept-Language} header: the supported language the client
     * weighs highest, English when the header is absent, malformed or names none we write.
     */
    public static Language acceptedBy(String header) {
        if (header == null || header.isBlank()) {
            return EN;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException malformed) {
            return EN;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() == 0) {
                continue;
            }
            if (range.getRange().equals("*")) {
                return EN;
            }
            Optional<Language> language = of(range.getRange());
            if (language.isPresent()) {
                return language.get();
            }
        }
        return EN;
    }
}
