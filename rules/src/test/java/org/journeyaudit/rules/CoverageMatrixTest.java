package org.journeyaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.recommend.Action;
import org.journeyaudit.engine.recommend.Recommendation;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.junit.jupiter.api.Test;

/**
 * A nine-channel map as clients draw it: six service channels, two awareness channels and a partner, eight
 * stages, and after the first stage only the phone decided. Deciding the cells is housekeeping: it makes one
 * finding and one recommendation per stage, whatever the number of cells, and ranks below every real flaw.
 */
class CoverageMatrixTest {

    private static final Auditor AUDITOR = new Auditor(RuleBase.builtIn());
    private static final List<String> SERVICE = List.of("phone", "chat", "email", "app", "web", "branch");

    private static String journey() {
        String channels = SERVICE.stream().map(c -> "  - {id: " + c + ", mode: " + (c.equals("app") || c.equals("web") ? "self-service" : "assisted") + "}\n")
                .collect(Collectors.joining())
                + "  - {id: tv, mode: assisted, kind: awareness}\n"
                + "  - {id: word-of-mouth, mode: assisted, kind: awareness}\n"
                + "  - {id: broker, mode: assisted, kind: partner}\n";
        String first = "  - id: s0\n    touchpoints:\n" + SERVICE.stream()
                .map(c -> "      - {channel: " + c + ", status: present}\n").collect(Collectors.joining())
                + "      - {channel: tv, status: present}\n      - {channel: word-of-mouth, status: present}\n"
                + "      - {channel: broker, status: present}\n";
        String rest = IntStream.rangeClosed(1, 7).mapToObj(s -> "  - id: s" + s + "\n    touchpoints:\n"
                + "      - {channel: phone, status: present}\n"
                + "      - {channel: email, status: absent}\n").collect(Collectors.joining());
        return "id: nine-channels\nchannels:\n" + channels + "stages:\n" + first + rest;
    }

    @Test
    void dozensOfUndecidedCellsMakeOneFindingAndOneRecommendationPerStageRankedBelowTheRealFlaws() {
        Audit audit = AUDITOR.audit(new JourneyReader().read("nine.yaml", journey().getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML),
                AuditOptions.asOf(LocalDate.of(2026, 11, 28)));
        Map<String, Long> counts = audit.findings().stream().collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
        assertThat(counts).containsExactly(
                Map.entry("coverage/assisted-only", 7L),
                Map.entry("coverage/forced-switch", 5L),
                Map.entry("coverage/missing-channel", 7L),
                Map.entry("coverage/undecided-cell", 7L),
                Map.entry("governance/measurement-overdue", 3L));
        assertThat(audit.findings()).as("the advert, word of mouth and the broker are judged nowhere")
                .allSatisfy(f -> assertThat(f.elements()).noneMatch(e -> e.contains("tv") || e.contains("word-of-mouth") || e.contains("broker")));
        List<Finding> undecided = audit.findings().stream().filter(f -> f.ruleId().equals("coverage/undecided-cell")).toList();
        assertThat(undecided).extracting(Finding::elements).containsExactlyElementsOf(IntStream.rangeClosed(1, 7)
                .mapToObj(s -> List.of("touchpoint:s" + s + "@app", "touchpoint:s" + s + "@branch", "touchpoint:s" + s + "@chat",
                        "touchpoint:s" + s + "@web"))
                .toList());
        assertThat(undecided.get(0).message()).isEqualTo("The matrix does not say whether stage 's1' is served on app, branch, chat, web: "
                + "mark each cell present, absent (with a reason) or not-applicable");

        List<Recommendation> ranked = audit.recommendations();
        assertThat(ranked).hasSize(26);
        List<Recommendation> decide = ranked.stream().filter(r -> r.action() == Action.DECIDE_COVERAGE).toList();
        assertThat(decide).as("one per stage, the last seven of the list, each P4 at the capped score")
                .extracting(r -> r.rank() + " " + r.priority() + " " + r.score() + " " + r.findings())
                .containsExactly("20 P4 5 [F11]", "21 P4 5 [F14]", "22 P4 5 [F17]", "23 P4 5 [F20]", "24 P4 5 [F23]", "25 P4 5 [F26]",
                        "26 P4 5 [F29]");
        assertThat(decide.get(0).targets()).containsExactly("touchpoint:s1@app", "touchpoint:s1@branch", "touchpoint:s1@chat", "touchpoint:s1@web");
        assertThat(decide.get(0).why()).isEqualTo("P4 (below 15): answers an info finding +15; low effort -0; "
                + "housekeeping, ranked after the flaws: capped at 5 = 5");
        assertThat(ranked.subList(0, 19)).as("every flaw, even a P4 one with a negative score, ranks before deciding cells")
                .noneMatch(r -> r.action().housekeeping())
                .anyMatch(r -> r.score() < 0);
    }
}
