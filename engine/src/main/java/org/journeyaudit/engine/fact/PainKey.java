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
        // one pass rather than regular expressions: every pain of every journey is keyed
        String lower = comparable.toLowerCase(Locale.ROOT).replace('ё', 'е');
        StringBuilder key = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (isPunctuationOrSymbol(c) || isSpace(c)) {
                gap = true;
                continue;
            }
            if (gap && key.length() > 0) {
                key.append(' ');
            }
            gap = false;
            key.appendCodePoint(c);
        }
        return key.toString().trim();
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isPunctuationOrSymbol(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION,
                    Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
