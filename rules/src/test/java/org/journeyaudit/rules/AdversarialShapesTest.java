package org.journeyaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.fact.AuditDate;
import org.journeyaudit.engine.fact.JourneyFacts;
import org.journeyaudit.engine.fact.Parameter;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.language.Figures;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.recommend.Action;
import org.journeyaudit.engine.recommend.Recommendation;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.journeyaudit.engine.rulebase.RuleDescription;
import org.journeyaudit.engine.rulebase.RuleParameter;
import org.journeyaudit.rules.benchmark.HostileJourney;
import org.junit.jupiter.api.Test;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * The hostile journey shapes of the hardening issue, each at a size N and 2N, audited within the default budget:
 * the findings are exact (one per group, naming every member) and the rules fired grow linearly with the journey.
 * Firings are counted, never timed, so the test says the same on any machine.
 */
class AdversarialShapesTest {

    private static final RuleBase RULES = RuleBase.builtIn();
    private static final Auditor AUDITOR = new Auditor(RULES);
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    /** Counts in messages are figures, grouped by thousands. */
    private static final Figures FIGURES = Figures.of(Language.EN);

    @Test
    void thousandsOfStepsAskingForTheSameItemsMakeOneRepeatedRequestPerItem() {
        IntFunction<Journey> shape = HostileJourney::askingSteps;
        for (int n : new int[] {2_000, 4_000}) {
            Audit audit = AUDITOR.audit(shape.apply(n), AuditOptions.asOf(AS_OF));
            assertThat(countsByRule(audit)).isEqualTo(withJourneyFindings(Map.of(
                    "coverage/no-channel", 1L,
                    "redundancy/repeated-request", 5L,
                    "redundancy/unused-output", (long) n)));
            Finding orders = only(audit, "redundancy/repeated-request", "item:order.number");
            List<String> repeats = IntStream.range(1, n).mapToObj(i -> "step:ask-" + i).toList();
            assertThat(orders.elements()).hasSize(n + 1).containsAll(repeats).contains("step:ask-0", "item:order.number");
            assertThat(orders.message()).isEqualTo("The customer is asked again for order.number at steps "
                    + IntStream.rangeClosed(1, 10).mapToObj(i -> "'ask-" + i + "' (L1)").collect(Collectors.joining(", "))
                    + " and " + FIGURES.number(n - 11) + " more, though step 'ask-0' (L1) already asked for it");
        }
        assertLinear(shape, 2_000);
    }

    @Test
    void aThousandStepsOfOneNameInOneStageMakeOneDuplicateStepFinding() {
        IntFunction<Journey> shape = HostileJourney::sameNameSteps;
        for (int n : new int[] {1_000, 2_000}) {
            Audit audit = AUDITOR.audit(shape.apply(n), AuditOptions.asOf(AS_OF));
            assertThat(countsByRule(audit)).isEqualTo(withJourneyFindings(Map.of(
                    "coverage/no-channel", 1L,
                    "redundancy/duplicate-step", 1L)));
            Finding duplicate = only(audit, "redundancy/duplicate-step", "step:check-0");
            assertThat(duplicate.elements()).isEqualTo(IntStream.range(0, n).mapToObj(i -> "step:check-" + i).toList());
            assertThat(duplicate.message()).isEqualTo("Steps "
                    + IntStream.range(0, 10).mapToObj(i -> "'check-" + i + "'").collect(Collectors.joining(", "))
                    + " and " + FIGURES.number(n - 10) + " more do the same work (\"check the claim\") " + FIGURES.number(n) + " times in one stage");
            // the merge targets every step after the first, and its title stays short
            List<Recommendation> merges = audit.recommendations().stream().filter(r -> r.action() == Action.MERGE_STEPS).toList();
            assertThat(merges).hasSize(1);
            assertThat(merges.get(0).targets()).isEqualTo(IntStream.range(1, n).mapToObj(i -> "step:check-" + i).toList());
            assertThat(merges.get(0).title()).isEqualTo("Do the work once: check-1, check-2, check-3 and " + FIGURES.number(n - 4) + " more");
        }
        assertLinear(shape, 1_000);
    }

