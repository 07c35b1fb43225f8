package org.journeyaudit.engine.spreadsheet;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Ids made from names, since a grid names stages, channels and actions but the journey document refers to
 * them by id: lower case, Cyrillic transliterated to Latin letters (the passport transliteration:
 * {@code Подать заявление} becomes {@code podat-zayavlenie}, {@code ж zh, х kh, ц ts, ч ch, ш sh, щ shch,
 * ю yu, я ya}, {@code ъ ь} dropped), every other run of characters that is no Latin letter or digit a hyphen,
 * at most 60 characters cut at a hyphen, and made unique within one kind by {@code -2}, {@code -3} ... in the
 * order the grid gives them. A name with nothing to keep gives the kind's word ({@code stage}, {@code channel}).
 */
final class Ids {

    static final int LONGEST = 60;

    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"), Map.entry('і', "i"), Map.entry('ї', "yi"),
            Map.entry('є', "ye"), Map.entry('ґ', "g"));

    private final Set<String> taken = new HashSet<>();
    private final String fallback;

    /** Ids of one kind, unique among themselves; {@code fallback} names a nameless one. */
    Ids(String fallback) {
        this.fallback = fallback;
    }

    /** A new id for the name, unique among the ids this instance gave. */
    String of(String name) {
        String base = slug(name);
        if (base.isEmpty()) {
            base = fallback;
        }
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Takes an id as already given, so that no later name gets it. */
    void take(String id) {
        taken.add(id);
    }

    static String slug(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            String latin = CYRILLIC.get(c);
            if (latin != null) {
                out.append(latin);
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else {
                out.append('-');
            }
        }
        String slug = out.toString().replaceAll("-+", "-").replaceAll("^-|-$", "");
        if (slug.length() > LONGEST) {
            int cut = slug.lastIndexOf('-', LONGEST);
            slug = slug.substring(0, cut > 0 ? cut : LONGEST);
        }
        return slug;
    }
}
