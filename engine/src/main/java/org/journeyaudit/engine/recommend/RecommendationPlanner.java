package org.journeyaudit.engine.recommend;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.finding.Severity;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.rulebase.RuleBaseException;

/**
 * Turns the proposals of the recommendation rules into ranked recommendations: proposals of one action
 * whose targets overlap become one recommendation; each is priced, scored and given a priority.
 *
 * <p>Score: the most severe finding answered (error 45, warning 30, info 15), up to 30 for money saved
 * (relative to the journey's best saving), up to 10 for contacts avoided (likewise), up to 10 for
 * customer effort removed (4 a request, handoff or channel switch, 2 for waiting), 2 for each further
 * finding answered (at most 10), less 10 for medium and 20 for high effort. P1 from 45, P2 from 30, P3
 * from 15: an error that is cheap to fix is P1 on its own; a warning needs money or customer effort
 * saved to reach it. Ties are broken by money saved, then action and first target, so the ranking never depends
 * on the order rules fired in.
 *
 * <p>A step the journey needs by obligation or for its outcome ({@link ProtectedSteps}) is kept out of every action
 * that would take it away, whichever rule proposed it, and the recommendation's {@code why} says what stays.
 */
public final class RecommendationPlanner {

    private final Map<Action, Effort> effortOverrides;
    private final Language language;
    private final RecommendationWording wording;

    public RecommendationPlanner(Map<Action, Effort> effortOverrides) {
        this(effortOverrides, Language.EN);
    }

    /** A planner whose titles, "why" texts, formulas, assumptions and reasons are written in {@code language}. */
    public RecommendationPlanner(Map<Action, Effort> effortOverrides, Language language) {
        this.effortOverrides = Map.copyOf(effortOverrides);
        this.language = language == null ? Language.EN : language;
        this.wording = new RecommendationWording(this.language);
    }

    public List<Recommendation> plan(Journey journey, List<Proposal> proposals, Map<Finding, String> findingIds) {
        return plan(journey, proposals, findingIds, ObservedFigures.NONE);
    }

