package org.journeyaudit.engine.change;

import org.journeyaudit.engine.journey.DocumentEnum;

/**
 * The standard's two classes of change: significant ones are managed as projects, with the checklist
 * the standard demands; operational ones through content management.
 */
public enum Significance implements DocumentEnum {
    SIGNIFICANT("significant"),
    OPERATIONAL("operational");

    private final String word;

    Significance(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
