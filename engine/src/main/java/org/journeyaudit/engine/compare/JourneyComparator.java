package org.journeyaudit.engine.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.AuditSummary;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.fact.Elements;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.finding.Severity;
import org.journeyaudit.engine.journey.Channel;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.Stage;
import org.journeyaudit.engine.journey.Step;
import org.journeyaudit.engine.language.Language;

/**
 * Compares two versions of a journey: audits both with the same options, matches their findings, and
 * weighs what moved into a verdict.
 *
 * <p>Findings are matched by what they are about, never by their messages or numbers: the same rule, stage
 * and set of elements (in any order) is the same finding, unchanged unless its evidence differs. A finding
 * left over that has the same rule, stage and elements other than steps, and shares at least one step
 * with one left over on the other side, is the same finding changed (an excess of handoffs over fewer
 * steps). What is left is resolved (before only) or introduced (after only). Ids are the identity: a step
 * renamed keeps its findings, a step whose id changes is another step.
 *
 * <p>The verdict weighs findings resolved and introduced, steps, handoffs, ping-pong returns, customer
 * requests, handling and waiting minutes, coverage cells gained and lost, and the savings potential left:
 * better when something improved and nothing got worse, worse for the reverse, mixed for both.
 */
public final class JourneyComparator {

    private final Auditor auditor;

    public JourneyComparator(Auditor auditor) {
        this.auditor = auditor;
    }

    public JourneyComparison compare(Journey before, Journey after, AuditOptions options) {
        return compare(auditor.audit(before, options), auditor.audit(after, options), options.language());
    }

    /** Compares two audits of the versions of a journey, made with the same options. */
    public static JourneyComparison compare(Audit before, Audit after) {
        return compare(before, after, Language.EN);
    }

    /** Compares two audits of the versions of a journey, made with the same options, with reasons and notes in the language. */
    public static JourneyComparison compare(Audit before, Audit after, Language language) {
        ComparisonTexts texts = new ComparisonTexts(language);
        Matching matching = match(before.findings(), after.findings(), texts);
        List<Measure> measures = measures(before.journey(), after.journey());
        CoverageChange coverage = coverage(before.journey(), after.journey());
        AuditSummary beforeSummary = AuditSummary.of(before);
        AuditSummary afterSummary = AuditSummary.of(after);
        SavingsChange savings = new SavingsChange(beforeSummary.annualSavings(), afterSummary.annualSavings(),
                beforeSummary.currency(), afterSummary.currency());

        List<String> improvements = new ArrayList<>();
        List<String> worsenings = new ArrayList<>();
        if (!matching.resolved.isEmpty()) {
            improvements.add(count(matching.resolved, true, texts));
        }
        if (!matching.introduced.isEmpty()) {
            worsenings.add(count(matching.introduced, false, texts));
        }
        for (Measure measure : measures) {
            if (measure.improved()) {
                improvements.add(texts.measure(measure));
            } else if (measure.worsened()) {
                worsenings.add(texts.measure(measure));
            }
        }
        if (!coverage.gained().isEmpty()) {
            improvements.add(texts.cells(coverage.gained(), true));
        }
        if (!coverage.lost().isEmpty()) {
            worsenings.add(texts.cells(coverage.lost(), false));
        }
        if (savings.comparable() && savings.change().signum() != 0) {
            boolean less = savings.change().signum() < 0;
            String text = texts.savings(savings.before(), savings.beforeCurrency(), savings.after(), savings.afterCurrency(), less);
            (less ? improvements : worsenings).add(text);
        }
        return new JourneyComparison(before, after, matching.resolved, matching.introduced, matching.unchanged, matching.changed,
                measures, coverage, savings, Verdict.of(!improvements.isEmpty(), !worsenings.isEmpty()), improvements, worsenings,
                notes(before, after, savings, texts));
    }

    private static final class Matching {
        final List<Finding> resolved = new ArrayList<>();
        final List<Finding> introduced = new ArrayList<>();
        final List<FindingMatch> unchanged = new ArrayList<>();
        final List<FindingMatch> changed = new ArrayList<>();
    }

