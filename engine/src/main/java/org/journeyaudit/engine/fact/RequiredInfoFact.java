package org.journeyaudit.engine.fact;

import java.time.Duration;
import java.util.List;

/**
 * Something the customer must be told at a stage, with its source ({@code law}, {@code regulation}, {@code policy},
 * {@code contract}) and reason, its bound (null when none), and how far it is told: on how many of the stage's serving
 * channels ({@code toldOn} of {@code servingChannels}: the ones that tell it, {@code toldChannels}, and those that do
 * not, {@code silentChannels}), whether any serving touchpoint of the journey tells it at all, and {@code toldBefore},
 * the earlier stage that every case passes through on its way here and that tells it on all its serving channels
 * (null when none does): there the customer has already been told.
 */
public record RequiredInfoFact(String stage, int stageIndex, String item, String source, String reason, Duration atMost,
        int toldOn, int servingChannels, boolean toldInJourney, List<String> toldChannels, List<String> silentChannels, String toldBefore) {

    public RequiredInfoFact {
        toldChannels = toldChannels == null ? List.of() : List.copyOf(toldChannels);
        silentChannels = silentChannels == null ? List.of() : List.copyOf(silentChannels);
    }

    /** How far an item is told, without the channels named or what earlier stages tell. */
    public RequiredInfoFact(String stage, int stageIndex, String item, String source, String reason, Duration atMost, int toldOn,
            int servingChannels, boolean toldInJourney) {
        this(stage, stageIndex, item, source, reason, atMost, toldOn, servingChannels, toldInJourney, List.of(), List.of(), null);
    }
}
