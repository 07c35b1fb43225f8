package org.journeyaudit.engine.journey;

/** Whether a person serves the customer (assisted) or the customer serves themself. */
public enum ChannelMode implements DocumentEnum {
    ASSISTED("assisted"),
    SELF_SERVICE("self-service");

    private final String word;

    ChannelMode(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
