package org.journeyaudit.engine.fact;

/**
 * Derived: a step reported as unused output, whose work can be dropped. Recommendation rules join it by step id,
 * where matching the findings themselves would compare every finding with every other.
 */
public record DroppableStep(String step) {
}
