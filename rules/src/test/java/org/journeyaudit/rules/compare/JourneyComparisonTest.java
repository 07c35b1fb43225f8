package org.journeyaudit.rules.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.compare.FindingMatch;
import org.journeyaudit.engine.compare.JourneyComparator;
import org.journeyaudit.engine.compare.JourneyComparison;
import org.journeyaudit.engine.compare.Measure;
import org.journeyaudit.engine.compare.Verdict;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.Stage;
import org.journeyaudit.engine.journey.Step;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.junit.jupiter.api.Test;

/** Two versions of a journey audited as of one date: which findings are resolved, introduced, changed, and the verdict. */
class JourneyComparisonTest {

    private static final AuditOptions AS_OF = AuditOptions.asOf(LocalDate.parse("2026-11-22"));
    private static final JourneyComparator COMPARATOR = new JourneyComparator(new Auditor(RuleBase.builtIn()));
    private static final JourneyReader READER = new JourneyReader();

    private static Journey sample(String path) {
        return READER.read(Path.of("../samples/" + path));
    }

    /** {@code handoff/ping-pong [actor:2L, step:forward-to-3l, ...]} */
    private static String about(Finding finding) {
        return finding.ruleId() + " " + finding.elements();
    }

    private static String measures(JourneyComparison comparison, String name) {
        Measure m = comparison.measure(name).orElseThrow();
        return m.describe();
    }

    @Test
    void theComplaintBackstageLosesItsPingPongRelayAndHalfItsStepsAndIntroducesNothing() {
        JourneyComparison comparison = COMPARATOR.compare(sample("complaint-handling-before.yaml"),
                sample("complaint-handling-after.yaml"), AS_OF);
        assertThat(comparison.resolved()).extracting(JourneyComparisonTest::about).containsExactly(
                "handoff/escalation-depth [stage:file-complaint]",
                "handoff/excess [step:analyse-3l, step:answer-customer, step:forward-to-3l, step:redirect-to-supervisor, "
                        + "step:register-in-jira, step:take-explanation]",
                "handoff/ping-pong [actor:2L, step:forward-to-3l, step:redirect-to-supervisor]",
                "handoff/ping-pong [actor:3L, step:answer-customer]",
                "handoff/system-break [step:return-to-2l, step:redirect-to-supervisor, system:Jira, system:e-mail]",
                "handoff/system-break [step:send-to-2l, step:forward-to-3l, system:e-mail, system:Jira]",
                "handoff/system-break [step:transfer-to-2l, step:register-in-jira, system:telephony, system:Jira]",
                "redundancy/relay-step [step:forward-to-3l, actor:2L]",
                "redundancy/relay-step [step:redirect-to-supervisor, actor:2L]");
        assertThat(comparison.introduced()).isEmpty();
        assertThat(comparison.changed()).isEmpty();
        assertThat(comparison.unchanged()).extracting(m -> about(m.after()) + " " + m.before().id() + "->" + m.after().id())
                .containsExactly("coverage/assisted-only [stage:file-complaint] F1->F1");
        assertThat(measures(comparison, "steps")).isEqualTo("steps 10 -> 5");
        assertThat(measures(comparison, "handoffs")).isEqualTo("handoffs 6 -> 2");
        assertThat(measures(comparison, "pingPongReturns")).isEqualTo("ping-pong returns 3 -> 0");
        assertThat(measures(comparison, "customerRequests")).isEqualTo("customer requests 1 -> 1");
        assertThat(comparison.coverage().gained()).isEmpty();
        assertThat(comparison.coverage().lost()).isEmpty();
        assertThat(comparison.savings().comparable()).isFalse();
        assertThat(comparison.verdict()).isEqualTo(Verdict.BETTER);
        assertThat(comparison.improvements()).containsExactly(
                "9 findings resolved (5 warnings, 4 info)",
                "steps 10 -> 5",
                "handoffs 6 -> 2",
                "ping-pong returns 3 -> 0",
                "handling minutes 60 -> 34");
        assertThat(comparison.worsenings()).isEmpty();
        assertThat(comparison.notes()).containsExactly(
                "neither version's savings potential is priced (no contact volumes or costs), so it is not compared");
    }

