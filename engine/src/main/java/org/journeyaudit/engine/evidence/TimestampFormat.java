package org.journeyaudit.engine.evidence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * How a log writes its timestamps: ISO-8601 (the default: {@code 2025-03-01T09:15:00}, with a space instead of the
 * {@code T}, seconds and fractions optional, with or without an offset such as {@code Z} or {@code +01:00}), or a
 * pattern in the letters of {@link DateTimeFormatter} ({@code dd.MM.yyyy HH:mm}). A time without an offset is read
 * as UTC: the measures only subtract times of one log, so the zone the log meant does not change them.
 */
public final class TimestampFormat {

    public static final TimestampFormat ISO = new TimestampFormat("ISO", null);

    private final String text;
    private final DateTimeFormatter pattern;

    private TimestampFormat(String text, DateTimeFormatter pattern) {
        this.text = text;
        this.pattern = pattern;
    }

    /** {@code ISO} or a pattern; {@link IllegalArgumentException} with the reason when the pattern is not one. */
    public static TimestampFormat of(String text) {
        if (text.equalsIgnoreCase("ISO")) {
            return ISO;
        }
        try {
            return new TimestampFormat(text, DateTimeFormatter.ofPattern(text, java.util.Locale.ROOT));
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException("'" + text + "' is not a timestamp pattern: " + invalid.getMessage()
                    + "; write ISO or letters such as yyyy-MM-dd HH:mm:ss");
        }
    }

    public String text() {
        return text;
    }

    /** Seconds since 1970 of the timestamp; {@link DateTimeParseException} when the text is not in this format. */
    public long epochSecond(String value) {
        String trimmed = value.trim();
        if (pattern == null) {
            return iso(trimmed);
        }
        TemporalAccessor parsed = pattern.parse(trimmed);
        // the fields a pattern gives are the same for every value it parses: the kind is found once, without the failed
        // conversions a best-of parse would throw on every value of a log
        int kind = this.kind;
        if (kind == UNKNOWN) {
            kind = parsed.isSupported(ChronoField.OFFSET_SECONDS) ? WITH_OFFSET
                    : parsed.isSupported(ChronoField.HOUR_OF_DAY) ? LOCAL_TIME : DATE_ONLY;
            this.kind = kind;
        }
        return switch (kind) {
            case WITH_OFFSET -> OffsetDateTime.from(parsed).toEpochSecond();
            case LOCAL_TIME -> LocalDateTime.from(parsed).toEpochSecond(ZoneOffset.UTC);
            default -> LocalDate.from(parsed).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        };
    }

    private static final int UNKNOWN = 0;
    private static final int WITH_OFFSET = 1;
    private static final int LOCAL_TIME = 2;
    private static final int DATE_ONLY = 3;
    /** What the pattern's values hold, known after the first; a race between readers only finds it twice. */
    private volatile int kind = UNKNOWN;

    private static long iso(String value) {
        String text = value.length() > 10 && value.charAt(10) == ' ' ? value.substring(0, 10) + 'T' + value.substring(11) : value;
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        }
        char last = text.charAt(text.length() - 1);
        boolean offset = last == 'Z' || last == 'z' || text.lastIndexOf('+') > 10 || text.lastIndexOf('-') > 10;
        return offset ? OffsetDateTime.parse(text).toEpochSecond() : LocalDateTime.parse(text).toEpochSecond(ZoneOffset.UTC);
    }

    /** How a value in this format looks, for messages. */
    public String example() {
        return pattern == null ? "2025-03-01T09:15:00 (ISO-8601)" : text;
    }
}
