package org.journeyaudit.engine.language;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How figures are written in a language: one place for numbers, money, shares, dates and plurals, so every
 * report, message and formula writes them alike. English groups thousands with a comma ({@code 13,700},
 * {@code 3.4}); Russian with a no-break space and a decimal comma ({@code 13 700}, {@code 3,4}), as Russian
 * typography and finance documents do. At most two decimals, rounded half-even.
 */
public final class Figures {

    /** Russian groups digits with a no-break space, so that a figure never breaks across lines. */
    private static final char NO_BREAK_SPACE = '\u00A0';
    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Language language;

    private Figures(Language language) {
        this.language = language;
    }

    public static Figures of(Language language) {
        return new Figures(language == null ? Language.EN : language);
    }

    public Language language() {
        return language;
    }

    /** Grouped thousands, at most two decimals: {@code 13,700}, {@code 3.4} / {@code 13 700}, {@code 3,4}. */
    public String number(double value) {
        // whole numbers (most figures in messages and formulas) are grouped here: the decimal format costs more
        // than the rest of a message; -0, NaN, infinities and fractions go to it
        if (value == Math.rint(value) && Math.abs(value) < 1e15 && (value != 0 || 1 / value > 0)) {
            return grouped((long) value);
        }
        return format().format(value);
    }

    private String grouped(long whole) {
        String digits = Long.toString(Math.abs(whole));
        char separator = language == Language.RU ? NO_BREAK_SPACE : ',';
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (whole < 0) {
            out.append('-');
        }
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(separator);
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** A decimal amount written like {@link #number(double)}, exactly (no detour through a double). */
    public String number(BigDecimal value) {
        return format().format(value);
    }

    /** An amount with its currency after it; the amount alone when the journey names no currency. */
    public String money(BigDecimal amount, String currency) {
        return number(amount) + (currency == null ? "" : " " + currency);
    }

    /** A share (0.8) as a percentage: {@code 80%} / {@code 80 %}. */
    public String percent(double share) {
        String figure = number(BigDecimal.valueOf(share).movePointRight(2));
        return language == Language.RU ? figure + NO_BREAK_SPACE + "%" : figure + "%";
    }

    /** A day: {@code 2026-11-22} / {@code 22.11.2026}. */
    public String date(LocalDate date) {
        return language == Language.RU ? RUSSIAN_DATE.format(date) : date.toString();
    }

    /**
     * A count with the word that agrees with it. English gives two forms (one, many); Russian three (one:
     * 1, 21, 31 ...; few: 2-4, 22-24 ...; many: 0, 5-20, 25-30 ...), e.g. {@code plural(3, "день", "дня", "дней")}.
     * With fewer forms than the language needs, the last one given stands for the rest.
     */
    public String plural(long count, String... forms) {
        return number(count) + " " + word(count, forms);
    }

    /** The word of {@link #plural(long, String...)} without the count. */
    public String word(long count, String... forms) {
        if (forms.length == 0) {
            throw new IllegalArgumentException("a plural needs at least one form");
        }
        int form;
        if (language == Language.RU) {
            long tens = Math.abs(count) % 100;
            long units = Math.abs(count) % 10;
            form = tens >= 11 && tens <= 14 ? 2 : units == 1 ? 0 : units >= 2 && units <= 4 ? 1 : 2;
        } else {
            form = count == 1 ? 0 : 1;
        }
        return forms[Math.min(form, forms.length - 1)];
    }

    /**
     * The format of this language, made once per thread: making one (its symbols, its pattern) costs more than
     * the figures an audit writes with it, and a format may not be shared between threads.
     */
    private static final ThreadLocal<DecimalFormat> ENGLISH = ThreadLocal.withInitial(() -> newFormat(Language.EN));
    private static final ThreadLocal<DecimalFormat> RUSSIAN = ThreadLocal.withInitial(() -> newFormat(Language.RU));

    private DecimalFormat format() {
        return (language == Language.RU ? RUSSIAN : ENGLISH).get();
    }

    private static DecimalFormat newFormat(Language language) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        if (language == Language.RU) {
            symbols.setGroupingSeparator(NO_BREAK_SPACE);
            symbols.setDecimalSeparator(',');
        }
        return new DecimalFormat("#,##0.##", symbols);
    }
}
