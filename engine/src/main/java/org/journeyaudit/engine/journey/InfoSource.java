package org.journeyaudit.engine.journey;

/** What obliges the company to tell the customer something: a law, a regulator's rule, its own policy or a contract. */
public enum InfoSource implements DocumentEnum {
    LAW("law"),
    REGULATION("regulation"),
    POLICY("policy"),
    CONTRACT("contract");

    private final String word;

    InfoSource(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
