package org.journeyaudit.engine.fact;

import java.time.Duration;

/**
 * A value told on a serving touchpoint for an item whose required information sets a bound: the time the value states
 * ({@code ToldDuration}; null when it states none) and whether it is longer than the bound allows ({@code breaks}).
 * {@code requiredAt} is the stage that requires the item.
 */
public record BoundedTold(String stage, String channel, String item, String value, Duration told, String requiredAt, Duration atMost,
        boolean breaks) {
}
