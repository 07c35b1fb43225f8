package org.journeyaudit.engine.finding;

import org.journeyaudit.engine.journey.DocumentEnum;

/** How serious a finding is; the order is from most to least serious. */
public enum Severity implements DocumentEnum {
    ERROR("error"),
    WARNING("warning"),
    INFO("info");

    private final String word;

    Severity(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }

    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }
}