    static Matching match(List<Finding> before, List<Finding> after) {
        return match(before, after, new ComparisonTexts(Language.EN));
    }

    static Matching match(List<Finding> before, List<Finding> after, ComparisonTexts texts) {
        Matching matching = new Matching();
        List<Finding> leftBefore = new ArrayList<>();
        List<Finding> leftAfter = new ArrayList<>(after);
        Map<List<Object>, java.util.Deque<Finding>> byKey = new LinkedHashMap<>();
        after.forEach(a -> byKey.computeIfAbsent(key(a), k -> new java.util.ArrayDeque<>()).add(a));
        for (Finding b : before) {
            java.util.Deque<Finding> same = byKey.get(key(b));
            if (same == null || same.isEmpty()) {
                leftBefore.add(b);
            } else {
                Finding a = same.poll();
                leftAfter.remove(a);
                record(matching, b, a, texts);
            }
        }
        for (Finding b : leftBefore) {
            Finding best = null;
            int bestShared = 0;
            for (Finding a : leftAfter) {
                if (!target(a).equals(target(b))) {
                    continue;
                }
                Set<String> shared = new HashSet<>(steps(a));
                shared.retainAll(steps(b));
                if (shared.size() > bestShared) {
                    best = a;
                    bestShared = shared.size();
                }
            }
            if (best == null) {
                matching.resolved.add(b);
            } else {
                leftAfter.remove(best);
                record(matching, b, best, texts);
            }
        }
        matching.introduced.addAll(leftAfter);
        matching.introduced.sort(java.util.Comparator.comparingInt(f -> after.indexOf(f)));
        matching.changed.sort(java.util.Comparator.comparingInt(m -> before.indexOf(m.before())));
        return matching;
    }

    private static void record(Matching matching, Finding before, Finding after, ComparisonTexts texts) {
        List<String> differences = differences(before, after, texts);
        (differences.isEmpty() ? matching.unchanged : matching.changed).add(new FindingMatch(before, after, differences));
    }

    /** Rule, stage and the set of elements: what a finding is about. */
    private static List<Object> key(Finding finding) {
        return List.of(finding.ruleId(), Objects.toString(finding.stage(), ""), new TreeSet<>(finding.elements()));
    }

    /** Rule, stage and the elements that are not steps: what a finding is about when its steps may move. */
    private static List<Object> target(Finding finding) {
        TreeSet<String> others = new TreeSet<>(finding.elements());
        others.removeAll(steps(finding));
        return List.of(finding.ruleId(), Objects.toString(finding.stage(), ""), others);
    }

    private static List<String> steps(Finding finding) {
        return Elements.ofKind(finding.elements(), "step");
    }

    private static List<String> differences(Finding before, Finding after, ComparisonTexts texts) {
        List<String> differences = new ArrayList<>();
        Set<String> gone = new LinkedHashSet<>(before.elements());
        after.elements().forEach(gone::remove);
        Set<String> added = new LinkedHashSet<>(after.elements());
        before.elements().forEach(added::remove);
        if (!gone.isEmpty()) {
            differences.add(texts.noLongerInvolves(List.copyOf(gone)));
        }
        if (!added.isEmpty()) {
            differences.add(texts.nowInvolves(List.copyOf(added)));
        }
        Set<String> names = new LinkedHashSet<>(before.evidence().keySet());
        names.addAll(after.evidence().keySet());
        for (String name : names) {
            Object was = before.evidence().get(name);
            Object is = after.evidence().get(name);
            if (!Objects.equals(normal(was), normal(is))) {
                differences.add(texts.evidence(name, was, is));
            }
        }
        return differences;
    }

    /** Numbers compared by value, whatever their boxed type. */
    private static Object normal(Object value) {
        return value instanceof Number number ? new BigDecimal(number.toString()).stripTrailingZeros() : value;
    }

