package org.journeyaudit.engine.journey;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time a told value states, so that it can be held against a required bound: an ISO-8601 duration (P14D, PT48H) or
 * a number with its unit ("14 days", "5 working days", "48 hours", "2 weeks"). A working week is five days of seven, so
 * working days count as 7/5 calendar days, rounded up. Any other text states no time.
 */
public final class ToldDuration {

    private static final Pattern WORDS = Pattern.compile(
            "(\\d{1,5})\\s*(working days?|business days?|days?|hours?|minutes?|weeks?)", Pattern.CASE_INSENSITIVE);

    private ToldDuration() {
    }

    /** The duration the value states, or null when it states none. */
    public static Duration of(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        try {
            Duration iso = Duration.parse(text);
            return iso.isNegative() ? null : iso;
        } catch (DateTimeParseException e) {
            // not ISO: a number and a unit, below
        }
        Matcher m = WORDS.matcher(text);
        if (!m.find()) {
            return null;
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        if (unit.startsWith("working") || unit.startsWith("business")) {
            return Duration.ofDays((n * 7 + 4) / 5);
        }
        if (unit.startsWith("day")) {
            return Duration.ofDays(n);
        }
        if (unit.startsWith("hour")) {
            return Duration.ofHours(n);
        }
        if (unit.startsWith("minute")) {
            return Duration.ofMinutes(n);
        }
        return Duration.ofDays(7 * n);
    }
}
