package org.journeyaudit.engine.fact;

import java.time.Duration;

/**
 * Something the customer must be told at a stage, with its source ({@code law}, {@code regulation}, {@code policy},
 * {@code contract}) and reason, its bound (null when none), and how far it is told: on how many of the stage's serving
 * channels ({@code toldOn} of {@code servingChannels}), and whether any serving touchpoint of the journey tells it at all.
 */
public record RequiredInfoFact(String stage, int stageIndex, String item, String source, String reason, Duration atMost,
        int toldOn, int servingChannels, boolean toldInJourney) {
}