    private static String count(List<Finding> findings, boolean resolved, ComparisonTexts texts) {
        Map<Severity, Integer> bySeverity = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            int n = (int) findings.stream().filter(f -> f.severity() == severity).count();
            if (n > 0) {
                bySeverity.put(severity, n);
            }
        }
        return texts.findings(findings.size(), bySeverity, resolved);
    }

    static List<Measure> measures(Journey before, Journey after) {
        return List.of(
                new Measure(MeasureKind.STAGES, before.stages().size(), after.stages().size()),
                new Measure(MeasureKind.STEPS, steps(before).size(), steps(after).size()),
                new Measure(MeasureKind.HANDOFFS, handoffs(before), handoffs(after)),
                new Measure(MeasureKind.PING_PONG_RETURNS, returns(before), returns(after)),
                new Measure(MeasureKind.CUSTOMER_REQUESTS, requests(before), requests(after)),
                new Measure(MeasureKind.HANDLING_MINUTES, minutes(before, false), minutes(after, false)),
                new Measure(MeasureKind.WAIT_MINUTES, minutes(before, true), minutes(after, true)));
    }

    private static List<Step> steps(Journey journey) {
        return journey.stages().stream().flatMap(s -> s.steps().stream()).toList();
    }

    /** Handoffs between people in the stages, as the handoff rules infer them (automated steps aside). */
    static int handoffs(Journey journey) {
        return journey.stages().stream().mapToInt(s -> s.handoffs().size()).sum();
    }

    /** Unplanned handoffs that give the work back to an actor who already worked on it in the stage: what handoff/ping-pong counts. */
    static int returns(Journey journey) {
        return journey.stages().stream().mapToInt(s -> s.returns().size()).sum();
    }

    private static int requests(Journey journey) {
        return steps(journey).stream().mapToInt(s -> s.asksCustomer().size()).sum();
    }

    private static double minutes(Journey journey, boolean waiting) {
        return steps(journey).stream().map(waiting ? Step::waitMinutes : Step::minutes).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).sum();
    }

    static CoverageChange coverage(Journey before, Journey after) {
        List<String> gained = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        for (Stage stage : after.stages()) {
            before.stage(stage.id()).ifPresent(earlier -> {
                Set<String> channels = new LinkedHashSet<>();
                earlier.touchpoints().forEach(t -> channels.add(t.channel()));
                stage.touchpoints().forEach(t -> channels.add(t.channel()));
                for (String channel : channels) {
                    boolean was = earlier.presentOn(channel);
                    boolean is = stage.presentOn(channel);
                    if (is && !was) {
                        gained.add(stage.id() + "@" + channel);
                    } else if (was && !is) {
                        lost.add(stage.id() + "@" + channel);
                    }
                }
            });
        }
        return new CoverageChange(gained, lost, ids(after.stages(), before.stages()), ids(before.stages(), after.stages()),
                channels(after, before), channels(before, after));
    }

    /** Stage ids of {@code of} that {@code other} lacks. */
    private static List<String> ids(List<Stage> of, List<Stage> other) {
        Set<String> known = new HashSet<>();
        other.forEach(s -> known.add(s.id()));
        return of.stream().map(Stage::id).filter(id -> !known.contains(id)).toList();
    }

    private static List<String> channels(Journey of, Journey other) {
        return of.channels().stream().map(Channel::id).filter(id -> other.channel(id).isEmpty()).toList();
    }

    private static List<String> notes(Audit before, Audit after, SavingsChange savings, ComparisonTexts texts) {
        List<String> notes = new ArrayList<>();
        if (!before.journey().id().equals(after.journey().id())) {
            notes.add(texts.differentJourneys(before.journey().id(), after.journey().id()));
        }
        if (!savings.comparable()) {
            if (savings.before() == null && savings.after() == null) {
                notes.add(texts.neitherPriced());
            } else if (savings.before() == null || savings.after() == null) {
                notes.add(texts.onlyOnePriced(savings.before() == null));
            } else {
                notes.add(texts.differentCurrencies());
            }
        }
        return notes;
    }
}
