package org.journeyaudit.engine.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.fact.ObservedHandover;
import org.journeyaudit.engine.fact.ObservedStage;
import org.journeyaudit.engine.fact.ObservedStepRecord;
import org.journeyaudit.engine.journey.Stage;
import org.journeyaudit.engine.journey.Step;

/**
 * The facts the {@code evidence/} rules judge, one set per journey beside its log: each stage's observed handovers
 * (with whether the design shows them), each designed step's recorded events, and each stage's cases over its standard.
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
            facts.add(new ObservedStage(stage.id(), index, observed.cases(), design.overStandard(observed), design.standard()));
        }
        return facts;
    }
}
