package org.journeyaudit.engine.journey;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A service journey as its document describes it: the stages a customer goes through to solve one
 * issue, the channels serving each stage, the backstage steps behind them, and the findings its owners
 * have accepted (suppressions).
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
        List<Stage> stages,
        List<Suppression> suppressions,
        List<List<String>> equivalents) {

    public Journey(String id, String name, String version, String owner, boolean key, String segment, String product,
            String currency, Economics economics, Measurement measurement, Map<String, Double> metrics, List<Channel> channels,
            List<Stage> stages, List<Suppression> suppressions) {
        this(id, name, version, owner, key, segment, product, currency, economics, measurement, metrics, channels, stages,
                suppressions, List.of());
    }

    public Journey(String id, String name, String version, String owner, boolean key, String segment, String product,
            String currency, Economics economics, Measurement measurement, Map<String, Double> metrics, List<Channel> channels,
            List<Stage> stages) {
        this(id, name, version, owner, key, segment, product, currency, economics, measurement, metrics, channels, stages, List.of());
    }

    public Journey {
        suppressions = suppressions == null ? List.of() : List.copyOf(suppressions);
        equivalents = equivalents == null ? List.of() : equivalents.stream().map(List::copyOf).toList();
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

    /** The same journey with more suppressions (from a file beside the document). */
    public Journey withSuppressions(List<Suppression> more) {
        List<Suppression> all = new java.util.ArrayList<>(suppressions);
        all.addAll(more);
        return new Journey(id, name, version, owner, key, segment, product, currency, economics, measurement, metrics, channels,
                stages, all, equivalents);
    }

    /** A journey may name itself only by id; reports then show the id. */
    public String displayName() {
        return name == null || name.isBlank() ? id : name;
    }
}
