package org.journeyaudit.rules.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.journey.Channel;
import org.journeyaudit.engine.journey.ChannelMode;
import org.journeyaudit.engine.journey.Decision;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.Measurement;
import org.journeyaudit.engine.journey.Economics;
import org.journeyaudit.engine.journey.Sla;
import org.journeyaudit.engine.journey.Stage;
import org.journeyaudit.engine.journey.Step;
import org.journeyaudit.engine.journey.StepKind;
import org.journeyaudit.engine.journey.Touchpoint;
import org.journeyaudit.engine.journey.TouchpointStatus;

/**
 * A journey far larger than any real one, built so that every rule family has work to do: stages on
 * several channels with information items told on each, backstage steps bouncing between lines.
 */
final class SyntheticJourney {

    private SyntheticJourney() {
    }

    static Journey of(int stages, int channels, int stepsPerStage) {
        List<Channel> channelList = new ArrayList<>();
        for (int c = 0; c < channels; c++) {
            channelList.add(new Channel("ch" + c, "Channel " + c, c == 0 ? ChannelMode.SELF_SERVICE : ChannelMode.ASSISTED, null));
        }
        List<Stage> stageList = new ArrayList<>();
        for (int s = 0; s < stages; s++) {
            List<Touchpoint> touchpoints = new ArrayList<>();
            for (int c = 0; c < channels; c++) {
                boolean present = (s + c) % 4 != 0;
                touchpoints.add(new Touchpoint("ch" + c, present ? TouchpointStatus.PRESENT : TouchpointStatus.ABSENT, null,
                        500.0 + s, 240.0, c % 2 == 0 ? 0.1 : 0.4, false,
                        Map.of("item" + (s % 7) + ".time", (c % 3 == 0 ? "5 days" : "3 days"), "common.phone", "8-800"),
                        java.time.LocalDate.of(2026, 1, 1), "outcome " + (c % 2), null,
                        new Sla(java.time.Duration.ofDays(1 + c % 2), java.time.Duration.ofHours(4))));
            }
            List<Step> steps = new ArrayList<>();
            for (int k = 0; k < stepsPerStage; k++) {
                String id = "s" + s + "-" + k;
                steps.add(new Step(id, "step " + (k % 5), "L" + (1 + k % 3), "system" + (k % 2),
                        k % 4 == 1 ? StepKind.FORWARD : StepKind.WORK, 2.0, k % 6 == 0 ? 90.0 : 0.0,
                        k % 5 == 0 ? List.of("customer.item" + (k % 3)) : List.of(),
                        k > 0 ? List.of("s" + s + ".item" + (k - 1)) : List.of(),
                        List.of("s" + s + ".item" + k), k % 7 == 0 ? 0.1 : 0.0, false));
            }
            stageList.add(new Stage("stage" + s, "Stage " + s, null, 0, List.of(), List.of(), touchpoints, steps,
                    List.of(new Decision("d" + s, null, List.of("s" + s + ".item" + (stepsPerStage - 1))))));
        }
        return new Journey("synthetic", "Synthetic", null, null, true, null, null, "EUR", new Economics(1.0, 12),
                Measurement.NEVER, Map.of(), channelList, stageList);
    }
}
