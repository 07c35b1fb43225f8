package org.journeyaudit.engine.recommend;

import org.journeyaudit.engine.journey.DocumentEnum;

/** How much it takes to carry out a recommendation. */
public enum Effort implements DocumentEnum {
    LOW("low", 0),
    MEDIUM("medium", 10),
    HIGH("high", 20);

    private final String word;
    private final int scorePenalty;

    Effort(String word, int scorePenalty) {
        this.word = word;
        this.scorePenalty = scorePenalty;
    }

    @Override
    public String word() {
        return word;
    }

    int scorePenalty() {
        return scorePenalty;
    }
}
