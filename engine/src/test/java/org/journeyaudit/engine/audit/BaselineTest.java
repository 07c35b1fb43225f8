package org.journeyaudit.engine.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.finding.Severity;
import org.journeyaudit.engine.journey.Journey;
import org.junit.jupiter.api.Test;

class BaselineTest {

    private static final Journey JOURNEY = new JourneyReader().read("j.yaml", """
            id: "odd \\"id\\""
            channels: [{id: phone, mode: assisted}]
            stages:
              - id: s
                touchpoints: [{channel: phone, status: present}]
                steps: [{id: a, actor: L1, kind: work}]
            """.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);

    private static Finding finding(String id, String rule, String... elements) {
        Finding.Builder builder = Finding.of(rule).stage("s");
        for (String element : elements) {
            builder.element(element);
        }
        return builder.build().reported(id, Severity.WARNING).worded("message of " + id);
    }

    private static Audit audit(Finding... findings) {
        return new Audit(JOURNEY, LocalDate.of(2026, 11, 22), List.of(findings), List.of());
    }

    @Test
    void aBaselineWrittenReadsBackAsTheSameEntriesWhateverItsIdsHold() {
        Baseline written = Baseline.of(List.of(audit(finding("F1", "handoff/ping-pong", "touchpoint:s@phone", "barrier:s#1", "item:a\\b"),
                finding("F2", "coverage/channel-gap", "step:a"))));

        assertThat(written.yaml()).isEqualTo("""
                # Known findings: an audit with --baseline lists them apart and fails only on new ones.
                findings:
                  - rule: "handoff/ping-pong"
                    journey: "odd \\"id\\""
                    elements: ["barrier:s#1", "item:a\\\\b", "touchpoint:s@phone"]
                  - rule: "coverage/channel-gap"
                    journey: "odd \\"id\\""
                    elements: ["step:a"]
                """);
        assertThat(Baseline.read("b.yaml", written.yaml().getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML)).isEqualTo(written);
    }

    @Test
    void applyingMovesKnownFindingsApartKeepingTheirNumbersAndPruningKeepsOtherJourneys() {
        Baseline baseline = new Baseline(List.of(new FindingKey("coverage/channel-gap", "odd \"id\"", List.of("step:a")),
                new FindingKey("coverage/channel-gap", "odd \"id\"", List.of("step:gone")),
                new FindingKey("coverage/channel-gap", "other", List.of("step:a"))));

        Audit applied = baseline.apply(audit(finding("F1", "handoff/ping-pong", "step:a"), finding("F2", "coverage/channel-gap", "step:a")));

        assertThat(applied.findings()).extracting(Finding::id).containsExactly("F1");
        assertThat(applied.baselined()).extracting(Finding::id).containsExactly("F2");
        assertThat(baseline.prunedBy(List.of(applied)).entries()).containsExactly(
                new FindingKey("coverage/channel-gap", "odd \"id\"", List.of("step:a")),
                new FindingKey("coverage/channel-gap", "other", List.of("step:a")));
    }

    @Test
    void aBaselineWithoutItsListIsRefusedAtItsPlace() {
        assertThatThrownBy(() -> Baseline.read("b.yaml", "entries: []\n".getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.problems()).extracting(p -> p.location() + " " + p.message())
                        .containsExactly("1:1 unknown field 'entries'; expected one of: findings", "1:1 missing required field 'findings': a list of {rule, journey, elements}"));
    }
}
