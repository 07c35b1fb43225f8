package org.journeyaudit.engine.journey;

/** What a backstage step does. */
public enum StepKind implements DocumentEnum {
    WORK("work"),
    FORWARD("forward"),
    REQUEST("request"),
    LOOKUP("lookup"),
    CHECK("check"),
    WAIT("wait"),
    NOTIFY("notify");

    private final String word;

    StepKind(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
