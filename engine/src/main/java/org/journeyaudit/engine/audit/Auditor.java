package org.journeyaudit.engine.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.fact.AuditDate;
import org.journeyaudit.engine.fact.JourneyFacts;
import org.journeyaudit.engine.fact.Parameter;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.recommend.ObservedFigures;
import org.journeyaudit.engine.recommend.Proposal;
import org.journeyaudit.engine.recommend.Recommendation;
import org.journeyaudit.engine.recommend.RecommendationPlanner;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.journeyaudit.engine.rulebase.RuleBaseException;
import org.journeyaudit.engine.rulebase.RuleDescription;
import org.journeyaudit.engine.rulebase.RulePack;
import org.journeyaudit.engine.rulebase.RuleParameter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.QueryResultsRow;

/**
 * Audits journeys against a rule base: one session per journey, facts in, findings and proposals out
 * through the rule pack's named queries. Thread-safe: sessions are never shared.
 */
public final class Auditor {

    private final RuleBase ruleBase;
    private final AuditBudget budget;

    public Auditor(RuleBase ruleBase) {
        this(ruleBase, AuditBudget.DEFAULT);
    }

    public Auditor(RuleBase ruleBase, AuditBudget budget) {
        this.ruleBase = ruleBase;
        this.budget = budget;
    }

    public AuditBudget budget() {
        return budget;
    }

    /**
     * Audits one journey within the budget: throws {@link AuditTooLargeException} when it would spend more,
     * {@link AuditCancelledException} when the calling thread is interrupted; either way its sessions are
     * halted and disposed.
     */
    public Audit audit(Journey journey, AuditOptions options) {
        return audit(journey, List.of(), options);
    }

    /**
     * As {@link #audit(Journey, AuditOptions)}, with further facts about the journey inserted into its sessions beside
     * its own (what its event log shows, for the {@code evidence/} rules): still one session per journey.
     */
    public Audit audit(Journey journey, List<?> observed, AuditOptions options) {
        List<Finding> raised = new ArrayList<>();
        List<Proposal> proposals = new ArrayList<>();
        Spending spending = new Spending(journey.id(), budget);
        conclude(ruleBase.newSession(), journey, observed, options, spending, raised, proposals);
        // trusted rule packs: a session each on the same facts; their findings are numbered, suppressed and recommended with the rest
        for (RulePack pack : ruleBase.packs()) {
            conclude(pack.newSession(), journey, observed, options, spending, raised, proposals);
        }
        // Custom checks: fixed engine code judges them over the journey (nothing of theirs runs in a session);
        // their findings are numbered, given severities and suppressed like the rules' from here on.
        raised.addAll(options.checks().evaluate(journey));
        List<Finding> enabled = enabledFindings(raised, options);
        Suppressions suppressions = new Suppressions(journey, options.asOf(), options.checks().addedTo(ruleBase.catalogue()));
        List<Finding> open = enabled.stream().filter(f -> suppressions.covering(f) == null).toList();
        Map<Finding, Finding> reported = report(journey, open, options, "F");
        Map<Finding, Finding> accepted = report(journey, enabled.stream().filter(f -> suppressions.covering(f) != null).toList(), options, "S");
        List<SuppressedFinding> suppressed = accepted.entrySet().stream()
                .map(e -> new SuppressedFinding(e.getValue(), suppressions.covering(e.getKey()))).toList();
        Map<Finding, String> ids = new HashMap<>();
        reported.values().forEach(f -> ids.put(f, f.id()));
        List<Proposal> answered = proposals.stream()
                .map(p -> new Proposal(p.action(), p.targets(), reported.get(p.finding())))
                .filter(p -> p.finding() != null)
                .toList();
        // the log's figures price the recommendations, and the audit keeps them so that its cost to serve is priced alike
        ObservedFigures figures = ObservedFigures.of(observed);
        List<Recommendation> recommendations = new RecommendationPlanner(options.effort(), options.language())
                .plan(journey, answered, ids, figures);
        return new Audit(journey, options.asOf(), List.copyOf(reported.values()), recommendations, options.profile().name(),
                suppressed, suppressions.notes(), List.of(), figures);
    }

    /** Puts the journey's facts into the session, fires its rules and collects what they concluded. */
    private void conclude(KieSession session, Journey journey, List<?> observed, AuditOptions options, Spending spending, List<Finding> raised,
            List<Proposal> proposals) {
        try {
            JourneyFacts.of(journey).forEach(session::insert);
            observed.forEach(session::insert);
            session.insert(new AuditDate(options.asOf()));
            parameters(options).forEach(session::insert);
            // a rule the profile disables does not fire, so its findings reach neither the report nor the recommendations;
            // every firing is charged to the budget first, and one over it halts the session
            session.fireAllRules(match -> {
                if (!spending.charge()) {
                    session.halt();
                    return false;
                }
                return enabled(match.getRule().getMetaData().get("id"), options);
            });
            spending.settle();
            for (QueryResultsRow row : session.getQueryResults("findings")) {
                raised.add((Finding) row.get("$finding"));
            }
            for (QueryResultsRow row : session.getQueryResults("proposals")) {
                proposals.add((Proposal) row.get("$proposal"));
            }
        } finally {
            session.dispose();
        }
    }

