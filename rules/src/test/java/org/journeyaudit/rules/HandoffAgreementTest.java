package org.journeyaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.fact.Elements;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.Stage;
import org.journeyaudit.engine.journey.StepHandoff;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.junit.jupiter.api.Test;

/**
 * The handoffs the rules count are the ones the rest of the engine counts through {@link Stage#handoffs()} and
 * {@link Stage#returns()} (savings, comparisons, checklists, custom checks, the report's map), on every sample and every
 * journey of the handoff and redundancy fixtures: with no handoff allowed, handoff/excess names exactly the unplanned
 * handoffs of each stage, and handoff/ping-pong exactly its returns.
 */
class HandoffAgreementTest {

    private static final Auditor AUDITOR = new Auditor(RuleBase.builtIn());

    @Test
    void theRulesAndTheJourneyModelAgreeOnEveryHandoffAndReturn() throws Exception {
        List<Journey> journeys = new ArrayList<>();
        for (RuleFixture fixture : RuleFixture.all()) {
            if (fixture.rule().startsWith("handoff/") || fixture.rule().startsWith("redundancy/")) {
                fixture.cases().forEach(c -> journeys.add(c.journey()));
            }
        }
        try (Stream<Path> files = Files.list(SampleJourneysTest.SAMPLES)) {
            JourneyReader reader = new JourneyReader();
            for (Path file : files.filter(f -> DocumentFormat.isJourneyFileName(f.getFileName().toString())).sorted().toList()) {
                journeys.add(reader.read(file));
            }
        }
        int planned = 0;
        int returning = 0;
        int skippedAutomated = 0;
        for (Journey journey : journeys) {
            Audit audit = AUDITOR.audit(journey, new AuditOptions(LocalDate.parse("2026-01-15"),
                    Map.of("handoff/excess", Map.of("max", 0.0)), Map.of()));
            Map<String, List<String>> excess = new TreeMap<>();
            Map<String, List<String>> returns = new TreeMap<>();
            for (Finding finding : audit.findings()) {
                if (finding.ruleId().equals("handoff/excess")) {
                    excess.computeIfAbsent(finding.stage(), s -> new ArrayList<>()).addAll(Elements.ofKind(finding.elements(), "step"));
                } else if (finding.ruleId().equals("handoff/ping-pong")) {
                    returns.computeIfAbsent(finding.stage(), s -> new ArrayList<>()).addAll(Elements.ofKind(finding.elements(), "step"));
                }
            }
            Map<String, List<String>> unplannedByModel = new TreeMap<>();
            Map<String, List<String>> returningByModel = new TreeMap<>();
            for (Stage stage : journey.stages()) {
                for (StepHandoff handoff : stage.handoffs()) {
                    if (!handoff.planned()) {
                        unplannedByModel.computeIfAbsent(stage.id(), s -> new ArrayList<>()).add(Elements.step(handoff.to().id()));
                    } else {
                        planned++;
                    }
                }
                for (StepHandoff back : stage.returns()) {
                    returningByModel.computeIfAbsent(stage.id(), s -> new ArrayList<>()).add(Elements.step(back.to().id()));
                    returning++;
                }
                skippedAutomated += (int) stage.steps().stream().filter(s -> s.automated()).count();
            }
            excess.values().forEach(l -> l.sort(null));
            unplannedByModel.values().forEach(l -> l.sort(null));
            returns.values().forEach(l -> l.sort(null));
            returningByModel.values().forEach(l -> l.sort(null));
            assertThat(excess).as("handoffs of journey %s", journey.id()).isEqualTo(unplannedByModel);
            assertThat(returns).as("returns of journey %s", journey.id()).isEqualTo(returningByModel);
        }
        // the journeys compared hold every kind of case the definitions must agree on
        assertThat(planned).isGreaterThan(0);
        assertThat(returning).isGreaterThan(0);
        assertThat(skippedAutomated).isGreaterThan(0);
    }
}
