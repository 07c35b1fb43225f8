package org.journeyaudit.engine.fact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.journeyaudit.engine.journey.Actor;
import org.journeyaudit.engine.journey.ActorNames;
import org.journeyaudit.engine.journey.Barrier;
import org.journeyaudit.engine.journey.Channel;
import org.journeyaudit.engine.journey.Decision;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.Stage;
import org.journeyaudit.engine.journey.Step;
import org.journeyaudit.engine.journey.StepHandoff;
import org.journeyaudit.engine.journey.Touchpoint;

/** Flattens a journey into the facts the rules match, each carrying the keys rules join on. */
public final class JourneyFacts {

    /** A run of white space, compiled once: every name and text of a journey is folded with it. */
    static final Pattern SPACES = Pattern.compile("\\s+");

    private JourneyFacts() {
    }

    public static List<Object> of(Journey journey) {
        List<Object> facts = new ArrayList<>();
        facts.add(new JourneyFact(journey.id(), journey.key(), blankToNull(journey.owner()),
                journey.measurement().lastMeasured(), journey.measurement().lastAnalysed(),
                journey.measurement().lastReviewed()));
        facts.add(new Cadence("measure", "measureMonths", "lastMeasured", journey.measurement().lastMeasured()));
        facts.add(new Cadence("analyse", "analyseMonths", "lastAnalysed", journey.measurement().lastAnalysed()));
        facts.add(new Cadence("review", "reviewMonths", "lastReviewed", journey.measurement().lastReviewed()));
        for (Channel channel : journey.channels()) {
            facts.add(new ChannelFact(channel.id(), channel.selfService(), channel.serves()));
        }
        Phrases phrases = new Phrases(journey.equivalents());
        // one actor, one name: the facts carry the name the journey first gives an actor, so rules comparing actors agree with Actor.same
        ActorNames actorNames = journey.actorNames();
        int order = 0;
        ItemKeys items = new ItemKeys(actorNames);
        for (int i = 0; i < journey.stages().size(); i++) {
            Stage stage = journey.stages().get(i);
            int stageIndex = i;
            Double volume = stage.volumePerMonth();
            facts.add(new StageFact(stage.id(), stageIndex, stage.name(), volume == null ? 0 : volume, stage.steps().size()));
            Set<ItemToldAtStage> toldHere = new LinkedHashSet<>();
            for (Touchpoint touchpoint : stage.touchpoints()) {
                facts.add(touchpoint(journey, phrases, stage, stageIndex, touchpoint));
                // what an advert or a partner says is not the company's telling: consistency leaves it alone
                boolean byService = journey.serves(touchpoint.channel());
                touchpoint.told().forEach((item, value) -> {
                    items.told(item, stageIndex);
                    if (byService) {
                        facts.add(new InfoFact(stage.id(), stageIndex, touchpoint.channel(), item, value, phrases.comparable(value),
                                touchpoint.infoReason(item) != null));
                        toldHere.add(new ItemToldAtStage(item, stage.id()));
                    }
                });
            }
            facts.addAll(toldHere);
            for (String channel : journey.undecidedChannels(stage)) {
                facts.add(new UndecidedCell(stage.id(), channel));
            }
            Set<StepWork> works = new LinkedHashSet<>();
            Set<StepOutput> outputs = new LinkedHashSet<>();
            Map<String, ActorAtStage> actors = new LinkedHashMap<>();
            Map<Step, Integer> orders = new IdentityHashMap<>();
            for (int index = 0; index < stage.steps().size(); index++) {
                Step step = stage.steps().get(index);
                orders.put(step, order);
                StepFact fact = step(stage, stageIndex, index, order, step, actorNames.of(step.actor()));
                facts.add(fact);
                if (!fact.work().isEmpty()) {
                    works.add(new StepWork(stage.id(), fact.work()));
                }
                if (!fact.producesKey().isEmpty()) {
                    outputs.add(new StepOutput(stage.id(), fact.kind(), fact.producesKey()));
                }
                if (!step.automated()) { // automated work is no person's turn at the case
                    actors.putIfAbsent(Actor.key(step.actor()), new ActorAtStage(stage.id(), fact.actor(), order));
                }
                for (String item : step.asksCustomer()) {
                    items.flow(item, step, stage.id(), stageIndex, order, FlowRole.ASKED);
                }
                for (String item : step.uses()) {
                    items.flow(item, step, stage.id(), stageIndex, order, FlowRole.USED);
                }
                for (String item : step.produces()) {
                    items.flow(item, step, stage.id(), stageIndex, order, FlowRole.PRODUCED);
                }
                order++;
            }
            facts.addAll(works);
            facts.addAll(outputs);
            facts.addAll(actors.values());
            // handoffs and returns as the journey model defines them; the handoff rules count and compare these facts
            for (StepHandoff handoff : stage.handoffs()) {
                Step from = handoff.from();
                Step to = handoff.to();
                int at = orders.get(to);
                facts.add(new Handoff(stage.id(), from.id(), to.id(), actorNames.of(from.actor()), actorNames.of(to.actor()),
                        blankToNull(from.system()), blankToNull(to.system()), at, handoff.planned()));
                if (handoff.returning()) {
                    facts.add(new WorkReturn(stage.id(), actorNames.of(to.actor()), actorNames.of(from.actor()), from.id(), to.id(), at));
                }
            }
            for (String item : stage.outcomes()) {
                items.delivered(item, stageIndex);
            }
            for (Decision decision : stage.decisions()) {
                for (String item : decision.uses()) {
                    facts.add(new DecisionInput(decision.id(), stage.id(), stageIndex, item));
                    items.decided(item, stageIndex);
                }
            }
            for (int index = 0; index < stage.barriers().size(); index++) {
                Barrier barrier = stage.barriers().get(index);
                facts.add(new BarrierFact(stage.id(), index, barrier.text(), barrier.resolved()));
            }
        }
        facts.addAll(items.facts());
        facts.addAll(mapFacts(journey));
        facts.addAll(feelings(journey, phrases));
        facts.addAll(workDone(journey, phrases));
        return facts;
    }

