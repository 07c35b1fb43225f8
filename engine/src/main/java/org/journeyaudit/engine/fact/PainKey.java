package org.journeyaudit.engine.fact;

import java.util.Locale;

/**
 * When two pains are one pain: the same words, whatever their case, spacing and punctuation ("Long wait!" and "long
 * wait"), in English and Russian alike, with ё read as е, as Russian writers commonly drop it.
 */
final class PainKey {

    private PainKey() {
    }

    static String of(String comparable) {
        return comparable.toLowerCase(Locale.ROOT)
                .replace('ё', 'е')
                .replaceAll("[\\p{P}\\p{S}]+", " ")
                .trim()
                .replaceAll("\\s+", " ");
    }
}
