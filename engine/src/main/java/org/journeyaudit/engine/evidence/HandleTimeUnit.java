package org.journeyaudit.engine.evidence;

import org.journeyaudit.engine.journey.DocumentEnum;

/**
 * What a bare number in the log's handle time column counts: seconds (telephony's talk time, most exports) or minutes
 * (a ticketing system's "time spent", a report's AHT in minutes). A time written {@code 4:05} is minutes and seconds
 * whatever the unit.
 */
public enum HandleTimeUnit implements DocumentEnum {
    SECONDS("seconds", 1),
    MINUTES("minutes", 60);

    private final String word;
    private final int seconds;

    HandleTimeUnit(String word, int seconds) {
        this.word = word;
        this.seconds = seconds;
    }

    @Override
    public String word() {
        return word;
    }

    /** The seconds one of this unit holds. */
    int seconds() {
        return seconds;
    }
}