    @Test
    void aChannelAddedWithoutAligningItsInformationIntroducesConsistencyFindings() {
        JourneyComparison comparison = COMPARATOR.compare(sample("insurance-insured-event.yaml"),
                sample("changes/after/insurance-insured-event.yaml"), AS_OF);
        assertThat(comparison.introduced()).extracting(JourneyComparisonTest::about).containsExactly(
                "consistency/conflicting-info [item:claim.documents, touchpoint:get-advice@chat, touchpoint:get-advice@email, "
                        + "touchpoint:get-advice@messenger, touchpoint:get-advice@phone]",
                "coverage/forced-switch [touchpoint:call-services@messenger, channel:messenger]",
                "coverage/missing-channel [touchpoint:file-claim@messenger, channel:messenger]",
                "consistency/missing-info [item:claim.status, touchpoint:check-status@messenger]");
        assertThat(comparison.introduced()).extracting(Finding::message).contains(
                "Customers are told different things about claim.documents: \"passport, policy, police report\" on chat, email, "
                        + "phone; \"passport and policy\" on messenger",
                "At stage 'check-status' customers on chat, phone are told claim.status, customers on messenger are not");
        assertThat(comparison.resolved()).isEmpty();
        // the assisted-only findings stay, naming one channel more
        assertThat(comparison.changed()).extracting(m -> about(m.after()) + ": " + m.differences()).containsExactly(
                "coverage/assisted-only [stage:get-advice]: [assistedChannels [chat, email, phone] -> [chat, email, messenger, phone]]",
                "coverage/assisted-only [stage:check-status]: [assistedChannels [chat, phone] -> [chat, messenger, phone]]",
                "coverage/assisted-only [stage:learn-decision]: [assistedChannels [chat, email, phone] -> [chat, email, messenger, phone]]");
        assertThat(comparison.unchanged()).hasSize(8);
        assertThat(comparison.coverage().gained())
                .containsExactly("get-advice@messenger", "check-status@messenger", "learn-decision@messenger");
        assertThat(comparison.coverage().lost()).isEmpty();
        assertThat(comparison.coverage().channelsAdded()).containsExactly("messenger");
        assertThat(comparison.verdict()).isEqualTo(Verdict.MIXED);
        assertThat(comparison.improvements())
                .containsExactly("3 coverage cells gained: get-advice@messenger, check-status@messenger, learn-decision@messenger");
        assertThat(comparison.worsenings()).containsExactly("4 findings introduced (1 error, 3 warnings)");
    }

