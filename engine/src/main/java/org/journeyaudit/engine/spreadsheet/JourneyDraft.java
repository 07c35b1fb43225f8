package org.journeyaudit.engine.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.document.Problem;

/**
 * The journey a grid gives, built up cell by cell and written as the journey document's tree: only what the
 * grid says, with ids made from names ({@link Ids}) and the required fields the document cannot do without.
 */
final class JourneyDraft {

    /** A channel named in the grid, once per name (case and spacing folded), with what its name says it is. */
    record DraftChannel(String id, String name, ChannelWords.Nature nature) {
    }

    record DraftBarrier(String text, String solution) {
    }

    record DraftAction(String id, String name, String channel) {
    }

    record DraftStep(String id, String name, String system, String actor) {
    }

    /** One stage, in the order of the grid's columns. */
    static final class DraftStage {
        final String id;
        final String name;
        final List<String> goals = new ArrayList<>();
        Integer emotion;
        String emotionWhere;
        final List<String> pains = new ArrayList<>();
        final List<DraftBarrier> barriers = new ArrayList<>();
        final List<DraftAction> customerSteps = new ArrayList<>();
        final Map<String, String> touchpoints = new LinkedHashMap<>();
        /** Where the stage's name and each touchpoint's mark are written, for what a merge cannot place. */
        String where;
        final Map<String, String> touchpointWhere = new HashMap<>();
        final List<DraftStep> steps = new ArrayList<>();

