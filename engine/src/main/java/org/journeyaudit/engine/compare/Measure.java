package org.journeyaudit.engine.compare;

import org.journeyaudit.engine.journey.DocumentEnum;
import org.journeyaudit.engine.language.Figures;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.recommend.SavingsFormula;

/**
 * One figure of the journey in both versions. Its kind says which way is an improvement and whether the verdict
 * weighs it; {@link #direction()} is the judgement every report shows.
 */
public record Measure(MeasureKind kind, double before, double after) {

    /** Which way a measure moved, as the verdict weighs it. */
    public enum Direction implements DocumentEnum {
        /** Moved the way that is an improvement. */
        BETTER("better"),
        /** Moved the way that is a worsening. */
        WORSE("worse"),
        /** Did not move, or is shown without being judged. */
        SAME("same");

        private final String word;

        Direction(String word) {
            this.word = word;
        }

        @Override
        public String word() {
            return word;
        }
    }

    public String name() {
        return kind.measureName();
    }

    /** The English label, as the reports have always shown it: {@code ping-pong returns}. */
    public String label() {
        return kind.label(Language.EN);
    }

    public String label(Language language) {
        return kind.label(language);
    }

    public boolean lowerIsBetter() {
        return kind.lowerIsBetter();
    }

    public boolean weighed() {
        return kind.weighed();
    }

    public double change() {
        return after - before;
    }

    public boolean improved() {
        return weighed() && (lowerIsBetter() ? after < before : after > before);
    }

    public boolean worsened() {
        return weighed() && (lowerIsBetter() ? after > before : after < before);
    }

    /** Better, worse, or the same (also for a measure that is shown, not judged). */
    public Direction direction() {
        return improved() ? Direction.BETTER : worsened() ? Direction.WORSE : Direction.SAME;
    }

    /** {@code steps 10 -> 5} */
    public String describe() {
        return label() + " " + SavingsFormula.number(before) + " -> " + SavingsFormula.number(after);
    }

    /** {@code steps 10 -> 5}, {@code шаги 10 -> 5}: the label and the figures in the language. */
    public String describe(Language language) {
        Figures figures = Figures.of(language);
        return label(language) + " " + figures.number(before) + " -> " + figures.number(after);
    }
}