    @Test
    void oneItemToldDifferentlyOnHundredsOfTouchpointsMakesOneConflict() {
        // ten channels at n / 10 stages, every touchpoint telling its own refund time
        IntFunction<Journey> shape = HostileJourney::toldItem;
        for (int n : new int[] {200, 400}) {
            Audit audit = AUDITOR.audit(shape.apply(n), AuditOptions.asOf(AS_OF));
            assertThat(countsByRule(audit)).isEqualTo(withJourneyFindings(Map.of("consistency/conflicting-info", 1L)));
            Finding conflict = only(audit, "consistency/conflicting-info", "item:refund.time");
            assertThat(conflict.stage()).isNull();
            assertThat(conflict.elements()).hasSize(n + 1).contains("touchpoint:stage-0@ch0", "touchpoint:stage-" + (n / 10 - 1) + "@ch9");
            // by channel, then stage: ch0 at every stage comes first, each its own value
            assertThat(conflict.message()).isEqualTo("Customers are told different things about refund.time: "
                    + IntStream.range(0, 10).mapToObj(s -> "\"" + s + "-ch0 days\" on ch0 at 'stage-" + s + "'")
                            .collect(Collectors.joining("; "))
                    + "; and " + (n - 10) + " more");
        }
        assertLinear(shape, 200);
    }

    @Test
    void workBouncingBetweenTwoActorsHundredsOfTimesMakesOnePingPongPerActor() {
        IntFunction<Journey> shape = HostileJourney::bouncingWork;
        for (int n : new int[] {400, 800}) {
            Audit audit = AUDITOR.audit(shape.apply(n), AuditOptions.asOf(AS_OF));
            assertThat(countsByRule(audit)).isEqualTo(withJourneyFindings(Map.of(
                    "coverage/no-channel", 1L,
                    "handoff/excess", 1L,
                    "handoff/ping-pong", 2L)));
            // L1 works at even steps and gets the work back at each after the first, L2 at odd ones after the first
            Finding l1 = only(audit, "handoff/ping-pong", "actor:L1");
            assertThat(l1.elements()).containsExactlyInAnyOrderElementsOf(concat("actor:L1",
                    IntStream.range(1, n / 2).mapToObj(i -> "step:pass-" + 2 * i).toList()));
            assertThat(l1.message()).isEqualTo("In stage 'handle' the work comes back to L1 " + (n / 2 - 1)
                    + " times after L1 passed it on (from L2)");
            Finding l2 = only(audit, "handoff/ping-pong", "actor:L2");
            assertThat(l2.elements()).containsExactlyInAnyOrderElementsOf(concat("actor:L2",
                    IntStream.range(1, n / 2).mapToObj(i -> "step:pass-" + (2 * i + 1)).toList()));
            assertThat(only(audit, "handoff/excess", "step:pass-1").evidence()).containsEntry("handoffs", (long) n - 1);
        }
        assertLinear(shape, 400);
    }

    @Test
    void manyStepsProducingWhatNobodyUsesMakeOneUnusedOutputEach() {
        IntFunction<Journey> shape = HostileJourney::unusedOutputs;
        for (int n : new int[] {2_000, 4_000}) {
            Audit audit = AUDITOR.audit(shape.apply(n), AuditOptions.asOf(AS_OF));
            assertThat(countsByRule(audit)).isEqualTo(withJourneyFindings(Map.of(
                    "coverage/no-channel", 1L,
                    "redundancy/unused-output", (long) n)));
            assertThat(only(audit, "redundancy/unused-output", "step:note-7").elements()).containsExactly("step:note-7", "item:note.7");
        }
        assertLinear(shape, 2_000);
    }

