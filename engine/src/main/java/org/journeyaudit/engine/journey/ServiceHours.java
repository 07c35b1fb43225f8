package org.journeyaudit.engine.journey;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a touchpoint serves customers, as documents write it: {@code 24/7}, or opening ranges separated by commas or
 * semicolons, each days then times, e.g. {@code Mo-Fr 09:00-18:00, Sa 10:00-16:00}. Days are Mo Tu We Th Fr Sa Su (one
 * day or a range Monday first); times run from 00:00 to 24:00 within one day, so a night shift is two ranges.
 */
public record ServiceHours(String text, List<Opening> openings) {

    private static final List<String> DAYS = List.of("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su");
    private static final Pattern RANGE = Pattern.compile("(\\p{Alpha}+)(?:-(\\p{Alpha}+))?\\s+(\\d{1,2}:\\d{2})-(\\d{1,2}:\\d{2})");
    private static final int MINUTES_A_DAY = 24 * 60;

    /** Opening on each day from {@code first} to {@code last}, from {@code opens} to {@code closes} (minutes of the day). */
    public record Opening(DayOfWeek first, DayOfWeek last, int opens, int closes) {
    }

    /** Why a text is not service hours; its message says what to write instead. */
    public static final class Unreadable extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    public ServiceHours {
        openings = List.copyOf(openings);
    }

    public static ServiceHours parse(String text) {
        String written = text.strip();
        if (written.equals("24/7")) {
            return new ServiceHours(written, List.of(new Opening(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, 0, MINUTES_A_DAY)));
        }
        List<Opening> openings = new ArrayList<>();
        for (String part : written.split("[,;]")) {
            String range = part.strip();
            Matcher m = RANGE.matcher(range);
            if (!m.matches()) {
                throw new Unreadable("write the hours as 24/7 or as days with times, e.g. Mo-Fr 09:00-18:00, Sa 10:00-16:00; found '"
                        + shown(range) + "'");
            }
            DayOfWeek first = day(m.group(1));
            DayOfWeek last = m.group(2) == null ? first : day(m.group(2));
            if (last.compareTo(first) < 0) {
                throw new Unreadable("'" + m.group(1) + "-" + m.group(2) + "' runs backwards; write days Monday first, e.g. Mo-Fr");
            }
            int opens = minutes(m.group(3));
            int closes = minutes(m.group(4));
            if (closes <= opens) {
                throw new Unreadable("'" + m.group(3) + "-" + m.group(4) + "' ends before it starts; write a night shift as two ranges, "
                        + "e.g. Mo-Fr 22:00-24:00, Tu-Sa 00:00-06:00");
            }
            openings.add(new Opening(first, last, opens, closes));
        }
        return new ServiceHours(written, openings);
    }

    /** Hours a week the touchpoint is open, overlapping ranges counted once. */
    public double hoursPerWeek() {
        return openMinutes() / 60.0;
    }

    /** Whether the touchpoint is open every minute of the week. */
    public boolean aroundTheClock() {
        return openMinutes() == 7 * MINUTES_A_DAY;
    }

    /** Whether the touchpoint is open at some time on the day. */
    public boolean opensOn(DayOfWeek day) {
        return openings.stream().anyMatch(o -> o.first().compareTo(day) <= 0 && o.last().compareTo(day) >= 0);
    }

    private int openMinutes() {
        boolean[][] open = new boolean[7][MINUTES_A_DAY];
        for (Opening opening : openings) {
            for (int d = opening.first().ordinal(); d <= opening.last().ordinal(); d++) {
                java.util.Arrays.fill(open[d], opening.opens(), opening.closes(), true);
            }
        }
        int minutes = 0;
        for (boolean[] day : open) {
            for (boolean minute : day) {
                minutes += minute ? 1 : 0;
            }
        }
        return minutes;
    }

    private static DayOfWeek day(String written) {
        int index = DAYS.indexOf(written);
        if (index < 0) {
            throw new Unreadable("'" + shown(written) + "' is not a day; write Mo, Tu, We, Th, Fr, Sa or Su");
        }
        return DayOfWeek.of(index + 1);
    }

    private static int minutes(String time) {
        int colon = time.indexOf(':');
        int hours = Integer.parseInt(time.substring(0, colon));
        int minutes = Integer.parseInt(time.substring(colon + 1));
        if (hours > 24 || minutes > 59 || hours == 24 && minutes > 0) {
            throw new Unreadable("'" + time + "' is not a time of day; write 00:00 to 24:00");
        }
        return hours * 60 + minutes;
    }

    private static String shown(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
