package org.journeyaudit.engine.fact;

/** A channel of the journey; {@code serves} is false for awareness and partner channels. */
public record ChannelFact(String id, boolean selfService, boolean serves) {
}