    @Test
    void automatingTheBackOfficeCheckBetweenTwoStepsOfTheAgentRemovesTheHandoffsAndTheReturn() {
        Journey before = READER.read("before.yaml", """
                id: card
                stages:
                  - id: block-card
                    steps:
                      - {id: take, actor: agent}
                      - {id: check, actor: back office}
                      - {id: confirm, actor: agent}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8), org.journeyaudit.engine.document.DocumentFormat.YAML);
        Journey after = READER.read("after.yaml", """
                id: card
                stages:
                  - id: block-card
                    steps:
                      - {id: take, actor: agent}
                      - {id: check, actor: card platform, automated: true}
                      - {id: confirm, actor: agent}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8), org.journeyaudit.engine.document.DocumentFormat.YAML);
        JourneyComparison comparison = COMPARATOR.compare(before, after, AS_OF);
        assertThat(measures(comparison, "handoffs")).isEqualTo("handoffs 2 -> 0");
        assertThat(measures(comparison, "pingPongReturns")).isEqualTo("ping-pong returns 1 -> 0");
        assertThat(comparison.resolved()).extracting(JourneyComparisonTest::about)
                .containsExactly("handoff/ping-pong [actor:agent, step:confirm]");
        assertThat(comparison.introduced()).isEmpty();
    }

    @Test
    void reorderedChannelsAndCellsAndRenamedStepsChangeNoFinding() {
        Journey before = sample("insurance-insured-event.yaml");
        List<Stage> stages = new ArrayList<>();
        for (Stage s : before.stages()) {
            List<org.journeyaudit.engine.journey.Touchpoint> cells = new ArrayList<>(s.touchpoints());
            java.util.Collections.reverse(cells);
            List<Step> steps = s.steps().stream().map(st -> new Step(st.id(), "Renamed: " + st.name(), st.actor(), st.system(),
                    st.kind(), st.minutes(), st.waitMinutes(), st.asksCustomer(), st.uses(), st.produces(), st.recontactRate(),
                    st.automated(), st.mandated(), st.mandateReason(), st.repeatReason(), st.handoffReason())).toList();
            stages.add(new Stage(s.id(), s.name(), s.goal(), s.emotion(), s.pains(), s.barriers(), cells, steps, s.decisions()));
        }
        List<org.journeyaudit.engine.journey.Channel> channels = new ArrayList<>(before.channels());
        java.util.Collections.reverse(channels);
        Journey after = new Journey(before.id(), before.name(), "reordered", before.owner(), before.key(), before.segment(),
                before.product(), before.currency(), before.economics(), before.measurement(), before.metrics(), channels, stages);

        JourneyComparison comparison = COMPARATOR.compare(before, after, AS_OF);
        assertThat(comparison.resolved()).isEmpty();
        assertThat(comparison.introduced()).isEmpty();
        assertThat(comparison.changed()).isEmpty();
        assertThat(comparison.unchanged()).hasSize(comparison.before().findings().size()).hasSize(11);
        assertThat(comparison.verdict()).isEqualTo(Verdict.UNCHANGED);
        assertThat(comparison.improvements()).isEmpty();
        assertThat(comparison.worsenings()).isEmpty();
    }

    @Test
    void aFindingThatPersistsOverFewerStepsIsChangedNotResolvedAndIntroduced() {
        Journey before = sample("complaint-handling-before.yaml");
        Journey after = withoutTheSupervisor(before);

        JourneyComparison comparison = COMPARATOR.compare(before, after, AS_OF);
        FindingMatch excess = comparison.changed().stream().filter(m -> m.after().ruleId().equals("handoff/excess")).findFirst()
                .orElseThrow();
        assertThat(excess.differences()).containsExactly("no longer involves step:forward-to-3l, step:take-explanation",
                "handoffs 6 -> 4");
        assertThat(comparison.introduced()).extracting(Finding::ruleId).doesNotContain("handoff/excess");
        assertThat(comparison.resolved()).extracting(Finding::ruleId).doesNotContain("handoff/excess");
        assertThat(measures(comparison, "handoffs")).isEqualTo("handoffs 6 -> 4");
        assertThat(comparison.verdict()).isEqualTo(Verdict.BETTER);
    }

    /** The complaint journey with the supervisor's two steps taken out: the same stage, fewer steps. */
    static Journey withoutTheSupervisor(Journey before) {
        Stage stage = before.stages().get(0);
        List<Step> fewer = stage.steps().stream()
                .filter(s -> !s.id().equals("take-explanation") && !s.id().equals("send-to-2l")).toList();
        return new Journey(before.id(), before.name(), "without the supervisor", before.owner(), before.key(),
                before.segment(), before.product(), before.currency(), before.economics(), before.measurement(), before.metrics(),
                before.channels(), List.of(new Stage(stage.id(), stage.name(), stage.goal(), stage.emotion(), stage.pains(),
                        stage.barriers(), stage.touchpoints(), fewer, stage.decisions())));
    }
}
