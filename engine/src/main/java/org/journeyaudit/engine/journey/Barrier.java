package org.journeyaudit.engine.journey;

/** Something in the customer's way at a stage, and the solution decided for it, if any. */
public record Barrier(String text, String solution) {

    public boolean resolved() {
        return solution != null && !solution.isBlank();
    }
}