    /**
     * The named work of the journey, the staff's and the customer's, in the journey's order, and the names done in more
     * than one stage or by both: the groups in which work done again in a later stage or by the staff after the customer
     * is found. Unnamed steps and actions have no name to compare.
     */
    static List<Object> workDone(Journey journey, Phrases phrases) {
        ActorNames actorNames = journey.actorNames(); // once: every step's actor is looked up in it
        List<WorkDone> done = new ArrayList<>();
        int order = 0;
        for (int i = 0; i < journey.stages().size(); i++) {
            Stage stage = journey.stages().get(i);
            for (org.journeyaudit.engine.journey.CustomerStep action : stage.customerSteps()) {
                if (action.name() != null && !action.name().isBlank()) {
                    done.add(new WorkDone(phrases.comparable(action.name()), action.name(), stage.id(), i, -1, action.id(), true,
                            action.channel(), null, false, false, Set.of(), Set.of()));
                }
            }
            for (Step step : stage.steps()) {
                if (step.name() != null && !step.name().isBlank()) {
                    done.add(new WorkDone(phrases.comparable(step.name()), step.name(), stage.id(), i, order, step.id(), false, null,
                            actorNames.of(step.actor()), step.automated(), step.justifiedRepeat() || step.mandated() != null,
                            new LinkedHashSet<>(step.uses()), new LinkedHashSet<>(step.produces())));
                }
                order++;
            }
        }
        // a name is a group when the staff's work of it spans stages or the customer and the staff both do it
        Map<String, Set<String>> stepStages = new LinkedHashMap<>();
        Set<String> byCustomer = new java.util.HashSet<>();
        for (WorkDone work : done) {
            if (work.customer()) {
                byCustomer.add(work.work());
            } else {
                stepStages.computeIfAbsent(work.work(), w -> new java.util.HashSet<>()).add(work.stage());
            }
        }
        List<Object> facts = new ArrayList<>(done);
        stepStages.forEach((work, stages) -> {
            if (stages.size() > 1 || byCustomer.contains(work)) {
                facts.add(new NamedWork(work));
            }
        });
        return facts;
    }

