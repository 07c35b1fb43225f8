package org.journeyaudit.engine.compare;

import org.journeyaudit.engine.journey.DocumentEnum;

/** Whether the after version of a journey is better than the before version, by the signals the comparison weighs. */
public enum Verdict implements DocumentEnum {
    /** Something improved and nothing got worse. */
    BETTER("better"),
    /** Something got worse and nothing improved. */
    WORSE("worse"),
    /** Some things improved and others got worse: the reasons say which. */
    MIXED("mixed"),
    /** Nothing the comparison weighs moved. */
    UNCHANGED("unchanged");

    private final String word;

    Verdict(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }

    static Verdict of(boolean improved, boolean worsened) {
        if (improved) {
            return worsened ? MIXED : BETTER;
        }
        return worsened ? WORSE : UNCHANGED;
    }
}
