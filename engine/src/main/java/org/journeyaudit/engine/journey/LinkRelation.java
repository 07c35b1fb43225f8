package org.journeyaudit.engine.journey;

/**
 * How a journey bears on another: it must pause the other while it runs (a dispute pausing debt collection), is paused
 * by it, starts it, or is started by it.
 */
public enum LinkRelation implements DocumentEnum {
    PAUSES("pauses"),
    PAUSED_BY("paused-by"),
    TRIGGERS("triggers"),
    TRIGGERED_BY("triggered-by");

    private final String word;

    LinkRelation(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
