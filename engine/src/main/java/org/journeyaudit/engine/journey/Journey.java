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
        List<List<String>> equivalents,
        List<JourneyLink> links) {

    public Journey(String id, String name, String version, String owner, boolean key, String segment, String product,
            String currency, Economics economics, Measurement measurement, Map<String, Double> metrics, List<Channel> channels,
            List<Stage> stages, List<Suppression> suppressions, List<List<String>> equivalents) {
        this(id, name, version, owner, key, segment, product, currency, economics, measurement, metrics, channels, stages,
                suppressions, equivalents, List.of());
    }

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
        links = links == null ? List.of() : List.copyOf(links);
        suppressions = suppressions == null ? List.of() : List.copyOf(suppressions);
        equivalents = equivalents == null ? List.of() : equivalents.stream().map(List::copyOf).toList();
        metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
        channels = channels == null ? List.of() : List.copyOf(channels);
        stages = stages == null ? List.of() : List.copyOf(stages);
        economics = economics == null ? Economics.NOT_GIVEN : economics;
        measurement = measurement == null ? Measurement.NEVER : measurement;
    }

    public Optional<Channel> channel(String channelId) {
        // a loop, not a stream: a channel is looked up for every touchpoint and step of every journey audited
        for (Channel channel : channels) {
            if (channel.id().equals(channelId)) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }

    public Optional<Stage> stage(String stageId) {
        return stages.stream().filter(s -> s.id().equals(stageId)).findFirst();
    }

    /** The same journey with more suppressions (from a file beside the document). */
    public Journey withSuppressions(List<Suppression> more) {
        List<Suppression> all = new java.util.ArrayList<>(suppressions);
        all.addAll(more);
        return new Journey(id, name, version, owner, key, segment, product, currency, economics, measurement, metrics, channels,
                stages, all, equivalents, links);
    }

    /**
     * What a minute of a contact on the channel costs: the channel's own costPerMinute, else the journey's; null when
     * neither gives one. Every figure that prices contacts (savings, cost to serve, a change's exposure) reads this one.
     */
    public Double contactCostPerMinute(String channelId) {
        Double own = channel(channelId).map(Channel::costPerMinute).orElse(null);
        return own != null ? own : economics.costPerMinute();
    }

    /**
     * What a minute of a backstage step costs: the step's own costPerMinute, else the journey's backstageCostPerMinute,
     * else its costPerMinute (the contact-centre rate), else the lowest costPerMinute of the channels whose contacts
     * people handle at the stage; null when none is given.
     */
    public Double stepCostPerMinute(Stage stage, Step step) {
        if (step.costPerMinute() != null) {
            return step.costPerMinute();
        }
        if (economics.backstageCostPerMinute() != null) {
            return economics.backstageCostPerMinute();
        }
        if (economics.costPerMinute() != null) {
            return economics.costPerMinute();
        }
        Double lowest = null;
        for (Touchpoint touchpoint : stage.touchpoints()) {
            Double cost = handlesContacts(touchpoint) ? channel(touchpoint.channel()).map(Channel::costPerMinute).orElse(null) : null;
            if (cost != null && (lowest == null || cost < lowest)) {
                lowest = cost;
            }
        }
        return lowest;
    }

    /** What the touchpoint's volume counts: its own contactType, else self-service sessions on a self-service channel, else inbound contacts. */
    public ContactType contactType(Touchpoint touchpoint) {
        if (touchpoint.contactType() != null) {
            return touchpoint.contactType();
        }
        return channel(touchpoint.channel()).map(Channel::selfService).orElse(false) ? ContactType.SELF_SERVICE : ContactType.INBOUND;
    }

    /** Whether people handle the touchpoint's contacts: present, on a channel that serves, and inbound. */
    public boolean handlesContacts(Touchpoint touchpoint) {
        return touchpoint.present() && serves(touchpoint.channel()) && contactType(touchpoint).handled();
    }

    /** Inbound contacts a month that people handle at the stage; null when none of those touchpoints gives a volume. */
    public Double inboundContacts(Stage stage) {
        Double total = null;
        for (Touchpoint touchpoint : stage.touchpoints()) {
            if (handlesContacts(touchpoint) && touchpoint.volumePerMonth() != null) {
                total = (total == null ? 0 : total) + touchpoint.volumePerMonth();
            }
        }
        return total;
    }

    /** A journey may name itself only by id; reports then show the id. */
    public String displayName() {
        return name == null || name.isBlank() ? id : name;
    }

    /**
     * How tables and lists of several journeys tell them apart: the id, and the version where there is one
     * ({@code insurance-insured-event 2025}).
     */
    public String label() {
        return version == null ? id : id + " " + version;
    }

    /** Whether the company serves the customer on the channel; a channel the journey does not declare is taken to. */
    public boolean serves(String channelId) {
        return channel(channelId).map(Channel::serves).orElse(true);
    }

    /** The channels whose cell of the stage is present and that serve the customer (no advert, no partner). */
    public List<String> servingChannels(Stage stage) {
        return stage.presentChannels().stream().filter(this::serves).toList();
    }

    /**
     * The service channels the stage leaves undecided: declared by the journey, with no cell of the stage saying
     * present, absent or not applicable. An awareness or partner channel has no cell to decide, since an advert or a
     * reseller need not be placed against every stage.
     */
    public List<String> undecidedChannels(Stage stage) {
        return channels.stream().filter(Channel::serves).map(Channel::id).filter(c -> stage.cell(c).isEmpty()).toList();
    }

    /** Everything the customer is told on the journey's present touchpoints, in journey order (stage, touchpoint, item). */
    public List<Told> told() {
        List<Told> told = new java.util.ArrayList<>();
        for (Stage stage : stages) {
            for (Touchpoint touchpoint : stage.touchpoints()) {
                boolean byService = serves(touchpoint.channel());
                touchpoint.told().forEach((item, value) -> told.add(new Told(stage, touchpoint, item, value, byService)));
            }
        }
        return told;
    }

    /** The journey's actors, each under the name the journey first gives it. */
    public ActorNames actorNames() {
        return new ActorNames(stages);
    }

    /**
     * The actors at work in a stage, once each and in the order their first step comes, under the names the journey
     * first gives them: the swimlanes of the stage's backstage (automated work has its lane too). A step with no actor
     * has none.
     */
    public List<String> actorsOf(Stage stage) {
        ActorNames names = actorNames();
        return stage.steps().stream().map(Step::actor).filter(java.util.Objects::nonNull).map(names::of).distinct().toList();
    }

    /**
     * The paths customers take between stages, in the journey's order: a stage's declared {@code next} stages with their
     * shares, or else the stage after it in the list; none from a stage that ends the journey. An optional stage in the way splits that path: its share of the cases
     * goes through it, the rest passes on to the stage after it (and so on over several optional stages). The rules that
     * compare the stages a customer passes through in sequence match these paths.
     */
    public List<StagePath> paths() {
        List<StagePath> paths = new java.util.ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            Stage from = stages.get(i);
            if (!from.next().isEmpty()) {
                for (StageLink link : from.next()) {
                    Optional<Stage> to = stage(link.stage());
                    if (to.isPresent()) {
                        Double share = link.share() != null ? link.share() : from.next().size() == 1 ? Double.valueOf(1) : null;
                        paths.add(new StagePath(from, to.get(), share, stages.indexOf(to.get()) == i + 1));
                    }
                }
                continue;
            }
            if (from.ends()) {
                continue;
            }
            Double remaining = 1.0;
            for (int j = i + 1; j < stages.size(); j++) {
                Stage to = stages.get(j);
                if (!to.optional()) {
                    paths.add(new StagePath(from, to, remaining, j == i + 1));
                    break;
                }
                Double taken = remaining == null || to.share() == null ? null : remaining * to.share();
                paths.add(new StagePath(from, to, taken, j == i + 1));
                remaining = remaining == null || to.share() == null ? null : remaining * (1 - to.share());
            }
        }
        return paths;
    }

    /**
     * The share of the journey's cases that reach each stage, in the journey's order, along {@link #paths()}: every case
     * starts at the first stage; a stage's share is the sum over the paths into it. Null for a stage some path into which
     * has no known share.
     */
    public Map<String, Double> reach() {
        Map<String, Double> reach = new java.util.LinkedHashMap<>();
        java.util.Set<String> unknown = new java.util.HashSet<>();
        stages.forEach(s -> reach.put(s.id(), 0.0));
        if (stages.isEmpty()) {
            return reach;
        }
        reach.put(stages.get(0).id(), 1.0);
        // paths() lists paths by their first stage in the journey's order, and paths lead forward only
        for (StagePath path : paths()) {
            String from = path.from().id();
            String to = path.to().id();
            if (unknown.contains(from) || path.share() == null) {
                unknown.add(to);
            } else {
                reach.merge(to, reach.get(from) * path.share(), Double::sum);
            }
        }
        unknown.forEach(id -> reach.put(id, null));
        return reach;
    }
}