    /**
     * The facts of a full map: the customer's own actions, the paths customers take and the share reaching each stage,
     * how customers get through to touchpoints, what they must be told and how far it is, partners' work, untracked work,
     * contacts by reason, and links to other journeys.
     */
    static List<Object> mapFacts(Journey journey) {
        ActorNames actorNames = journey.actorNames(); // once: an untracked step's actor is looked up in it
        List<Object> facts = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < journey.stages().size(); i++) {
            index.putIfAbsent(journey.stages().get(i).id(), i);
        }
        for (org.journeyaudit.engine.journey.StagePath path : journey.paths()) {
            facts.add(new PathFact(path.from().id(), index.get(path.from().id()), path.to().id(), index.get(path.to().id()), path.share(),
                    path.adjacent()));
        }
        Map<String, Double> reach = journey.reach();
        EarlierTelling earlier = EarlierTelling.of(journey, index);
        // where each required item with a bound is required, for the told values held against it
        Map<String, org.journeyaudit.engine.journey.RequiredInfo> bounds = new LinkedHashMap<>();
        Map<String, String> boundAt = new HashMap<>();
        Set<String> toldAnywhere = new java.util.HashSet<>();
        for (org.journeyaudit.engine.journey.Told told : journey.told()) {
            if (told.byService()) {
                toldAnywhere.add(told.item());
            }
        }
        for (int i = 0; i < journey.stages().size(); i++) {
            Stage stage = journey.stages().get(i);
            facts.add(new StageReach(stage.id(), i, stage.optional(), reach.get(stage.id()), stage.needs24x7(), stage.casesPerMonth()));
            for (org.journeyaudit.engine.journey.CustomerStep action : stage.customerSteps()) {
                facts.add(new CustomerAction(stage.id(), i, action.id(), action.displayName(), action.channel(), zeroIfNull(action.minutes()),
                        zeroIfNull(action.waitMinutes()), action.effort() == null ? null : action.effort().word()));
            }
            List<String> serving = journey.servingChannels(stage);
            boolean notifies = false;
            java.time.Duration standard = null;
            for (Touchpoint touchpoint : stage.touchpoints()) {
                if (!touchpoint.present()) {
                    continue;
                }
                notifies |= Boolean.TRUE.equals(touchpoint.notifies());
                if (touchpoint.sla() != null && touchpoint.sla().standard() != null
                        && (standard == null || touchpoint.sla().standard().compareTo(standard) < 0)) {
                    standard = touchpoint.sla().standard();
                }
                if (journey.serves(touchpoint.channel())) {
                    facts.add(access(journey, stage, i, touchpoint));
                }
            }
            for (org.journeyaudit.engine.journey.RequiredInfo required : stage.requiredInfo()) {
                List<String> toldChannels = serving.stream()
                        .filter(c -> stage.cell(c).map(t -> t.told().containsKey(required.item())).orElse(false)).toList();
                List<String> silentChannels = serving.stream().filter(c -> !toldChannels.contains(c)).toList();
                facts.add(new RequiredInfoFact(stage.id(), i, required.item(), required.source() == null ? null : required.source().word(),
                        required.reason(), required.atMost(), toldChannels.size(), serving.size(), toldAnywhere.contains(required.item()),
                        toldChannels, silentChannels, earlier.toldBefore(i, required.item())));
                if (required.atMost() != null && !bounds.containsKey(required.item())) {
                    bounds.put(required.item(), required);
                    boundAt.put(required.item(), stage.id());
                }
            }
            for (Step step : stage.steps()) {
                if (step.byPartner()) {
                    facts.add(new PartnerStep(stage.id(), i, step.id(), step.partner(), step.ola(), standard));
                }
                if (step.untracked()) {
                    facts.add(new UntrackedWork(stage.id(), i, step.id(), actorNames.of(step.actor()), blankToNull(step.system())));
                }
            }
            // a cause names a barrier by its text; looked up, not searched for, however many reasons the stage counts
            Map<String, Integer> barrierAt = new HashMap<>();
            for (int b = stage.barriers().size() - 1; b >= 0; b--) {
                barrierAt.put(stage.barriers().get(b).text(), b);
            }
            // chasing is judged against any notification of the stage: a notifying channel or a notify step
            boolean notified = notifies || stage.steps().stream().anyMatch(s -> s.kind() == org.journeyaudit.engine.journey.StepKind.NOTIFY);
            for (Map.Entry<String, Double> reason : stage.contactReasons().entrySet()) {
                facts.add(contactReason(stage, i, reason.getKey(), reason.getValue(), notified, barrierAt));
            }
        }
        for (org.journeyaudit.engine.journey.Told told : journey.told()) {
            org.journeyaudit.engine.journey.RequiredInfo bound = bounds.get(told.item());
            if (bound != null && told.byService()) {
                java.time.Duration stated = org.journeyaudit.engine.journey.ToldDuration.of(told.value());
                facts.add(new BoundedTold(told.stage().id(), told.channel(), told.item(), told.value(), stated, boundAt.get(told.item()),
                        bound.atMost(), stated != null && stated.compareTo(bound.atMost()) > 0));
            }
        }
        for (org.journeyaudit.engine.journey.JourneyLink link : journey.links()) {
            facts.add(new JourneyLinkFact(journey.id(), link.journey(), link.relation() == null ? null : link.relation().word(), link.stage()));
        }
        return facts;
    }

    private static ContactReason contactReason(Stage stage, int stageIndex, String reason, double contacts, boolean notifies,
            Map<String, Integer> barrierAt) {
        org.journeyaudit.engine.journey.ContactReasonKind kind = stage.contactKind(reason);
        org.journeyaudit.engine.journey.ContactCause cause = stage.contactCause(reason);
        Integer barrier = cause == null || cause.barrier() == null ? null : barrierAt.get(cause.barrier());
        String solution = barrier != null && stage.barriers().get(barrier).resolved() ? stage.barriers().get(barrier).solution() : null;
        return new ContactReason(stage.id(), stageIndex, reason, contacts, stage.casesPerMonth(), stage.contactsPerCase(reason), notifies,
                kind == null ? null : kind.word(), cause == null ? null : cause.policy(), barrier, barrier == null ? null : cause.barrier(),
                solution, cause == null ? null : cause.mandate());
    }

    /**
     * The customer's emotion at each stage that scores one, and the pains, each once a stage, ranked among the stages that
     * write the same pain so that a rule can report a recurring pain once, at its first stage.
     */
    static List<Object> feelings(Journey journey, Phrases phrases) {
        List<Object> facts = new ArrayList<>();
        Map<String, Integer> stagesWriting = new HashMap<>();
        for (int i = 0; i < journey.stages().size(); i++) {
            Stage stage = journey.stages().get(i);
            if (stage.emotion() != null) {
                facts.add(new StageEmotion(stage.id(), i, stage.emotion()));
            }
            Set<String> here = new java.util.HashSet<>();
            for (String pain : stage.pains()) {
                if (pain == null || pain.isBlank()) {
                    continue;
                }
                String key = PainKey.of(phrases.comparable(pain));
                if (!key.isEmpty() && here.add(key)) {
                    int rank = stagesWriting.merge(key, 1, Integer::sum) - 1;
                    facts.add(new PainFact(stage.id(), i, pain.trim(), key, rank));
                }
            }
            for (Step step : stage.steps()) {
                for (String paused : step.pauses()) {
                    facts.add(new JourneyPause(stage.id(), i, step.id(), paused));
                }
            }
        }
        return facts;
    }

    private static TouchpointAccess access(Journey journey, Stage stage, int stageIndex, Touchpoint touchpoint) {
        org.journeyaudit.engine.journey.ServiceHours hours = touchpoint.hours();
        org.journeyaudit.engine.journey.Queue queue = touchpoint.queue();
        return new TouchpointAccess(stage.id(), stageIndex, touchpoint.channel(),
                journey.channel(touchpoint.channel()).map(Channel::selfService).orElse(false), hours != null,
                hours != null && hours.aroundTheClock(), hours == null ? 0 : hours.hoursPerWeek(), touchpoint.callback() != null,
                touchpoint.callback() == null ? null : touchpoint.callback().window(), queue == null ? null : queue.answerSeconds(),
                queue == null ? null : queue.abandonment(), zeroIfNull(touchpoint.volumePerMonth()));
    }

    /**
     * The keys of every information item, gathered while the journey is walked in order: the item's flows with their
     * ranks and sources, where the journey first has it, where it is asked, told and decided on. Computing them here
     * once per item lets rules join flows by equality instead of comparing each flow with every other.
     */
    private static final class ItemKeys {
        private record Flow(String item, Step step, String stage, int stageIndex, int order, FlowRole role) {
        }

        private final Map<String, List<Flow>> flows = new LinkedHashMap<>();
        private final Map<String, Integer> lastDecided = new HashMap<>();
        private final Map<String, Integer> lastTold = new HashMap<>();
        private final Map<String, Integer> lastDelivered = new HashMap<>();
        private final Set<String> told = new LinkedHashSet<>();
        private final ActorNames actorNames;

        ItemKeys(ActorNames actorNames) {
            this.actorNames = actorNames;
        }

        void flow(String item, Step step, String stage, int stageIndex, int order, FlowRole role) {
            flows.computeIfAbsent(item, k -> new ArrayList<>()).add(new Flow(item, step, stage, stageIndex, order, role));
        }

        void decided(String item, int stageIndex) {
            lastDecided.merge(item, stageIndex, Math::max);
        }

        void delivered(String item, int stageIndex) {
            lastDelivered.merge(item, stageIndex, Math::max);
        }

        void told(String item, int stageIndex) {
            lastTold.merge(item, stageIndex, Math::max);
            told.add(item);
        }

        List<Object> facts() {
            List<Object> facts = new ArrayList<>();
            for (String item : told) {
                facts.add(new ItemTold(item));
            }
            for (Map.Entry<String, List<Flow>> entry : flows.entrySet()) {
                String item = entry.getKey();
                List<Flow> itemFlows = entry.getValue(); // in journey order: steps are walked in order
                facts.add(new ItemFact(item, lastDecided.getOrDefault(item, -1), lastTold.getOrDefault(item, -1),
                        lastDelivered.getOrDefault(item, -1)));
                int[] useOrders = itemFlows.stream().filter(f -> f.role() == FlowRole.USED).mapToInt(Flow::order).toArray();
                Set<ItemAsked> asked = new LinkedHashSet<>();
                Flow origin = null;
                int rank = 0;
                int latest = -1; // the order of the latest step that asked for or produced the item
                int beforeLatest = -1; // the one before it, for a use by that latest step itself
                for (Flow flow : itemFlows) {
                    if (flow.role() == FlowRole.USED) {
                        facts.add(itemFlow(flow, rank++, -1, latest < flow.order() ? latest : beforeLatest));
                        continue;
                    }
                    int nextUse = rank;
                    while (nextUse < useOrders.length && useOrders[nextUse] <= flow.order()) {
                        nextUse++; // only the step's own uses can share its order
                    }
                    facts.add(itemFlow(flow, -1, nextUse, -1));
                    if (origin == null) {
                        origin = flow;
                    }
                    if (flow.role() == FlowRole.ASKED) {
                        asked.add(new ItemAsked(item, flow.stage()));
                    }
                    if (flow.order() != latest) {
                        beforeLatest = latest;
                        latest = flow.order();
                    }
                }
                if (origin != null) {
                    facts.add(new ItemOrigin(item, origin.step().id(), actorNames.of(origin.step().actor()), origin.role(), origin.order()));
                }
                facts.addAll(asked);
            }
            return facts;
        }

        private ItemFlow itemFlow(Flow flow, int rank, int nextUse, int source) {
            return new ItemFlow(flow.item(), flow.step().id(), flow.stage(), flow.stageIndex(), actorNames.of(flow.step().actor()), flow.order(),
                    flow.role(), rank, nextUse, source, flow.role() == FlowRole.ASKED && asksOnPurpose(flow.step()));
        }

        /** A step asks again on purpose when it says why, or when a law, policy or contract requires it (PSD2 re-authentication). */
        private static boolean asksOnPurpose(Step step) {
            return step.justifiedRepeat() || step.mandated() != null;
        }
    }

    private static TouchpointFact touchpoint(Journey journey, Phrases phrases, Stage stage, int stageIndex, Touchpoint touchpoint) {
        boolean selfService = journey.channel(touchpoint.channel()).map(Channel::selfService).orElse(false);
        boolean serves = journey.serves(touchpoint.channel());
        return new TouchpointFact(
                stage.id(),
                stageIndex,
                touchpoint.channel(),
                selfService,
                touchpoint.status(),
                touchpoint.present(),
                blankToNull(touchpoint.reason()) != null,
                touchpoint.reason(),
                zeroIfNull(touchpoint.volumePerMonth()),
                zeroIfNull(touchpoint.handleSeconds()),
                zeroIfNull(touchpoint.transfers()),
                Boolean.TRUE.equals(touchpoint.notifies()),
                touchpoint.told().size(),
                touchpoint.infoVerified(),
                touchpoint.outcome(),
                touchpoint.outcome() == null ? null : phrases.comparable(touchpoint.outcome()),
                blankToNull(touchpoint.outcomeReason()) != null,
                touchpoint.sla() == null ? null : touchpoint.sla().standard(),
                touchpoint.sla() == null ? null : touchpoint.sla().target(),
                serves);
    }

    private static StepFact step(Stage stage, int stageIndex, int index, int order, Step step, String actor) {
        String name = step.name() == null ? "" : step.name();
        return new StepFact(
                step.id(),
                stage.id(),
                stageIndex,
                index,
                order,
                name,
                fold(name),
                actor,
                blankToNull(step.system()),
                step.kind(),
                zeroIfNull(step.minutes()),
                zeroIfNull(step.waitMinutes()),
                zeroIfNull(step.recontactRate()),
                step.automated(),
                step.produces().size() + step.asksCustomer().size(),
                String.join(",", new TreeSet<>(step.produces())),
                Actor.supportLine(step.actor()),
                step.mandated() != null,
                step.mandate(),
                step.plannedHandoff(),
                step.justifiedRepeat());
    }

    /** Case and spacing folded, so that texts that read the same compare equal. */
    public static String fold(String text) {
        // by hand rather than with SPACES: a name is folded for every step, item and telling of every journey audited,
        // and most names hold only single spaces, which leave the text as it is
        String trimmed = text.trim();
        StringBuilder collapsed = null;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (!isSpace(c)) {
                if (collapsed != null) {
                    collapsed.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < trimmed.length() && isSpace(trimmed.charAt(end))) {
                end++;
            }
            if (collapsed == null && (c != ' ' || end > i + 1)) {
                collapsed = new StringBuilder(trimmed.length()).append(trimmed, 0, i);
            }
            if (collapsed != null) {
                collapsed.append(' ');
            }
            i = end - 1;
        }
        return (collapsed == null ? trimmed : collapsed.toString()).toLowerCase(Locale.ROOT);
    }

    /** What {@link #SPACES} calls a space ({@code \s}: space, tab, line feed, vertical tab, form feed, carriage return). */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static double zeroIfNull(Double value) {
        return value == null ? 0 : value;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