    @Test
    void manyProducersAndUsersOfOneItemAreNeededThroughItsLastUse() {
        // producers and users of one case file take turns; only the last user's note reaches a decision
        IntFunction<Journey> shape = HostileJourney::sharedItem;
        for (int n : new int[] {1_000, 2_000}) {
            Audit audit = AUDITOR.audit(shape.apply(n), AuditOptions.asOf(AS_OF));
            assertThat(countsByRule(audit)).isEqualTo(withJourneyFindings(Map.of(
                    "coverage/no-channel", 1L,
                    "redundancy/duplicate-step", 1L,
                    "redundancy/unused-output", (long) n - 1)));
            // every update is needed: the last read is, and each update's output reaches it through the reads after it
            assertThat(audit.findings()).filteredOn(f -> f.ruleId().equals("redundancy/unused-output"))
                    .allMatch(f -> f.elements().size() == 2 && f.elements().get(0).startsWith("step:read-"));
            Finding unused = only(audit, "redundancy/unused-output", "step:read-0");
            assertThat(unused.message()).isEqualTo("Step 'read-0' produces note.0, which no later step or decision uses: the work can be dropped");
            Finding duplicate = only(audit, "redundancy/duplicate-step", "step:update-0");
            assertThat(duplicate.elements()).hasSize(n + 1).endsWith("item:case.file");
            assertThat(duplicate.message()).isEqualTo("Steps "
                    + IntStream.range(0, 10).mapToObj(i -> "'update-" + i + "'").collect(Collectors.joining(", "))
                    + " and " + FIGURES.number(n - 10) + " more all produce case.file in one stage: the work is done " + FIGURES.number(n) + " times");
        }
        assertLinear(shape, 1_000);
    }

    @Test
    void manyNeedlessStepsThatMakeCustomersCallAgainAreDroppedTogetherWithTheirRecontacts() {
        IntFunction<Journey> shape = HostileJourney::recontactSteps;
        for (int n : new int[] {2_000, 4_000}) {
            Audit audit = AUDITOR.audit(shape.apply(n), AuditOptions.asOf(AS_OF));
            assertThat(countsByRule(audit)).isEqualTo(withJourneyFindings(Map.of(
                    "coverage/no-channel", 1L,
                    "redundancy/recontact", (long) n,
                    "redundancy/unused-output", (long) n)));
            // each step's two findings make one recommendation to drop it; none proposes resolving at first contact
            List<Recommendation> drops = audit.recommendations().stream().filter(r -> r.action() == Action.ELIMINATE_STEP).toList();
            assertThat(drops).hasSize(n).allMatch(r -> r.targets().size() == 1 && r.findings().size() == 2);
            assertThat(audit.recommendations()).noneMatch(r -> r.action() == Action.RESOLVE_FIRST_CONTACT);
            assertThat(only(audit, "redundancy/recontact", "step:call-7").message())
                    .isEqualTo("Step 'call-7' makes 50% of customers contact again");
        }
        assertLinear(shape, 2_000);
    }

    @Test
    void hundredsOfStagesFeelingTheSamePainMakeOneRecurringPainAndALowPointWhereNothingElseIsFound() {
        IntFunction<Journey> shape = AdversarialShapesTest::painedStages;
        for (int n : new int[] {400, 800}) {
            Audit audit = AUDITOR.audit(shape.apply(n), AuditOptions.asOf(AS_OF));
            assertThat(countsByRule(audit)).isEqualTo(withJourneyFindings(Map.of(
                    "experience/recurring-pain", 1L,
                    "experience/low-point-unaddressed", (long) n / 2,
                    "governance/unresolved-barrier", (long) n / 2)));
            Finding pain = only(audit, "experience/recurring-pain", "stage:stage-0");
            assertThat(pain.elements()).hasSize(n).contains("stage:stage-" + (n - 1));
            assertThat(pain.message()).isEqualTo("The same pain recurs at " + FIGURES.number(n) + " stages ("
                    + IntStream.range(0, 10).mapToObj(i -> "'stage-" + i + "'").collect(Collectors.joining(", "))
                    + " and " + FIGURES.number(n - 10) + " more): \"Nobody tells me what happens next\"");
            // the stages with a barrier left open have a finding, so only the others are low points nothing works on
            assertThat(audit.findings()).filteredOn(f -> f.ruleId().equals("experience/low-point-unaddressed"))
                    .extracting(Finding::stage).allMatch(stage -> Integer.parseInt(stage.substring("stage-".length())) % 2 == 1);
        }
        assertLinear(shape, 400);
    }

