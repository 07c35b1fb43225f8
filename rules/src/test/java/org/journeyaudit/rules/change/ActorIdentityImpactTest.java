package org.journeyaudit.rules.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.journeyaudit.engine.change.AffectedJourney;
import org.journeyaudit.engine.change.ChangeImpact;
import org.journeyaudit.engine.change.ChangeRequestReader;
import org.journeyaudit.engine.change.ChecklistItem;
import org.journeyaudit.engine.change.ImpactAnalyzer;
import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.junit.jupiter.api.Test;

/**
 * A change that names an actor reaches that actor however a journey writes its name, and the checklist counts one
 * actor once; a name that only shares the support line is another actor, reached with that reason.
 */
class ActorIdentityImpactTest {

    private static final ImpactAnalyzer ANALYZER = new ImpactAnalyzer(RuleBase.builtIn());

    private static Journey journey(String yaml) {
        return new JourneyReader().read("inline.yaml", yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
    }

    private static final Journey CLAIMS = journey("""
            id: claims
            stages:
              - id: file
                steps:
                  - {id: register, actor: L2, minutes: 3}
                  - {id: assess, actor: back office, minutes: 10}
                  - {id: recheck, actor: "l2 ", minutes: 2}
            """);

    private static final Journey REFUNDS = journey("""
            id: refunds
            stages:
              - id: refund
                steps:
                  - {id: check, actor: "L2", minutes: 4}
                  - {id: pay, actor: 2nd line, minutes: 1}
            """);

    private static ChangeImpact impact() {
        String change = "id: CR-7\ntitle: Second line moves to the new CRM\ntype: new-it-system\ntouches: {actors: [l2]}\n";
        return ANALYZER.analyse(new ChangeRequestReader().read("change.yaml", change.getBytes(StandardCharsets.UTF_8),
                DocumentFormat.YAML), List.of(CLAIMS, REFUNDS), LocalDate.parse("2026-11-22"));
    }

    private static ChecklistItem item(ChangeImpact impact, String id) {
        return impact.checklist().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aChangeNamingAnActorReachesItInAnyCaseAndSpacingAndItsSupportLineWithThatReason() {
        ChangeImpact impact = impact();
        AffectedJourney claims = impact.affected().stream().filter(a -> a.journey().id().equals("claims")).findFirst().orElseThrow();
        AffectedJourney refunds = impact.affected().stream().filter(a -> a.journey().id().equals("refunds")).findFirst().orElseThrow();
        assertThat(claims.steps()).extracting(s -> s.step().id() + ": " + s.reasons().get(0).describe()).containsExactly(
                "register: done by L2 (touches.actors[0])",
                "recheck: done by L2 (touches.actors[0])");
        assertThat(refunds.steps()).extracting(s -> s.step().id() + ": " + s.reasons().get(0).describe()).containsExactly(
                "check: done by L2 (touches.actors[0])",
                "pay: done by 2nd line, the same support line as l2 (touches.actors[0])");
    }

    @Test
    void theChecklistCountsOneActorOnceUnderTheNameItIsFirstMetBy() {
        ChangeImpact impact = impact();
        assertThat(item(impact, "staffing").known()).containsExactly(
                "L2: 3 affected steps in claims (register, recheck), refunds (check); workload not known (the steps give no minutes or their stages no volumes).",
                "2nd line: 1 affected step in refunds (pay); workload not known (the steps give no minutes or their stages no volumes).");
        assertThat(item(impact, "communication-training").known()).first().isEqualTo("Train the actors of the affected steps: L2, 2nd line.");
    }
}
