package org.journeyaudit.engine.recommend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.fact.Elements;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.Stage;
import org.journeyaudit.engine.journey.Step;
import org.journeyaudit.engine.journey.Touchpoint;
import org.journeyaudit.engine.language.Language;

/**
 * What the journey's work costs a year, stage by stage: the handling of its inbound contacts (one term per channel:
 * contacts x handle seconds x the channel's cost per minute) and its backstage work (one term per cost per minute:
 * cases x the minutes of the steps people do x that cost). Self-service sessions and notifications are handled by no
 * one and cost nothing here. Steps done during the contact are part of the contacts' handle seconds and are not added
 * again as backstage work; savings on them draw on the contacts' handling. No saving may exceed the cost to serve of the
 * work it removes. With an event log beside the journey, the figures are those the recommendations are priced with
 * ({@link Pricing} over {@link ObservedFigures}): the log's median handle time of a touchpoint's contacts and its cases
 * at a stage, each input marked observed and the log named, so that the savings and the cost they are drawn from
 * describe the same work.
 */
public final class CostToServe {

    /** One stage's cost to serve: handling and backstage, their formula, inputs and what could not be priced. */
    public record StageCost(String stage, BigDecimal handling, BigDecimal backstage, BigDecimal total, String formula,
            List<ImpactInput> inputs, List<String> notes) {

        public StageCost {
            inputs = List.copyOf(inputs);
            notes = List.copyOf(notes);
        }
    }

    /** A piece of work savings draw on: its seconds a month in all and the priced group it belongs to. */
    record Pool(String group, BigDecimal secondsPerMonth) {
    }

    /** A group of work priced at one cost per minute, with its cost to serve a year. */
    record Group(double costPerMinute, int months, BigDecimal cost) {

