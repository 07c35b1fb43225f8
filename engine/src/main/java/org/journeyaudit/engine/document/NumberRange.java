package org.journeyaudit.engine.document;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The values a numeric field may take, both bounds included. Every number a document gives is read
 * through one of these: nothing infinite, not-a-number or astronomically large reaches a formula or a
 * report, where it would print as Infinity or as a figure of hundreds of digits.
 */
public record NumberRange(BigDecimal min, BigDecimal max) {

    /** A number as YAML and JSON write it in decimal: no {@code .inf}, {@code .nan}, hexadecimal or octal. */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    public static NumberRange of(double min, double max) {
        return new NumberRange(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }

    /** The number a text is, when it is a finite decimal number within the range; null otherwise. */
    public BigDecimal within(String text) {
        BigDecimal number = decimal(text);
        return number != null && number.compareTo(min) >= 0 && number.compareTo(max) <= 0 ? number : null;
    }

    /** "between 0 and 100,000,000". */
    public String describe() {
        return "between " + grouped(min) + " and " + grouped(max);
    }

    /** The finite decimal number a text is, or null. */
    static BigDecimal decimal(String text) {
        if (text == null || text.length() > 1000 || !DECIMAL.matcher(text).matches()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException | ArithmeticException beyondAnyExponent) {
            return null;
        }
    }

    /** Thousands separated by commas, as the messages write figures. */
    static String grouped(BigDecimal number) {
        BigDecimal plain = number.stripTrailingZeros();
        if (plain.scale() <= 0) {
            return String.format(Locale.ROOT, "%,d", plain.toBigInteger());
        }
        return plain.toPlainString();
    }
}
