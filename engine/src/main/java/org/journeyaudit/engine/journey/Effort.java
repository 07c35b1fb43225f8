package org.journeyaudit.engine.journey;

/** How hard a customer's own action is for the customer, as the map's owners judge it. */
public enum Effort implements DocumentEnum {
    LOW("low"),
    MEDIUM("medium"),
    HIGH("high");

    private final String word;

    Effort(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