    /** Stages all at the bottom of the emotion curve, all writing one pain in their own spelling; every other one has an open barrier. */
    private static Journey painedStages(int n) {
        List<org.journeyaudit.engine.journey.Channel> channels = List.of(
                new org.journeyaudit.engine.journey.Channel("phone", null, org.journeyaudit.engine.journey.ChannelMode.ASSISTED, null),
                new org.journeyaudit.engine.journey.Channel("app", null, org.journeyaudit.engine.journey.ChannelMode.SELF_SERVICE, null));
        List<org.journeyaudit.engine.journey.Stage> stages = IntStream.range(0, n).mapToObj(i -> new org.journeyaudit.engine.journey.Stage(
                "stage-" + i, null, null, -3, List.of(i % 3 == 0 ? "Nobody tells me what happens next" : "nobody tells me, what happens next!"),
                i % 2 == 0 ? List.of(new org.journeyaudit.engine.journey.Barrier("No case status", null)) : List.of(),
                List.of(present("phone"), present("app")), List.of(), null)).toList();
        return new Journey("pained", "pained", null, null, true, null, null, "EUR", null, null, Map.of(), channels, stages);
    }

    private static org.journeyaudit.engine.journey.Touchpoint present(String channel) {
        return new org.journeyaudit.engine.journey.Touchpoint(channel, org.journeyaudit.engine.journey.TouchpointStatus.PRESENT, null, null,
                null, null, null, null, null, null, null, null);
    }

    @Test
    void theSameWorkInAThousandStagesMakesOneDuplicateAcrossFinding() {
        IntFunction<Journey> shape = HostileJourney::sameWorkInEveryStage;
        for (int n : new int[] {1_000, 2_000}) {
            Audit audit = AUDITOR.audit(shape.apply(n), AuditOptions.asOf(AS_OF));
            assertThat(countsByRule(audit)).isEqualTo(withJourneyFindings(Map.of(
                    "coverage/no-channel", (long) n,
                    "redundancy/duplicate-across", 1L)));
            Finding again = only(audit, "redundancy/duplicate-across", "step:check-0");
            assertThat(again.elements()).isEqualTo(IntStream.range(0, n).mapToObj(i -> "step:check-" + i).toList());
            assertThat(again.message()).isEqualTo("The work \"Check identity\" is done again: L1 already did it at 'check-0' in stage "
                    + "'stage-0', and it is repeated at steps "
                    + IntStream.rangeClosed(1, 10).mapToObj(i -> "'check-" + i + "' (L1) in stage 'stage-" + i + "'").collect(Collectors.joining(", "))
                    + " and " + FIGURES.number(n - 11) + " more");
        }
        assertLinear(shape, 1_000);
    }

    /** The rules fired for a journey twice the size are at most 2.2 times those fired for the journey. */
    private static void assertLinear(IntFunction<Journey> shape, int n) {
        long single = firings(shape.apply(n));
        long twice = firings(shape.apply(2 * n));
        assertThat(twice).as("rule firings at %d (%d at %d)", 2 * n, single, n).isLessThanOrEqualTo(Math.round(2.2 * single));
        assertThat(single).as("rule firings at %d", n).isPositive();
    }

    /** Every rule firing of one session on the journey, as the Auditor's session has them with the default parameters. */
    static long firings(Journey journey) {
        KieSession session = RULES.newSession();
        try {
            long[] fired = new long[1];
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired[0]++;
                }
            });
            JourneyFacts.of(journey).forEach(session::insert);
            session.insert(new AuditDate(AS_OF));
            for (RuleDescription rule : RULES.catalogue().rules()) {
                for (RuleParameter parameter : rule.parameters().values()) {
                    session.insert(new Parameter(rule.id(), parameter.name(), parameter.defaultValue()));
                }
            }
            session.fireAllRules();
            return fired[0];
        } finally {
            session.dispose();
        }
    }

    /** The findings every one of these journeys has, whatever its shape: an unowned key journey never measured. */
    private static Map<String, Long> withJourneyFindings(Map<String, Long> counts) {
        Map<String, Long> all = new TreeMap<>(counts);
        all.put("governance/measurement-overdue", 3L);
        all.put("governance/no-owner", 1L);
        return all;
    }

    private static Map<String, Long> countsByRule(Audit audit) {
        return audit.findings().stream().collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
    }

    private static Finding only(Audit audit, String ruleId, String element) {
        List<Finding> matching = audit.findings().stream()
                .filter(f -> f.ruleId().equals(ruleId) && f.elements().contains(element)).toList();
        assertThat(matching).as("findings of %s naming %s", ruleId, element).hasSize(1);
        return matching.get(0);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }
}
