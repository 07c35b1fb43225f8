package org.journeyaudit.engine.finding;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of journey element a finding or recommendation names, by the word reports print before the colon. */
public enum ElementKind {
    JOURNEY("journey"),
    STAGE("stage"),
    STEP("step"),
    ITEM("item"),
    CHANNEL("channel"),
    TOUCHPOINT("touchpoint"),
    ACTOR("actor"),
    SYSTEM("system"),
    DECISION("decision"),
    BARRIER("barrier");

    private final String word;

    ElementKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<ElementKind> of(String word) {
        return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst();
    }

    /** The words, in order, for a message that lists them. */
    public static List<String> words() {
        return Arrays.stream(values()).map(ElementKind::word).toList();
    }
}
