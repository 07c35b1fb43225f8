package org.journeyaudit.engine.journey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One stage of the journey, tied to a customer goal, with its touchpoints and its backstage; {@code outcomes} are the
 * items the stage delivers: what the customer came for (a new card, a refund, a booked slot) or a record the stage
 * must keep (a complaints register), needed even when no later step or decision reads them. {@code optional} says only
 * some cases go through the stage ({@code share} of them, null when not known); {@code next} names the stages its cases
 * go to, with shares, when that is not simply the stage after it; {@code ends} says the journey ends after it (a branch's
 * last stage); {@code needs24x7} says customers need it served around the clock (blocking a lost card).
 * {@code customerSteps} are the customer's own actions (the frontstage lane), {@code requiredInfo} what the customer must
 * be told at the stage, {@code contactReasons} contacts a month by their reason (progress-chasing, how-to-...), {@code contactCauses} the kind and cause the document gives for some of them. {@code casesPerMonth} is the
 * number of customer cases a month that go through the stage's backstage steps once each (null when not given).
 */
public record Stage(
        String id,
        String name,
        String goal,
        Integer emotion,
        List<String> pains,
        List<Barrier> barriers,
        List<Touchpoint> touchpoints,
        List<Step> steps,
        List<Decision> decisions,
        List<String> outcomes,
        Double casesPerMonth,
        boolean optional,
        Double share,
        List<StageLink> next,
        boolean ends,
        boolean needs24x7,
        List<CustomerStep> customerSteps,
        List<RequiredInfo> requiredInfo,
        java.util.Map<String, Double> contactReasons,
        java.util.Map<String, ContactCause> contactCauses) {

    public Stage {
        next = next == null ? List.of() : List.copyOf(next);
        customerSteps = customerSteps == null ? List.of() : List.copyOf(customerSteps);
        requiredInfo = requiredInfo == null ? List.of() : List.copyOf(requiredInfo);
        contactReasons = contactReasons == null ? java.util.Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(contactReasons));
        contactCauses = contactCauses == null ? java.util.Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(contactCauses));
        pains = pains == null ? List.of() : List.copyOf(pains);
        barriers = barriers == null ? List.of() : List.copyOf(barriers);
        touchpoints = touchpoints == null ? List.of() : List.copyOf(touchpoints);
        steps = steps == null ? List.of() : List.copyOf(steps);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }

    /** A stage whose contact reasons give only their counts. */
    public Stage(String id, String name, String goal, Integer emotion, List<String> pains, List<Barrier> barriers,
            List<Touchpoint> touchpoints, List<Step> steps, List<Decision> decisions, List<String> outcomes, Double casesPerMonth,
            boolean optional, Double share, List<StageLink> next, boolean ends, boolean needs24x7, List<CustomerStep> customerSteps,
            List<RequiredInfo> requiredInfo, java.util.Map<String, Double> contactReasons) {
        this(id, name, goal, emotion, pains, barriers, touchpoints, steps, decisions, outcomes, casesPerMonth, optional, share, next, ends,
                needs24x7, customerSteps, requiredInfo, contactReasons, java.util.Map.of());
    }

    /** A stage every case goes through in the journey's order, with no customer actions, hours need or required information. */
    public Stage(String id, String name, String goal, Integer emotion, List<String> pains, List<Barrier> barriers,
            List<Touchpoint> touchpoints, List<Step> steps, List<Decision> decisions, List<String> outcomes, Double casesPerMonth) {
        this(id, name, goal, emotion, pains, barriers, touchpoints, steps, decisions, outcomes, casesPerMonth, false, null, List.of(),
                false, false, List.of(), List.of(), java.util.Map.of(), java.util.Map.of());
    }

    /**
     * Contacts a month for {@code reason} per case of the stage (e.g. 0.4 progress-chasing calls per case): the failure
     * demand figure; null when the stage gives no such contacts or no {@code casesPerMonth}.
     */
    public Double contactsPerCase(String reason) {
        Double contacts = contactReasons.get(reason);
        return contacts == null || casesPerMonth == null || casesPerMonth == 0 ? null : contacts / casesPerMonth;
    }

    /**
     * The kind of demand a contact reason is: as the document writes it, else as the reason's key names it
     * ({@link ContactReasonKind#recognised}); null when neither says.
     */
    public ContactReasonKind contactKind(String reason) {
        ContactCause cause = contactCauses.get(reason);
        if (cause != null && cause.kind() != null) {
            return cause.kind();
        }
        return ContactReasonKind.recognised(reason).orElse(null);
    }

    /** What the document says causes a contact reason; null when it gives only the count. */
    public ContactCause contactCause(String reason) {
        return contactCauses.get(reason);
    }

    /** A stage that does not count its cases. */
    public Stage(String id, String name, String goal, Integer emotion, List<String> pains, List<Barrier> barriers,
            List<Touchpoint> touchpoints, List<Step> steps, List<Decision> decisions, List<String> outcomes) {
        this(id, name, goal, emotion, pains, barriers, touchpoints, steps, decisions, outcomes, null);
    }

    /** A stage that declares no outcome. */
    public Stage(String id, String name, String goal, Integer emotion, List<String> pains, List<Barrier> barriers,
            List<Touchpoint> touchpoints, List<Step> steps, List<Decision> decisions) {
        this(id, name, goal, emotion, pains, barriers, touchpoints, steps, decisions, List.of());
    }

    /** Contacts a month over the channels that serve the stage; null when no touchpoint gives a volume. */
    public Double volumePerMonth() {
        Double total = null;
        for (Touchpoint touchpoint : touchpoints) {
            if (touchpoint.status() == TouchpointStatus.PRESENT && touchpoint.volumePerMonth() != null) {
                total = (total == null ? 0 : total) + touchpoint.volumePerMonth();
            }
        }
        return total;
    }

    /** The stage as reports and messages name it: its name, or its id when it has none. */
    public String displayName() {
        return name == null || name.isBlank() ? id : name;
    }

    /** The touchpoint (cell of the coverage matrix) of this stage on a channel, if the stage decides one. */
    public Optional<Touchpoint> cell(String channel) {
        return touchpoints.stream().filter(t -> t.channel().equals(channel)).findFirst();
    }

    /** Whether the stage is served on the channel: its cell there is present. */
    public boolean presentOn(String channel) {
        return cell(channel).map(Touchpoint::present).orElse(false);
    }

    /**
     * The channels whose cell of this stage is present, in the stage's order, whatever the channel's kind: an advert
     * the customer meets at the stage is present there too. {@link Journey#servingChannels(Stage)} leaves out the
     * channels that do not serve.
     */
    public List<String> presentChannels() {
        return touchpoints.stream().filter(Touchpoint::present).map(Touchpoint::channel).toList();
    }

    /**
     * The handoffs of this stage between people: each pair of consecutive steps done by people (automated steps are
     * skipped, since no person hands work to or receives it from a validation or an interface) whose actors differ, as
     * {@link Actor#same} reads their names. The facts the handoff rules match are these; every other count of handoffs
     * reads this one.
     */
    public List<StepHandoff> handoffs() {
        return handoffs(steps);
    }

    /**
     * The work returns of this stage: its unplanned handoffs to an actor who already worked on the case earlier in the
     * stage (the ping-pong the handoff rules report and comparisons count), in the stage's order.
     */
    public List<StepHandoff> returns() {
        return handoffs().stream().filter(StepHandoff::returning).toList();
    }

    /** The handoffs between people along the given steps, in their order, as {@link #handoffs()} counts them for a stage. */
    public static List<StepHandoff> handoffs(List<Step> steps) {
        List<StepHandoff> handoffs = new ArrayList<>();
        Set<String> worked = new HashSet<>();
        Step previous = null;
        for (Step step : steps) {
            if (step.automated()) {
                continue;
            }
            if (previous != null && !previous.sameActorAs(step)) {
                handoffs.add(new StepHandoff(previous, step, worked.contains(Actor.key(step.actor())) && !step.plannedHandoff()));
            }
            worked.add(Actor.key(step.actor()));
            previous = step;
        }
        return handoffs;
    }
}
