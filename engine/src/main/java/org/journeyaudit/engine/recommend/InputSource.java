package org.journeyaudit.engine.recommend;

import org.journeyaudit.engine.journey.DocumentEnum;

/** Whether an input of a saving came from the journey document or is the engine's default. */
public enum InputSource implements DocumentEnum {
    MEASURED("measured"),
    ASSUMED("assumed");

    private final String word;

    InputSource(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