        DraftStage(String id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    private final Ids stageIds = new Ids("stage");
    private final Ids channelIds = new Ids("channel");
    /** Customer actions and backstage steps share one set of ids, as the document requires. */
    private final Ids actionIds = new Ids("step");
    private final Map<String, DraftChannel> channels = new LinkedHashMap<>();
    private final List<DraftStage> stages = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private String id;
    private String name;
    private String owner;

    void name(String title, String fileStem) {
        this.name = title;
        this.id = Ids.slug(title != null ? title : fileStem);
        if (id.isEmpty()) {
            id = "journey";
        }
    }

    void owner(String owner) {
        this.owner = owner;
    }

    String owner() {
        return owner;
    }

    DraftStage stage(String name, String where) {
        DraftStage stage = new DraftStage(stageIds.of(name), name);
        stage.where = where;
        stages.add(stage);
        return stage;
    }

    /** The channel declared under that name (case and spacing folded), if the draft declares it. */
    java.util.Optional<DraftChannel> declared(String channelName) {
        return java.util.Optional.ofNullable(channels.get(RowLabel.fold(channelName)));
    }

    /**
     * Takes a coverage matrix's marks into this map: each stage of the matrix by its name, each channel by its
     * name. A mark the map already has for the stage and channel must agree with it; a stage the map lacks, or
     * a mark that disagrees, is listed, not taken.
     */
    void cover(JourneyDraft matrix, RowLabels labels, List<Unmapped> unmapped) {
        Map<String, DraftStage> byName = new LinkedHashMap<>();
        stages.forEach(stage -> byName.putIfAbsent(RowLabel.fold(stage.name), stage));
        for (DraftStage covered : matrix.stages) {
            DraftStage stage = byName.get(RowLabel.fold(covered.name));
            if (stage == null) {
                if (!covered.touchpoints.isEmpty()) {
                    unmapped.add(new Unmapped(covered.where, "the stage '" + covered.name + "' of the coverage sheet is no stage of the map"
                            + ", so its marks are not read"));
                }
                continue;
            }
            for (Map.Entry<String, String> mark : covered.touchpoints.entrySet()) {
                DraftChannel coveredChannel = matrix.channels.values().stream().filter(c -> c != null && c.id().equals(mark.getKey()))
                        .findFirst().orElseThrow();
                String where = covered.touchpointWhere.get(mark.getKey());
                java.util.Optional<DraftChannel> channel = channel(coveredChannel.name(), where, labels);
                if (channel.isEmpty()) {
                    continue;
                }
                String before = stage.touchpoints.putIfAbsent(channel.get().id(), mark.getValue());
                if (before != null && !before.equals(mark.getValue())) {
                    unmapped.add(new Unmapped(where, "the map has '" + coveredChannel.name() + "' at the stage '" + stage.name + "' as "
                            + before + "; the coverage sheet marks it " + CoverageMark.written(mark.getValue())));
                }
            }
        }
    }

    List<DraftStage> stages() {
        return stages;
    }

    /**
     * The channel of that name, declared the first time it is named; empty when its name does not say who
     * serves it, which is then a problem at {@code where}.
     */
    java.util.Optional<DraftChannel> channel(String channelName, String where, RowLabels labels) {
        String key = RowLabel.fold(channelName);
        DraftChannel known = channels.get(key);
        if (known != null) {
            return java.util.Optional.of(known);
        }
        java.util.Optional<ChannelWords.Nature> nature = labels.channel(channelName);
        if (nature.isEmpty()) {
            problems.add(GridRefusal.problem(where, "the channel '" + channelName + "' does not say whether people serve it (assisted)"
                    + " or customers serve themselves (self-service), which the journey document needs; name it under 'channels' in a"
                    + " label file (--labels) with its mode"));
            channels.put(key, null);
            return java.util.Optional.empty();
        }
        DraftChannel channel = new DraftChannel(channelIds.of(channelName), channelName, nature.get());
        channels.put(key, channel);
        return java.util.Optional.of(channel);
    }

    String actionId(String name) {
        return actionIds.of(name);
    }

    /** Channels whose nature the grid does not give: the import cannot write a valid journey without it. */
    List<Problem> problems() {
        return problems;
    }

    /** The journey document's tree, fields in the order the README lists them. */
    Map<String, Object> tree() {
        Map<String, Object> journey = new LinkedHashMap<>();
        journey.put("id", id);
        put(journey, "name", name);
        put(journey, "owner", owner);
        List<Object> channelList = new ArrayList<>();
        for (DraftChannel channel : channels.values()) {
            if (channel == null) {
                continue;
            }
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", channel.id());
            c.put("name", channel.name());
            c.put("mode", channel.nature().mode().word());
            if (channel.nature().kind() != org.journeyaudit.engine.journey.ChannelKind.SERVICE) {
                c.put("kind", channel.nature().kind().word());
            }
            channelList.add(c);
        }
        if (!channelList.isEmpty()) {
            journey.put("channels", channelList);
        }
        List<Object> stageList = new ArrayList<>();
        for (DraftStage stage : stages) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", stage.id);
            s.put("name", stage.name);
            put(s, "goal", stage.goals.isEmpty() ? null : String.join("\n", stage.goals));
            put(s, "emotion", stage.emotion);
            if (!stage.pains.isEmpty()) {
                s.put("pains", List.copyOf(stage.pains));
            }
            if (!stage.barriers.isEmpty()) {
                s.put("barriers", stage.barriers.stream().map(b -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("text", b.text());
                    put(m, "solution", b.solution());
                    return (Object) m;
                }).toList());
            }
            if (!stage.customerSteps.isEmpty()) {
                s.put("customerSteps", stage.customerSteps.stream().map(a -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", a.id());
                    m.put("name", a.name());
                    put(m, "channel", a.channel());
                    return (Object) m;
                }).toList());
            }
            if (!stage.touchpoints.isEmpty()) {
                s.put("touchpoints", stage.touchpoints.entrySet().stream().map(t -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("channel", t.getKey());
                    m.put("status", t.getValue());
                    return (Object) m;
                }).toList());
            }
            if (!stage.steps.isEmpty()) {
                s.put("steps", stage.steps.stream().map(step -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", step.id());
                    m.put("name", step.name());
                    put(m, "actor", step.actor());
                    put(m, "system", step.system());
                    return (Object) m;
                }).toList());
            }
            stageList.add(s);
        }
        journey.put("stages", stageList);
        return journey;
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
