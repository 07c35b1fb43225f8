package org.journeyaudit.rules.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.journeyaudit.engine.journey.Channel;
import org.journeyaudit.engine.journey.ChannelMode;
import org.journeyaudit.engine.journey.Decision;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.Stage;
import org.journeyaudit.engine.journey.Step;
import org.journeyaudit.engine.journey.StepKind;
import org.journeyaudit.engine.journey.Touchpoint;
import org.journeyaudit.engine.journey.TouchpointStatus;

/**
 * The journey shapes an attacker would send to make pairwise rules explode, each built at a chosen size n:
 * used by the adversarial tests (findings and rule firings) and by the benchmark (time and memory).
 */
public final class HostileJourney {

    /** What every asking step asks the customer for. */
    public static final List<String> ASKED = List.of("order.number", "customer.name", "customer.phone", "defect.description",
            "purchase.date");
    /** The date touchpoints verified their information on. */
    public static final LocalDate VERIFIED = LocalDate.of(2026, 11, 1);

    private HostileJourney() {
    }

    /** n steps in one stage, each asking the customer for the same five items. */
    public static Journey askingSteps(int n) {
        return journey("asking", List.of(), List.of(stage("file-claim", List.of(),
                IntStream.range(0, n).mapToObj(i -> step("ask-" + i, null, "L1", StepKind.REQUEST, ASKED, List.of(), List.of()))
                        .toList(), List.of())));
    }

    /** n steps of one name in one stage. */
    public static Journey sameNameSteps(int n) {
        return journey("same-name", List.of(), List.of(stage("file-claim", List.of(),
                IntStream.range(0, n).mapToObj(i -> step("check-" + i, "Check the claim", "L1", StepKind.WORK, List.of(), List.of(),
                        List.of())).toList(), List.of())));
    }

    /** n touchpoints (ten channels at n / 10 stages), each telling its own value of one item. */
    public static Journey toldItem(int n) {
        List<Channel> channels = IntStream.range(0, 10)
                .mapToObj(c -> new Channel("ch" + c, "Channel " + c, c == 0 ? ChannelMode.SELF_SERVICE : ChannelMode.ASSISTED, null))
                .toList();
        return journey("told", channels, IntStream.range(0, n / 10).mapToObj(s -> stage("stage-" + s,
                channels.stream().map(c -> touchpoint(c.id(), Map.of("refund.time", s + "-" + c.id() + " days"))).toList(),
                List.of(), List.of())).toList());
    }

    /** n steps in one stage, alternately by L1 and L2. */
    public static Journey bouncingWork(int n) {
        return journey("bouncing", List.of(), List.of(stage("handle", List.of(),
                IntStream.range(0, n).mapToObj(i -> step("pass-" + i, null, i % 2 == 0 ? "L1" : "L2", StepKind.WORK, List.of(),
                        List.of(), List.of())).toList(), List.of())));
    }

    /** n steps in one stage, each producing an item of its own that nothing uses. */
    public static Journey unusedOutputs(int n) {
        return journey("unused", List.of(), List.of(stage("file-claim", List.of(),
                IntStream.range(0, n).mapToObj(i -> step("note-" + i, null, "L1", StepKind.WORK, List.of(), List.of(),
                        List.of("note." + i))).toList(), List.of())));
    }

    /** n steps in one stage that each make half the customers call again and produce a note nothing uses. */
    public static Journey recontactSteps(int n) {
        return journey("recontact", List.of(), List.of(stage("file-claim", List.of(),
                IntStream.range(0, n).mapToObj(i -> new Step("call-" + i, null, "L1", null, StepKind.WORK, 1.0, null, List.of(), List.of(),
                        List.of("note." + i), 0.5, false)).toList(), List.of())));
    }

    /** n updates of one case file, each followed by a read of it that writes a note; a decision uses the last note only. */
    public static Journey sharedItem(int n) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            steps.add(step("update-" + i, null, "L1", StepKind.WORK, List.of(), List.of(), List.of("case.file")));
            steps.add(step("read-" + i, null, "L1", StepKind.LOOKUP, List.of(), List.of("case.file"), List.of("note." + i)));
        }
        return journey("shared", List.of(), List.of(stage("handle", List.of(), steps,
                List.of(new Decision("close", null, List.of("note." + (n - 1)))))));
    }

    /** n stages, each with one step doing the same named work as every other. */
    public static Journey sameWorkInEveryStage(int n) {
        return journey("same-work", List.of(), IntStream.range(0, n).mapToObj(i -> stage("stage-" + i, List.of(),
                List.of(step("check-" + i, "Check identity", "L1", StepKind.CHECK, List.of(), List.of(), List.of())), List.of())).toList());
    }

    private static Journey journey(String id, List<Channel> channels, List<Stage> stages) {
        return new Journey(id, id, null, null, true, null, null, "EUR", null, null, Map.of(), channels, stages);
    }

    private static Stage stage(String id, List<Touchpoint> touchpoints, List<Step> steps, List<Decision> decisions) {
        return new Stage(id, id, null, null, List.of(), List.of(), touchpoints, steps, decisions);
    }

    private static Step step(String id, String name, String actor, StepKind kind, List<String> asks, List<String> uses,
            List<String> produces) {
        return new Step(id, name, actor, null, kind, 1.0, null, asks, uses, produces, null, false);
    }

    private static Touchpoint touchpoint(String channel, Map<String, String> info) {
        return new Touchpoint(channel, TouchpointStatus.PRESENT, null, null, null, null, true, info, VERIFIED, null, null, null);
    }
}
