package org.journeyaudit.engine.fact;

/**
 * Derived: a step whose output something later depends on (a decision, a step that is itself needed,
 * or the customer), or that produces nothing and so is judged by other rules.
 */
public record NeededStep(String step) {
}
