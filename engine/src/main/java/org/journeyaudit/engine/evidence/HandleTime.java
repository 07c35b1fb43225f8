package org.journeyaudit.engine.evidence;

/**
 * Reads how long a contact was handled as exports write it: whole or decimal seconds ({@code 245}, {@code 245.5},
 * {@code 245,5}), or a time of day style duration ({@code 4:05} as minutes and seconds, {@code 0:04:05} as hours,
 * minutes and seconds), as contact-centre exports give "Talk Time" or "AHT". Decimal seconds are rounded.
 */
final class HandleTime {

    /** A contact handled longer than a day is a mistake of the export, not a duration. */
    static final long MAX_SECONDS = 86_400;

    private HandleTime() {
    }

    /** The seconds the value says, a bare number read as seconds; null when it is no duration. */
    static Long seconds(String value) {
        return seconds(value, HandleTimeUnit.SECONDS);
    }

    /**
     * The seconds the value says, a bare number read in {@code unit} ({@code 4.5} minutes are 270 seconds), or null when it
     * is no duration (negative, longer than a day, or not a number).
     */
    static Long seconds(String value, HandleTimeUnit unit) {
        String text = value.trim();
        long seconds;
        if (text.indexOf(':') >= 0) {
            String[] parts = text.split(":", -1);
            if (parts.length > 3) {
                return null;
            }
            seconds = 0;
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].isEmpty() || parts[i].length() > 5 || !parts[i].chars().allMatch(Character::isDigit)) {
                    return null;
                }
                int part = Integer.parseInt(parts[i]);
                if (i > 0 && part > 59) {
                    return null;
                }
                seconds = seconds * 60 + part;
            }
        } else {
            String decimal = text.replace(',', '.');
            if (decimal.isEmpty() || decimal.length() > 12 || !decimal.matches("\\d+(\\.\\d+)?")) {
                return null;
            }
            seconds = Math.round(Double.parseDouble(decimal) * unit.seconds());
        }
        return seconds > MAX_SECONDS ? null : seconds;
    }
}
