package org.journeyaudit.engine.journey;

/**
 * A path a customer takes from one stage straight to another, with the share of the first stage's cases that take it
 * (null when the document does not say, e.g. an optional stage without its share). {@code adjacent} says the two stages
 * are neighbours in the journey's list; a path may skip optional stages or branch further on.
 */
public record StagePath(Stage from, Stage to, Double share, boolean adjacent) {
}
