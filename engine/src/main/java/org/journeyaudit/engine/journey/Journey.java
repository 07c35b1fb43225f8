package org.journeyaudit.engine.journey;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A service journey as its document describes it: the stages a customer goes through to solve one
 * issue, the channels serving each stage, and the backstage steps behind them.
 */
public record Journey(
        String id,
        String name,
        String version,
        String owner,
        boolean key,
        String segment,
        String product,
        String currency,
        Economics economics,
        Measurement measurement,
        Map<String, Double> metrics,
        List<Channel> channels,
        List<Stage> stages) {

    public Journey {
        metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
        channels = channels == null ? List.of() : List.copyOf(channels);
        stages = stages == null ? List.of() : List.copyOf(stages);
        economics = economics == null ? Economics.NOT_GIVEN : economics;
        measurement = measurement == null ? Measurement.NEVER : measurement;
    }

    public Optional<Channel> channel(String channelId) {
        return channels.stream().filter(c -> c.id().equals(channelId)).findFirst();
    }

    public Optional<Stage> stage(String stageId) {
        return stages.stream().filter(s -> s.id().equals(stageId)).findFirst();
    }

    /** A journey may name itself only by id; reports then show the id. */
    public String displayName() {
        return name == null || name.isBlank() ? id : name;
    }
}