    /** As {@link #plan(Journey, List, Map)}, pricing a stage's cases from the journey's event log where it gives them. */
    public List<Recommendation> plan(Journey journey, List<Proposal> proposals, Map<Finding, String> findingIds, ObservedFigures observed) {
        ImpactEstimator estimator = new ImpactEstimator(journey, language, observed);
        List<Draft> drafts = new ArrayList<>();
        Comparator<String> journeyOrder = journeyOrder(journey);
        for (Group group : group(proposals, findingIds, new ProtectedSteps(journey, wording))) {
            List<Finding> findings = group.findings.stream()
                    .sorted(Comparator.comparing((Finding f) -> findingIds.getOrDefault(f, ""), RecommendationPlanner::byNumber)).toList();
            List<String> ids = findings.stream().map(findingIds::get).toList();
            List<String> targets = group.targets.stream().sorted(journeyOrder).toList();
            Impact impact = estimator.estimate(group.action, targets, findings);
            drafts.add(new Draft(group.action, targets, ids, findings, impact,
                    effortOverrides.getOrDefault(group.action, group.action.defaultEffort()), group.kept.stream().sorted().toList()));
        }
        BigDecimal bestSaving = drafts.stream().map(d -> d.impact.annualSavings()).filter(s -> s != null)
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        double bestContacts = drafts.stream().mapToDouble(d -> d.impact.contactsAvoidedPerMonth()).max().orElse(0);
        List<Scored> scored = drafts.stream().map(d -> score(d, bestSaving, bestContacts, wording)).sorted(RANKING).toList();
        List<Recommendation> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            Priority priority = Priority.of(s.score);
            ranked.add(new Recommendation(i + 1, priority, s.draft.action, wording.title(s.draft.action, s.draft.targets, journey),
                    s.draft.targets, s.draft.findingIds, s.draft.impact, s.draft.effort, s.score,
                    wording.why(priority, s.reasons, s.score, s.draft.kept)));
        }
        return ranked;
    }

    /** The highest score a housekeeping action may have: below the P3 band, so it is always P4. */
    static final int HOUSEKEEPING_SCORE_CAP = 5;

    private static final Comparator<Scored> RANKING = Comparator
            .comparing((Scored s) -> s.draft.action.housekeeping())
            .thenComparingInt((Scored s) -> -s.score)
            .thenComparing(s -> s.draft.impact.annualSavings() == null ? BigDecimal.ZERO : s.draft.impact.annualSavings(),
                    Comparator.reverseOrder())
            .thenComparing(s -> s.draft.action.word())
            .thenComparing(s -> s.draft.targets.isEmpty() ? "" : s.draft.targets.get(0));

    private record Draft(Action action, List<String> targets, List<String> findingIds, List<Finding> findings,
            Impact impact, Effort effort, List<String> kept) {
    }

    private record Scored(Draft draft, int score, List<String> reasons) {
    }

    private static Scored score(Draft draft, BigDecimal bestSaving, double bestContacts, RecommendationWording wording) {
        List<String> reasons = new ArrayList<>();
        Severity worst = draft.findings.stream().map(Finding::severity).min(Comparator.naturalOrder()).orElse(Severity.INFO);
        int severityPoints = switch (worst) {
            case ERROR -> 45;
            case WARNING -> 30;
            case INFO -> 15;
        };
        int score = severityPoints;
        reasons.add(wording.answers(worst, severityPoints));
        BigDecimal saving = draft.impact.annualSavings();
        if (saving != null && saving.signum() > 0 && bestSaving.signum() > 0) {
            int points = (int) Math.round(30 * saving.doubleValue() / bestSaving.doubleValue());
            score += points;
            reasons.add(wording.saves(saving, draft.impact.currency(), points));
        }
        if (draft.impact.contactsAvoidedPerMonth() > 0 && bestContacts > 0) {
            int points = (int) Math.round(10 * draft.impact.contactsAvoidedPerMonth() / bestContacts);
            score += points;
            reasons.add(wording.avoids(draft.impact.contactsAvoidedPerMonth(), points));
        }
        CustomerEffort effort = draft.impact.customerEffort();
        int effortPoints = Math.min(10, 4 * (effort.requestsRemoved() + effort.handoffsRemoved() + effort.channelSwitchesRemoved())
                + (effort.waitMinutesSaved() > 0 ? 2 : 0));
        if (effortPoints > 0) {
            score += effortPoints;
            reasons.add(wording.sparesEffort(effortPoints));
        }
        int more = Math.min(10, 2 * (draft.findings.size() - 1));
        if (more > 0) {
            score += more;
            reasons.add(wording.answersMore(draft.findings.size(), more));
        }
        score -= draft.effort.scorePenalty();
        reasons.add(wording.effort(draft.effort, draft.effort.scorePenalty()));
        if (draft.action.housekeeping() && score > HOUSEKEEPING_SCORE_CAP) {
            score = HOUSEKEEPING_SCORE_CAP;
            reasons.add(wording.capped(HOUSEKEEPING_SCORE_CAP));
        }
        return new Scored(draft, score, reasons);
    }

    /** Proposals of one action whose targets overlap, transitively. */
    private static final class Group {
        final Action action;
        final LinkedHashSet<String> targets = new LinkedHashSet<>();
        final LinkedHashSet<Finding> findings = new LinkedHashSet<>();
        /** Why targets the findings pointed at stay out of the recommendation. */
        final LinkedHashSet<String> kept = new LinkedHashSet<>();

        Group(Action action) {
            this.action = action;
        }
    }

    /**
     * Merges the proposals of each action whose targets overlap. Each target knows its group, so a proposal meets only
     * the groups it overlaps, and merging moves the smaller group into the larger: the cost stays near-linear in the
     * proposals however many there are. The order of targets and findings within a group does not matter: both are
     * sorted when the recommendation is drafted. A step that is mandated or delivers an outcome is never a target of
     * an action that would take it away: it leaves the proposal, and a proposal left with no target is not made.
     */
    /** A proposal and the id of the finding it answers, which orders it. */
    private record ByReportOrder(Proposal proposal, String findingId) {
    }

    private static List<Group> group(List<Proposal> proposals, Map<Finding, String> findingIds, ProtectedSteps protectedSteps) {
        // Rules fire in no promised order; grouping follows the findings' report order instead. Each proposal's finding
        // id is looked up once, not at every comparison (a finding's hash reads all its evidence).
        List<ByReportOrder> keyed = new ArrayList<>(proposals.size());
        proposals.forEach(p -> keyed.add(new ByReportOrder(p, findingIds.getOrDefault(p.finding(), ""))));
        keyed.sort(Comparator.comparing(ByReportOrder::findingId, RecommendationPlanner::byNumber)
                .thenComparing((ByReportOrder k) -> k.proposal().action()).thenComparing(k -> String.join(",", k.proposal().targets())));
        List<Proposal> ordered = keyed.stream().map(ByReportOrder::proposal).toList();
        Map<Action, LinkedHashSet<Group>> byAction = new LinkedHashMap<>();
        Map<Action, Map<String, Group>> owners = new HashMap<>();
        for (Proposal proposal : ordered) {
            Action action = Action.of(proposal.action()).orElseThrow(
                    () -> new RuleBaseException("a recommendation rule proposes unknown action '" + proposal.action() + "'"));
            List<String> targets = new ArrayList<>();
            List<String> kept = new ArrayList<>();
            for (String target : proposal.targets()) {
                String because = protectedSteps.keptBecause(action, target);
                if (because == null) {
                    targets.add(target);
                } else {
                    kept.add(because);
                }
            }
            if (targets.isEmpty() && !kept.isEmpty()) {
                continue;
            }
            LinkedHashSet<Group> groups = byAction.computeIfAbsent(action, a -> new LinkedHashSet<>());
            Map<String, Group> owner = owners.computeIfAbsent(action, a -> new HashMap<>());
            Set<Group> overlapping = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (String target : targets) {
                Group group = owner.get(target);
                if (group != null) {
                    overlapping.add(group);
                }
            }
            Group merged = overlapping.stream().max(Comparator.comparingInt(g -> g.targets.size())).orElse(null);
            if (merged == null) {
                merged = new Group(action);
                groups.add(merged);
            }
            for (Group group : overlapping) {
                if (group != merged) {
                    for (String target : group.targets) {
                        owner.put(target, merged);
                    }
                    merged.targets.addAll(group.targets);
                    merged.findings.addAll(group.findings);
                    merged.kept.addAll(group.kept);
                    groups.remove(group);
                }
            }
            for (String target : targets) {
                owner.put(target, merged);
            }
            merged.targets.addAll(targets);
            merged.findings.add(proposal.finding());
            merged.kept.addAll(kept);
        }
        return byAction.values().stream().flatMap(Set::stream).toList();
    }

    /** Targets in the order the journey tells them: stage by stage, steps and cells within their stage. */
    private static Comparator<String> journeyOrder(Journey journey) {
        Map<String, Integer> position = new java.util.HashMap<>();
        int next = 0;
        position.put(org.journeyaudit.engine.fact.Elements.journey(journey.id()), next++);
        for (var stage : journey.stages()) {
            position.put(org.journeyaudit.engine.fact.Elements.stage(stage.id()), next++);
            for (var touchpoint : stage.touchpoints()) {
                position.put(org.journeyaudit.engine.fact.Elements.touchpoint(stage.id(), touchpoint.channel()), next++);
            }
            for (var step : stage.steps()) {
                position.put(org.journeyaudit.engine.fact.Elements.step(step.id()), next++);
            }
            for (int i = 0; i < stage.barriers().size(); i++) {
                position.put(org.journeyaudit.engine.fact.Elements.barrier(stage.id(), i), next++);
            }
        }
        int unplaced = next;
        return Comparator.<String>comparingInt(t -> position.getOrDefault(t, unplaced)).thenComparing(Comparator.naturalOrder());
    }

    /** F2 before F10. */
    static int byNumber(String a, String b) {
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
}
