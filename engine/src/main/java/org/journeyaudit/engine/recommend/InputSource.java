package org.journeyaudit.engine.recommend;

import org.journeyaudit.engine.journey.DocumentEnum;

/**
 * Where an input of a saving comes from: the journey document's own figures ({@code measured}), the engine's default
 * for a named assumption ({@code assumed}), the journey's value for a named assumption ({@code overridden}), or the
 * figure the journey's event log shows over its period ({@code observed}).
 */
public enum InputSource implements DocumentEnum {
    MEASURED("measured"),
    ASSUMED("assumed"),
    OVERRIDDEN("overridden"),
    OBSERVED("observed");

    private final String word;

    InputSource(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
