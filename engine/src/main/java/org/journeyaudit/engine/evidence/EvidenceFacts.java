package org.journeyaudit.engine.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.fact.ObservedHandleTime;
import org.journeyaudit.engine.fact.ObservedHandover;
import org.journeyaudit.engine.fact.ObservedLevel;
import org.journeyaudit.engine.fact.ObservedStage;
import org.journeyaudit.engine.fact.ObservedStepRecord;
import org.journeyaudit.engine.fact.ObservedSwitch;
import org.journeyaudit.engine.fact.ObservedVolume;
import org.journeyaudit.engine.journey.Stage;
import org.journeyaudit.engine.journey.Step;
import org.journeyaudit.engine.journey.Touchpoint;

/**
 * The facts the {@code evidence/} rules judge, one set per journey beside its log: each stage's observed handovers
 * (with whether the design shows them), each designed step's recorded events, each stage's cases over its standard, the
 * support levels its cases are escalated to (with whether its design has that line), its cases a month beside the
 * document's, and the handle time of its contacts on each channel beside its touchpoint's {@code handleSeconds}.
 */
public final class EvidenceFacts {

    private EvidenceFacts() {
    }

    public static List<Object> of(Evidence evidence) {
        List<Object> facts = new ArrayList<>();
        List<StageDesign> designs = evidence.designs();
        for (int index = 0; index < designs.size(); index++) {
            StageDesign design = designs.get(index);
            Stage stage = design.stage();
            StageObservation observed = evidence.measures().stage(stage.id());
            for (Map.Entry<StageObservation.HandoverPair, Long> pair : observed.pairs().entrySet()) {
                facts.add(new ObservedHandover(stage.id(), index, pair.getKey().from(), pair.getKey().to(), pair.getValue(),
                        observed.cases(), design.designs(pair.getKey())));
            }
            for (Step step : stage.steps()) {
                facts.add(new ObservedStepRecord(stage.id(), index, step.id(), observed.steps().getOrDefault(step.id(), 0L),
                        observed.cases(), step.automated(), step.partner()));
            }
            for (Map.Entry<Integer, Long> level : observed.escalatedTo().entrySet()) {
                facts.add(new ObservedLevel(stage.id(), index, level.getKey(), level.getValue(), observed.cases(),
                        design.hasLine(level.getKey())));
            }
            for (Map.Entry<String, Long> channel : observed.switchedTo().entrySet()) {
                facts.add(new ObservedSwitch(stage.id(), index, channel.getKey(), channel.getValue(), observed.cases(),
                        design.channelsOnward()));
            }
            for (Map.Entry<String, Durations> channel : observed.handleTimes().entrySet()) {
                Touchpoint touchpoint = stage.touchpoints().stream().filter(t -> t.channel().equals(channel.getKey())).findFirst()
                        .orElse(null);
                Durations times = channel.getValue();
                facts.add(new ObservedHandleTime(stage.id(), index, channel.getKey(), times.count(), times.percentile(0.5),
                        times.percentile(0.9), evidence.measures().periodDays(), touchpoint == null ? null : touchpoint.handleSeconds(),
                        touchpoint != null && evidence.journey().handlesContacts(touchpoint), evidence.log()));
            }
            facts.add(new ObservedVolume(stage.id(), index, observed.cases(), evidence.measures().periodDays(), stage.casesPerMonth(),
                    evidence.log()));
            facts.add(new ObservedStage(stage.id(), index, observed.cases(), design.overStandard(observed), design.standard()));
        }
        return facts;
    }
}
