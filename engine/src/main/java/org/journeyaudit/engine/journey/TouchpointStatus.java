package org.journeyaudit.engine.journey;

/** The coverage matrix's +, - and N/A. */
public enum TouchpointStatus implements DocumentEnum {
    PRESENT("present"),
    ABSENT("absent"),
    NOT_APPLICABLE("not-applicable");

    private final String word;

    TouchpointStatus(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }
}
