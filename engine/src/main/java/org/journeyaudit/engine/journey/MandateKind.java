package org.journeyaudit.engine.journey;

/** What obliges a step to be done: a law or regulator, the organisation's own policy, or a contract. */
public enum MandateKind implements DocumentEnum {
    REGULATION("regulation"),
    POLICY("policy"),
    CONTRACT("contract");

    private final String word;

    MandateKind(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
