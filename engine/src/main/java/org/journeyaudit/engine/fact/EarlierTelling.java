package org.journeyaudit.engine.fact;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.RequiredInfo;
import org.journeyaudit.engine.journey.Stage;
import org.journeyaudit.engine.journey.StagePath;
import org.journeyaudit.engine.journey.Touchpoint;

/**
 * Where a customer has already been told a required item before a stage: at an earlier stage every case passes through
 * on its way there (along the journey's paths: an optional stage or another branch is not passed by every case) and that
 * tells the item on every channel serving it (a customer who came by chat was not told what only the phone says).
 */
final class EarlierTelling {

    /** For each stage, by index, the stages every path from the first stage to it passes through, itself included. */
    private final List<BitSet> passedBefore;
    /** For each required item, the stages (by index) that tell it on every channel serving them. */
    private final Map<String, List<Integer>> toldFully;
    private final Journey journey;

    private EarlierTelling(Journey journey, List<BitSet> passedBefore, Map<String, List<Integer>> toldFully) {
        this.journey = journey;
        this.passedBefore = passedBefore;
        this.toldFully = toldFully;
    }

    static EarlierTelling of(Journey journey, Map<String, Integer> index) {
        Set<String> required = new HashSet<>();
        for (Stage stage : journey.stages()) {
            for (RequiredInfo info : stage.requiredInfo()) {
                required.add(info.item());
            }
        }
        if (required.isEmpty()) {
            return new EarlierTelling(journey, List.of(), Map.of());
        }
        int count = journey.stages().size();
        List<List<Integer>> into = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            into.add(new ArrayList<>());
        }
        for (StagePath path : journey.paths()) {
            Integer from = index.get(path.from().id());
            Integer to = index.get(path.to().id());
            if (from != null && to != null && from < to) {
                into.get(to).add(from);
            }
        }
        // paths lead forward only, so each stage's predecessors are settled before it
        List<BitSet> passed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BitSet before = null;
            for (int from : into.get(i)) {
                if (before == null) {
                    before = (BitSet) passed.get(from).clone();
                } else {
                    before.and(passed.get(from));
                }
            }
            if (before == null) {
                before = new BitSet();
            }
            before.set(i);
            passed.add(before);
        }
        Map<String, List<Integer>> toldFully = new HashMap<>();
        for (int i = 0; i < count; i++) {
            Stage stage = journey.stages().get(i);
            List<String> serving = journey.servingChannels(stage);
            if (serving.isEmpty()) {
                continue;
            }
            Map<String, Integer> channelsTelling = new HashMap<>();
            for (Touchpoint touchpoint : stage.touchpoints()) {
                if (!touchpoint.present() || !serving.contains(touchpoint.channel())) {
                    continue;
                }
                for (String item : touchpoint.told().keySet()) {
                    if (required.contains(item)) {
                        channelsTelling.merge(item, 1, Integer::sum);
                    }
                }
            }
            int at = i;
            channelsTelling.forEach((item, channels) -> {
                if (channels >= serving.size()) {
                    toldFully.computeIfAbsent(item, k -> new ArrayList<>()).add(at);
                }
            });
        }
        return new EarlierTelling(journey, passed, toldFully);
    }

    /** The id of the latest earlier stage every case passes before stage {@code at} that tells the item fully; null when none. */
    String toldBefore(int at, String item) {
        String found = null;
        for (int stage : toldFully.getOrDefault(item, List.of())) {
            if (stage < at && passedBefore.get(at).get(stage)) {
                found = journey.stages().get(stage).id();
            }
        }
        return found;
    }
}