    /** What an audit has spent of its budget so far, across the sessions of the built-in rules and the packs. */
    private static final class Spending {
        private final String journeyId;
        private final AuditBudget budget;
        private final long deadline;
        private long firings;
        private boolean overTime;
        private boolean cancelled;

        Spending(String journeyId, AuditBudget budget) {
            this.journeyId = journeyId;
            this.budget = budget;
            this.deadline = System.nanoTime() + budget.maxDuration().toNanos();
        }

        /** Counts one firing; false once the budget is spent or the thread is interrupted. */
        boolean charge() {
            if (Thread.currentThread().isInterrupted()) {
                cancelled = true;
                return false;
            }
            if (System.nanoTime() - deadline > 0) {
                overTime = true;
                return false;
            }
            return ++firings <= budget.maxRuleFirings();
        }

        /** Throws if the last session stopped on the budget rather than settling. */
        void settle() {
            if (cancelled) {
                throw new AuditCancelledException(journeyId);
            }
            if (overTime) {
                throw new AuditTooLargeException(journeyId, "the audit of journey '" + journeyId + "' took longer than "
                        + seconds(budget.maxDuration()) + ", the time one audit may take; it was stopped");
            }
            if (firings > budget.maxRuleFirings()) {
                throw new AuditTooLargeException(journeyId, "the audit of journey '" + journeyId + "' needed more than "
                        + budget.maxRuleFirings() + " rule firings, the most one audit may spend; it was stopped");
            }
        }
    }

    private static String seconds(java.time.Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /** Rules without an id (inferences, recommendations) always run; a catalogue rule runs when the profile enables it. */
    private boolean enabled(Object ruleId, AuditOptions options) {
        if (ruleId == null) {
            return true;
        }
        return ruleBase.catalogue().rule(ruleId.toString()).map(options.profile()::enabled).orElse(true);
    }

    /** Every rule parameter at its default unless the profile, then the options, replace it. */
    private List<Parameter> parameters(AuditOptions options) {
        List<Parameter> parameters = new ArrayList<>();
        for (RuleDescription rule : ruleBase.catalogue().rules()) {
            Map<String, Double> profile = options.profile().parameters(rule.id());
            Map<String, Double> overrides = options.parameters().getOrDefault(rule.id(), Map.of());
            for (RuleParameter parameter : rule.parameters().values()) {
                double value = overrides.getOrDefault(parameter.name(), profile.getOrDefault(parameter.name(), parameter.defaultValue()));
                parameters.add(new Parameter(rule.id(), parameter.name(), value));
            }
        }
        return parameters;
    }

    /** Findings in report order (stage order, then rule, then elements), numbered F1, F2 ... (S1, S2 ... if suppressed), with their severity. */
    /** The findings of rules the profile enables (a disabled rule does not fire, but another rule may raise in its name). */
    private List<Finding> enabledFindings(List<Finding> raised, AuditOptions options) {
        return raised.stream().filter(f -> options.profile().enabled(rule(f, options))).toList();
    }

    private RuleDescription rule(Finding finding, AuditOptions options) {
        return ruleBase.catalogue().rule(finding.ruleId()).or(() -> options.checks().rule(finding.ruleId())).orElseThrow(
                () -> new RuleBaseException("a finding names rule '" + finding.ruleId() + "', which the catalogue lacks"));
    }

    private Map<Finding, Finding> report(Journey journey, List<Finding> raised, AuditOptions options, String prefix) {
        Map<String, Integer> stageOrder = new HashMap<>();
        for (int i = 0; i < journey.stages().size(); i++) {
            stageOrder.put(journey.stages().get(i).id(), i);
        }
        // each finding worded once, in the audit's language, from its rule's template
        // by identity: a finding's own hash walks its evidence, and the sort asks for these at every comparison
        Map<Finding, String> wording = new IdentityHashMap<>();
        // the elements' sort key made once a finding, not at every comparison
        Map<Finding, String> elements = new IdentityHashMap<>();
        raised.forEach(f -> {
            wording.put(f, rule(f, options).wording(f, options.language()));
            elements.put(f, String.join(",", f.elements()));
        });
        List<Finding> ordered = new ArrayList<>(raised);
        ordered.sort(Comparator
                .comparingInt((Finding f) -> f.stage() == null ? -1 : stageOrder.getOrDefault(f.stage(), Integer.MAX_VALUE))
                .thenComparing(Finding::ruleId)
                .thenComparing(elements::get)
                .thenComparing(wording::get));
        Map<Finding, Finding> reported = new LinkedHashMap<>();
        int number = 1;
        for (Finding finding : ordered) {
            reported.put(finding, finding.reported(prefix + number++, options.profile().severity(rule(finding, options)))
                    .worded(wording.get(finding)));
        }
        return reported;
    }
}
