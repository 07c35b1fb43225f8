package org.journeyaudit.engine.fact;

/**
 * A path customers take from one stage straight to the next they pass through ({@code Journey.paths()}), with the share
 * of the first stage's cases that take it (null when unknown); {@code adjacent} is false when the path skips optional
 * stages or jumps to a later branch. Rules that compare consecutive stages of a customer's real sequence join on it.
 */
public record PathFact(String from, int fromIndex, String to, int toIndex, Double share, boolean adjacent) {
}
