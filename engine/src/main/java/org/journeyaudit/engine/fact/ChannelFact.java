package org.journeyaudit.engine.fact;

/** A channel of the journey. */
public record ChannelFact(String id, boolean selfService) {
}
