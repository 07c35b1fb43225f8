package org.journeyaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.DocumentLimits;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.junit.jupiter.api.Test;

/**
 * Long journeys full of failure demand and required information: every stage chasing, blocked by a policy, and owing
 * an item told with a time beyond its bound on half its channels. One finding per stage and reason, per stage and item,
 * per touchpoint and item; the rules fired grow with the journey, not with its square.
 */
class DemandAndRequiredInfoShapesTest {

    private static final RuleBase RULES = RuleBase.builtIn();
    private static final Auditor AUDITOR = new Auditor(RULES);
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    private static final int CHANNELS = 10;

    /** {@code stages} stages on ten channels; the even channels tell the refund time as 30 days, the odd ones nothing. */
    private static Journey journey(int stages) {
        StringBuilder yaml = new StringBuilder("id: long\nchannels:\n");
        for (int c = 0; c < CHANNELS; c++) {
            yaml.append("  - {id: ch").append(c).append(", mode: assisted}\n");
        }
        yaml.append("stages:\n");
        for (int s = 0; s < stages; s++) {
            yaml.append("  - id: s").append(s).append("\n    casesPerMonth: 100\n    barriers:\n      - {text: paper form}\n")
                    .append("    requiredInfo:\n      - {item: refund-time, source: regulation, atMost: P10D}\n")
                    .append("    contactReasons:\n      where-is-my-refund: 50\n      form: {perMonth: 20, barrier: paper form}\n")
                    .append("    touchpoints:\n");
            for (int c = 0; c < CHANNELS; c++) {
                yaml.append("      - {channel: ch").append(c).append(", status: present")
                        .append(c % 2 == 0 ? ", info: {refund-time: 30 days}" : "").append("}\n");
            }
        }
        return new JourneyReader(DocumentLimits.DEFAULT).read("long.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
    }

    @Test
    void eachStageChannelAndItemIsReportedOnceAndTheFiringsGrowLinearly() {
        for (int n : new int[] {100, 200}) {
            Audit audit = AUDITOR.audit(journey(n), AuditOptions.asOf(AS_OF));
            Map<String, Long> counts = audit.findings().stream()
                    .filter(f -> f.ruleId().startsWith("demand/") || f.ruleId().startsWith("consistency/required-info"))
                    .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
            assertThat(counts).containsExactly(Map.entry("consistency/required-info-bound", (long) n * CHANNELS / 2),
                    Map.entry("consistency/required-info-missing", (long) n), Map.entry("demand/policy-created", (long) n),
                    Map.entry("demand/progress-chasing", (long) n));
            assertThat(audit.findings()).filteredOn(f -> f.ruleId().equals("consistency/required-info-missing") && f.stage().equals("s0"))
                    .singleElement().satisfies(f -> assertThat(f.elements()).containsExactly("item:refund-time", "touchpoint:s0@ch1",
                            "touchpoint:s0@ch3", "touchpoint:s0@ch5", "touchpoint:s0@ch7", "touchpoint:s0@ch9"));
        }
        long single = AdversarialShapesTest.firings(journey(100));
        long twice = AdversarialShapesTest.firings(journey(200));
        assertThat(twice).as("rule firings at 200 stages (%d at 100)", single).isLessThanOrEqualTo(Math.round(2.2 * single));
    }
}
