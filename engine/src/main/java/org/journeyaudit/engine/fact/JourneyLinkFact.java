package org.journeyaudit.engine.fact;

/**
 * A link from this journey to another ({@code pauses}, {@code paused-by}, {@code triggers}, {@code triggered-by}) and the
 * stage where it takes effect (null: the whole journey).
 */
public record JourneyLinkFact(String journey, String other, String relation, String stage) {
}
