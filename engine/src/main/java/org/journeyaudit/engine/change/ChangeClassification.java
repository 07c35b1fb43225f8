package org.journeyaudit.engine.change;

/**
 * How a change is classified: {@code decided} is what the impact analysis follows (the change request's
 * own classification where it forces one, else the standard's); {@code standard} is always the
 * standard's, so a report can show where the user departs from it.
 */
public record ChangeClassification(Classification decided, Classification standard) {

    public Significance significance() {
        return decided.significance();
    }

    public boolean significant() {
        return decided.significance() == Significance.SIGNIFICANT;
    }

    public boolean forced() {
        return decided.source() == Classification.Source.CHANGE_REQUEST;
    }
}
