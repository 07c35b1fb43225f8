package org.journeyaudit.engine.journey;

/**
 * A link to another journey of the company: its id, how this journey bears on it, and the stage of this journey where the
 * link takes effect (null: the whole journey).
 */
public record JourneyLink(String journey, LinkRelation relation, String stage) {
}
