package org.journeyaudit.engine.compliance;

/** One journey against one rule. */
public enum Cell {
    /** The rule ran and found nothing. */
    PASS("pass"),
    /** At least one finding of the rule is open. */
    FAIL("fail"),
    /** The rule's findings are all suppressed. */
    SUPPRESSED("suppressed"),
    /** The profile disables the rule, or the journey has nothing the rule looks at. */
    NOT_APPLICABLE("n/a");

    private final String word;

    Cell(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
