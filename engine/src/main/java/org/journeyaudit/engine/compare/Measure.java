package org.journeyaudit.engine.compare;

import org.journeyaudit.engine.recommend.SavingsFormula;

/**
 * One figure of the journey in both versions. {@code lowerIsBetter} says which way is an improvement;
 * {@code weighed} whether the verdict counts it (the number of stages is shown, not judged: a stage may be
 * added for good reasons).
 */
public record Measure(String name, String label, double before, double after, boolean lowerIsBetter, boolean weighed) {

    public double change() {
        return after - before;
    }

    public boolean improved() {
        return weighed && (lowerIsBetter ? after < before : after > before);
    }

    public boolean worsened() {
        return weighed && (lowerIsBetter ? after > before : after < before);
    }

    /** {@code steps 10 -> 5} */
    public String describe() {
        return label + " " + SavingsFormula.number(before) + " -> " + SavingsFormula.number(after);
    }
}
