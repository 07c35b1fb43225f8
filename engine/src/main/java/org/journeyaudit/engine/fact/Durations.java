package org.journeyaudit.engine.fact;

import java.time.Duration;

/** Durations as people write them in messages: "6 days", "20 minutes", "1 day 12 hours". */
public final class Durations {

    private Durations() {
    }

    public static String describe(Duration duration) {
        long days = duration.toDays();
        long hours = duration.toHoursPart();
        long minutes = duration.toMinutesPart();
        long seconds = duration.toSecondsPart();
        StringBuilder out = new StringBuilder();
        append(out, days, "day");
        append(out, hours, "hour");
        append(out, minutes, "minute");
        append(out, seconds, "second");
        return out.isEmpty() ? "0 minutes" : out.toString();
    }

    private static void append(StringBuilder out, long amount, String unit) {
        if (amount > 0) {
            out.append(out.isEmpty() ? "" : " ").append(amount).append(' ').append(unit).append(amount == 1 ? "" : "s");
        }
    }
}