        BigDecimal price(BigDecimal secondsPerMonth) {
            return secondsPerMonth.multiply(BigDecimal.valueOf(costPerMinute)).multiply(BigDecimal.valueOf(months))
                    .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP).stripTrailingZeros();
        }
    }

    private final List<StageCost> stages = new ArrayList<>();
    private final Map<String, Pool> pools = new HashMap<>();
    private final Map<String, Group> groups = new HashMap<>();
    private final String currency;
    private BigDecimal total;

    private CostToServe(Journey journey, ObservedFigures observed, Language language) {
        this.currency = journey.currency();
        Pricing pricing = new Pricing(journey, new ImpactTexts(language), observed);
        for (Stage stage : journey.stages()) {
            stages.add(stage(pricing, stage));
        }
    }

    /** The cost to serve on the document's figures alone. */
    public static CostToServe of(Journey journey, Language language) {
        return of(journey, ObservedFigures.NONE, language);
    }

    /** The cost to serve on the figures the audit's recommendations are priced with: the log's where it gives them. */
    public static CostToServe of(Journey journey, ObservedFigures observed, Language language) {
        return new CostToServe(journey, observed, language);
    }

    public List<StageCost> stages() {
        return List.copyOf(stages);
    }

    /** The journey's cost to serve a year; null when no stage could be priced. */
    public BigDecimal total() {
        return total;
    }

    public String currency() {
        return currency;
    }

    Pool pool(String id) {
        return pools.get(id);
    }

    Group group(String id) {
        return groups.get(id);
    }

    private StageCost stage(Pricing pricing, Stage stage) {
        ImpactTexts texts = pricing.texts();
        Journey journey = pricing.journey();
        List<SavingsFormula> handling = new ArrayList<>();
        List<SavingsFormula> backstage = new ArrayList<>();
        List<ImpactInput> inputs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int months = pricing.months();
        Map<Touchpoint, Pricing.Priced> handled = new LinkedHashMap<>();
        for (Touchpoint touchpoint : stage.touchpoints()) {
            if (!journey.handlesContacts(touchpoint) || touchpoint.volumePerMonth() == null) {
                continue;
            }
            String cell = stage.id() + "@" + touchpoint.channel();
            // a measurement too short to price is said, so that the document's figure (or none) is seen to be chosen
            note(notes, pricing.shortHandleTime(stage, touchpoint));
            Pricing.Priced handle = pricing.handleSeconds(stage, touchpoint);
            if (handle == null) {
                continue;
            }
            Pricing.Priced cost = pricing.contactCost(touchpoint);
            if (cost == null) {
                note(notes, texts.noCost());
                continue;
            }
            SavingsFormula term = new SavingsFormula(touchpoint.volumePerMonth(), handle.value(), cost.value(), months);
            handling.add(term);
            inputs.add(new ImpactInput("contactsPerMonth", term.contactsPerMonth(), "contacts", InputSource.MEASURED, texts.volumeOf(cell)));
            inputs.add(new ImpactInput("handleSeconds", term.secondsSaved(), "s", handle.source(), handle.from()));
            inputs.add(costInput(journey, cost));
            String pool = Elements.touchpoint(stage.id(), touchpoint.channel());
            handled.put(touchpoint, handle);
            pools.put(pool, new Pool(pool, seconds(term)));
            groups.put(pool, new Group(term.costPerMinute(), months, term.annual()));
        }
        Map<TermKey, List<Step>> byTerm = new LinkedHashMap<>();
        Map<TermKey, Pricing.Priced[]> priced = new LinkedHashMap<>();
        List<Step> duringContact = new ArrayList<>();
        for (Step step : stage.steps()) {
            if (step.automated() || step.minutes() == null || step.minutes() == 0) {
                continue;
            }
            if (step.duringContact()) {
                // already paid for in the contacts' handle seconds
                duringContact.add(step);
                continue;
            }
            Pricing.Priced cost = pricing.stepCost(stage, step);
            if (cost == null) {
                note(notes, texts.noCost());
                continue;
            }
            Pricing.Priced cases = pricing.cases(stage, step);
            if (cases == null) {
                note(notes, texts.noCases(stage.id()));
                continue;
            }
            TermKey key = new TermKey(SavingsFormula.printed(cases.value()), SavingsFormula.printed(cost.value()), pricing.unit(stage, step));
            byTerm.computeIfAbsent(key, k -> new ArrayList<>()).add(step);
            priced.putIfAbsent(key, new Pricing.Priced[] {cases, cost});
        }
        for (Map.Entry<TermKey, List<Step>> entry : byTerm.entrySet()) {
            TermKey key = entry.getKey();
            Pricing.Priced cases = priced.get(key)[0];
            Pricing.Priced cost = priced.get(key)[1];
            double seconds = entry.getValue().stream().mapToDouble(s -> s.minutes() * 60).sum();
            SavingsFormula term = new SavingsFormula(key.cases(), seconds, key.rate(), months, key.unit());
            backstage.add(term);
            boolean counted = key.unit() == SavingsFormula.Unit.CASES;
            inputs.add(new ImpactInput(counted ? "casesPerMonth" : "contactsPerMonth", term.contactsPerMonth(), counted ? "cases" : "contacts",
                    cases.source(), cases.from()));
            if (cases.assumption() != null) {
                note(notes, cases.assumption());
            }
            inputs.add(new ImpactInput("secondsPerCase", term.secondsSaved(), "s", InputSource.MEASURED,
                    texts.stepMinutes(entry.getValue().stream().map(Step::id).toList())));
            inputs.add(costInput(journey, cost));
            if (cost.assumption() != null) {
                note(notes, cost.assumption());
            }
            String group = "backstage:" + stage.id() + "@" + key;
            groups.put(group, new Group(term.costPerMinute(), months, term.annual()));
            for (Step step : entry.getValue()) {
                pools.put(Elements.step(step.id()), new Pool(group, BigDecimal.valueOf(term.contactsPerMonth())
                        .multiply(BigDecimal.valueOf(SavingsFormula.printed(step.minutes() * 60)))));
            }
        }
        contactWork(texts, stage, handled, duringContact, notes);
        List<SavingsFormula> terms = new ArrayList<>(handling);
        terms.addAll(backstage);
        if (!terms.isEmpty()) {
            Pricing.Priced monthsInput = pricing.assumption(org.journeyaudit.engine.journey.Assumption.MONTHS_PER_YEAR);
            inputs.add(new ImpactInput("monthsPerYear", months, "months", monthsInput.source(), monthsInput.from()));
            if (monthsInput.assumption() != null) {
                note(notes, monthsInput.assumption());
            }
        }
        BigDecimal handlingCost = handling.isEmpty() ? null : SavingsFormula.total(handling);
        BigDecimal backstageCost = backstage.isEmpty() ? null : SavingsFormula.total(backstage);
        BigDecimal stageTotal = terms.isEmpty() ? null : SavingsFormula.total(terms);
        if (stageTotal != null) {
            total = total == null ? stageTotal : total.add(stageTotal);
        }
        String formula = terms.isEmpty() ? null : SavingsFormula.explain(terms, currency, texts.language()) + observed(texts, pricing, inputs);
        return new StageCost(stage.id(), handlingCost, backstageCost, stageTotal, formula, inputs, notes);
    }

    /**
     * Says which steps' minutes the contacts' handle seconds hold, and where they hold less than those steps take (the
     * document contradicts itself: the handle seconds are priced as they are, and savings on the steps are capped at them).
     */
    private static void contactWork(ImpactTexts texts, Stage stage, Map<Touchpoint, Pricing.Priced> handled, List<Step> steps,
            List<String> notes) {
        if (steps.isEmpty()) {
            return;
        }
        List<String> ids = steps.stream().map(Step::id).toList();
        if (handled.isEmpty()) {
            note(notes, texts.noContactForSteps(stage.id(), ids));
            return;
        }
        double seconds = steps.stream().mapToDouble(s -> s.minutes() * 60).sum();
        note(notes, texts.inHandleTime(ids, handled.keySet().stream().map(t -> stage.id() + "@" + t.channel()).toList()));
        handled.forEach((touchpoint, handle) -> {
            String cell = stage.id() + "@" + touchpoint.channel();
            if (seconds > handle.value()) {
                note(notes, handle.source() == InputSource.OBSERVED ? texts.contactStepsExceedObserved(ids, seconds, cell, handle.value())
                        : texts.contactStepsExceed(ids, seconds, cell, handle.value()));
            }
        });
    }

    /** What a stage's formula says of the figures the log gives, as a recommendation's formula says it; empty when none. */
    private static String observed(ImpactTexts texts, Pricing pricing, List<ImpactInput> inputs) {
        boolean handle = inputs.stream().anyMatch(i -> i.source() == InputSource.OBSERVED && i.name().equals("handleSeconds"));
        boolean cases = inputs.stream().anyMatch(i -> i.source() == InputSource.OBSERVED && !i.name().equals("handleSeconds"));
        return handle ? texts.observedHandleFormula(pricing.observed().log(), cases) : cases ? texts.observedFormula(pricing.observed().log()) : "";
    }

    /** What steps must share to be priced in one term: their cases a month, their cost per minute and what the cases count. */
    private record TermKey(double cases, double rate, SavingsFormula.Unit unit) {
    }

    private static BigDecimal seconds(SavingsFormula term) {
        return BigDecimal.valueOf(term.contactsPerMonth()).multiply(BigDecimal.valueOf(term.secondsSaved()));
    }

    private static ImpactInput costInput(Journey journey, Pricing.Priced cost) {
        return new ImpactInput("costPerMinute", SavingsFormula.printed(cost.value()),
                journey.currency() == null ? "per minute" : journey.currency() + "/min", cost.source(), cost.from());
    }

    private static void note(List<String> notes, String note) {
        if (note != null && !notes.contains(note)) {
            notes.add(note);
        }
    }
}
