package org.journeyaudit.engine.check;

import org.journeyaudit.engine.journey.DocumentEnum;

/** The kind of journey element a custom check selects and judges one by one. */
public enum Target implements DocumentEnum {
    JOURNEY("journey"),
    STAGE("stage"),
    TOUCHPOINT("touchpoint"),
    ITEM("item");

    private final String word;

    Target(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
