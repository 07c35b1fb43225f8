package org.journeyaudit.engine.journey;

/**
 * One action the customer takes at a stage (the frontstage lane): fill in a form, wait, call back, send a photo.
 * It is no backstage work: nobody in the company hands it on or is paid for its minutes, so handoff and cost rules
 * leave it alone. {@code channel} is where the customer takes it (null: no channel, e.g. gathering papers at home);
 * {@code minutes} the customer's own time, {@code waitMinutes} the time the customer waits; {@code effort} how hard it
 * is (null when not judged).
 */
public record CustomerStep(String id, String name, String channel, Double minutes, Double waitMinutes, Effort effort) {

    /** The action as reports name it: its name, or its id when it has none. */
    public String displayName() {
        return name == null || name.isBlank() ? id : name;
    }
}
