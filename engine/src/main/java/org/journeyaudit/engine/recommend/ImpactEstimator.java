package org.journeyaudit.engine.recommend;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.journeyaudit.engine.fact.Elements;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.journey.Assumption;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.Stage;
import org.journeyaudit.engine.journey.Step;
import org.journeyaudit.engine.journey.StepKind;
import org.journeyaudit.engine.journey.Touchpoint;
import org.journeyaudit.engine.language.Language;

/**
 * Prices a recommendation from the journey's own figures with {@link SavingsFormula}, and records which figures were
 * given and which assumed. Step minutes are priced per case at the step's own cost per minute, or, for a step done
 * during the contact, per handled contact at the channel's cost (they are part of its handle seconds); contacts only where
 * people handle them (self-service sessions and notifications cost no handling), one term per channel at that
 * channel's cost. No saving exceeds the work it removes: where a derived figure would, it is capped and the
 * assumptions say so.
 */
final class ImpactEstimator {

    /** The inputs that carry a contact's handling time, so that a formula priced on the log's handle times says so. */
    private static final java.util.Set<String> HANDLE_INPUTS = java.util.Set.of("handleSeconds", "secondsSaved");

    private final Journey journey;
    private final Pricing pricing;
    private final ImpactTexts texts;
    /** Every step by id (the first, should ids repeat), with its stage and place: targets are looked up, not searched for. */
    private final Map<String, FoundStep> stepsById = new HashMap<>();

    ImpactEstimator(Journey journey) {
        this(journey, Language.EN);
    }

    ImpactEstimator(Journey journey, Language language) {
        this(journey, language, ObservedFigures.NONE);
    }

    /** An estimator that prices a stage's cases from the journey's event log where it gives them. */
    ImpactEstimator(Journey journey, Language language, ObservedFigures observed) {
        this.journey = journey;
        this.texts = new ImpactTexts(language);
        this.pricing = new Pricing(journey, texts, observed);
        for (Stage stage : journey.stages()) {
            for (int index = 0; index < stage.steps().size(); index++) {
                stepsById.putIfAbsent(stage.steps().get(index).id(), new FoundStep(stage, stage.steps().get(index), index));
            }
        }
    }

    Impact estimate(Action action, List<String> targets, List<Finding> findings) {
        Estimate estimate = new Estimate();
        switch (action.impactModel()) {
            case STEPS_REMOVED -> {
                stepsRemoved(targets, estimate, null);
                customerDidItFirst(findings, estimate);
            }
            case STEPS_ROUTED_AROUND -> {
                if (targets.stream().noneMatch(t -> Elements.kind(t).equals("step"))) {
                    estimate.notPriced = texts.notPricedNoStep();
                }
                stepsRemoved(targets, estimate, null);
            }
            case QUESTIONS_REMOVED -> stepsRemoved(targets, estimate, repeatedItems(findings));
            case RECONTACTS_AVOIDED -> recontactsAvoided(targets, estimate);
            case TRANSFERS_AVOIDED -> transfersAvoided(targets, estimate);
            case SELF_SERVICE_SHIFT -> selfServiceShift(targets, estimate);
            case FAILURE_DEMAND_AVOIDED -> failureDemandAvoided(findings, estimate);
            case NOT_ESTIMATED -> estimate.notPriced = texts.notPricedQualitative();
        }
        long switches = findings.stream().filter(f -> f.ruleId().equals("coverage/forced-switch")).count();
        estimate.effort = estimate.effort.plus(new CustomerEffort(0, 0, 0, (int) switches));
        return estimate.toImpact();
    }

    /** The items the findings say are asked again: the questions reusing information removes. */
    private static Set<String> repeatedItems(List<Finding> findings) {
        Set<String> items = new LinkedHashSet<>();
        for (Finding finding : findings) {
            items.addAll(Elements.ofKind(finding.elements(), "item").stream().map(Elements::id).toList());
        }
        return items;
    }

    /**
     * The targeted steps' time, priced per case of their stage: the whole step, or (when {@code questions} is given) only
     * the repeated questions it asks, unless the step does nothing but ask them.
     */
    /**
     * Work the staff repeat after the customer did it in self-service is priced as if every customer had done it first: a
     * customer action has no share of the customers who take it, so the assumption is said, never hidden.
     */
    private void customerDidItFirst(List<Finding> findings, Estimate estimate) {
        for (Finding finding : findings) {
            if (finding.ruleId().equals("redundancy/duplicate-across") && Boolean.TRUE.equals(finding.evidence().get("customer"))) {
                estimate.assume(texts.customerDidItFirst(String.valueOf(finding.evidence().get("work")),
                        String.valueOf(finding.evidence().get("first"))));
            }
        }
    }

    private void stepsRemoved(List<String> targets, Estimate estimate, Set<String> questions) {
        // by stage id: a stage's own hash would walk all its steps for every target
        Map<String, List<FoundStep>> byStage = new LinkedHashMap<>();
        for (String target : targets) {
            if (Elements.kind(target).equals("step")) {
                findStep(Elements.id(target)).ifPresent(found -> byStage.computeIfAbsent(found.stage().id(), s -> new ArrayList<>()).add(found));
            }
        }
        for (List<FoundStep> found : byStage.values()) {
            Stage stage = found.get(0).stage();
            double stays = 1;
            int requests = 0;
            double waiting = 0;
            for (FoundStep each : found) {
                Step step = each.step();
                stays *= 1 - (step.recontactRate() == null ? 0 : step.recontactRate());
                requests += questions == null ? step.asksCustomer().size() : (int) step.asksCustomer().stream().filter(questions::contains).count();
                waiting += step.waitMinutes() == null ? 0 : step.waitMinutes();
            }
            if (questions == null) {
                int handoffsRemoved = handoffsRemoved(stage.steps(), found.stream().map(FoundStep::index).toList());
                estimate.effort = estimate.effort.plus(new CustomerEffort(requests, waiting, Math.max(0, handoffsRemoved), 0));
            } else {
                // the step stays and so do its handoffs and waiting: only the questions asked again go
                estimate.effort = estimate.effort.plus(new CustomerEffort(requests, 0, 0, 0));
                stays = 1;
            }
            Pricing.Priced stageCases = pricing.cases(stage);
            Double inbound = journey.inboundContacts(stage);
            if (stageCases != null) {
                double recontacts = stageCases.value() * (1 - stays);
                estimate.contactsAvoided += inbound == null ? 0 : Math.min(recontacts, inbound);
            }
            // one term per number of cases and cost per minute: a partner's minutes are not priced at the contact centre's
            // rate, nor a step done for some cases on every case of the stage
            Map<TermKey, List<Step>> terms = new LinkedHashMap<>();
            Map<TermKey, Pricing.Priced[]> priced = new LinkedHashMap<>();
            Map<Step, Double> seconds = new LinkedHashMap<>();
            Map<Step, Double> duringContact = new LinkedHashMap<>();
            for (FoundStep each : found) {
                Step step = each.step();
                if (step.duringContact()) {
                    Double saved = questions == null ? wholeStep(step, estimate) : questions(step, questions, estimate);
                    if (saved != null) {
                        duringContact.put(step, saved);
                    }
                    continue;
                }
                Pricing.Priced cases = pricing.cases(stage, step);
                if (cases == null) {
                    estimate.assume(texts.noCases(stage.id()));
                    continue;
                }
                Double saved = questions == null ? wholeStep(step, estimate) : questions(step, questions, estimate);
                if (saved == null) {
                    continue;
                }
                seconds.put(step, saved);
                Pricing.Priced cost = pricing.stepCost(stage, step);
                TermKey key = new TermKey(SavingsFormula.printed(cases.value()), cost == null ? null : SavingsFormula.printed(cost.value()),
                        pricing.unit(stage, step));
                terms.computeIfAbsent(key, k -> new ArrayList<>()).add(step);
                priced.putIfAbsent(key, new Pricing.Priced[] {cases, cost});
            }
            contactWorkRemoved(stage, duringContact, questions, estimate);
            for (Map.Entry<TermKey, List<Step>> entry : terms.entrySet()) {
                TermKey key = entry.getKey();
                List<Step> steps = entry.getValue();
                Pricing.Priced cases = priced.get(key)[0];
                double total = steps.stream().mapToDouble(seconds::get).sum();
                SavingsFormula term = new SavingsFormula(key.cases(), total, key.rate() == null ? 0 : key.rate(), pricing.months(), key.unit());
                boolean counted = key.unit() == SavingsFormula.Unit.CASES;
                estimate.input(counted ? "casesPerMonth" : "contactsPerMonth", term.contactsPerMonth(), counted ? "cases" : "contacts",
                        cases.source(), cases.from());
                estimate.assume(cases.assumption());
                estimate.input("secondsSaved", term.secondsSaved(), "s", questions == null ? InputSource.MEASURED : estimate.questionSource,
                        questions == null ? texts.stepMinutes(steps.stream().map(Step::id).toList()) : estimate.questionFrom(steps));
                for (Step step : steps) {
                    estimate.saved.add(new SavedWork(Elements.step(step.id()), Elements.step(step.id()),
                            BigDecimal.valueOf(term.contactsPerMonth()).multiply(BigDecimal.valueOf(SavingsFormula.printed(seconds.get(step))))));
                }
                estimate.price(term, priced.get(key)[1]);
            }
        }
    }

    /**
     * The time removed from steps done during the contact: it comes off the handling of each of the stage's handled
     * contacts, one term per touchpoint at its channel's cost, and never more than the contacts' own handle seconds.
     */
    private void contactWorkRemoved(Stage stage, Map<Step, Double> seconds, Set<String> questions, Estimate estimate) {
        if (seconds.isEmpty()) {
            return;
        }
        List<Touchpoint> handled = handled(stage);
        if (handled.isEmpty()) {
            estimate.assume(texts.noInboundHandling(stage.id()));
            return;
        }
        List<Step> steps = List.copyOf(seconds.keySet());
        double total = seconds.values().stream().mapToDouble(Double::doubleValue).sum();
        for (Touchpoint touchpoint : handled) {
            String cell = stage.id() + "@" + touchpoint.channel();
            Pricing.Priced handle = pricing.handleSeconds(stage, touchpoint);
            double room = handle.value();
            if (total > room) {
                List<String> ids = steps.stream().map(Step::id).toList();
                estimate.assume(handle.source() == InputSource.OBSERVED ? texts.contactStepsCappedObserved(ids, total, cell, room)
                        : texts.contactStepsCapped(ids, total, cell, room));
                if (handle.source() == InputSource.OBSERVED) {
                    estimate.input("handleSeconds", room, "s", handle.source(), handle.from());
                }
            }
            // each step keeps its own time while the contact's handle seconds last, so that the saving per step stays
            // comparable with another recommendation's saving on the same step
            Map<String, Double> perStep = new LinkedHashMap<>();
            double left = room;
            for (Step step : steps) {
                double counted = Math.min(seconds.get(step), left);
                left -= counted;
                perStep.put(step.id(), counted);
            }
            SavingsFormula term = new SavingsFormula(touchpoint.volumePerMonth(), Math.min(total, room), 0, pricing.months());
            estimate.input("contactsPerMonth", term.contactsPerMonth(), "contacts", InputSource.MEASURED, texts.volumeOf(cell));
            estimate.input("secondsSaved", term.secondsSaved(), "s", questions == null ? InputSource.MEASURED : estimate.questionSource,
                    questions == null ? texts.stepMinutes(steps.stream().map(Step::id).toList()) : estimate.questionFrom(steps));
            estimate.contactWork(term, touchpoint, perStep, Elements.touchpoint(stage.id(), touchpoint.channel()));
        }
    }

    /** What steps must share to be priced in one term: their cases a month, their cost per minute and what the cases count. */
    private record TermKey(double cases, Double rate, SavingsFormula.Unit unit) {
    }

    /** The step's own minutes in seconds; 0, said so, when it gives none. */
    private Double wholeStep(Step step, Estimate estimate) {
        if (step.minutes() == null) {
            estimate.assume(texts.noMinutes(step.id()));
            return 0.0;
        }
        return step.minutes() * 60;
    }

    /**
     * The time of the repeated questions the step asks: all of it when the step only asks them, else each question at
     * secondsPerQuestion, capped at the step's own time; null when the step asks none of them.
     */
    private Double questions(Step step, Set<String> repeated, Estimate estimate) {
        List<String> asked = step.asksCustomer().stream().filter(repeated::contains).toList();
        if (asked.isEmpty()) {
            return null;
        }
        if (step.kind() == StepKind.REQUEST && repeated.containsAll(step.asksCustomer())) {
            estimate.wholeQuestions.add(step.id());
            return wholeStep(step, estimate);
        }
        Pricing.Priced perQuestion = pricing.assumption(Assumption.SECONDS_PER_QUESTION);
        estimate.assume(perQuestion.assumption());
        estimate.questionSource = perQuestion.source();
        estimate.questionCounts.put(step.id(), asked.size());
        double seconds = asked.size() * perQuestion.value();
        if (step.minutes() != null && seconds > step.minutes() * 60) {
            estimate.assume(texts.questionCapped(step.id(), seconds, step.minutes() * 60));
            return step.minutes() * 60;
        }
        return seconds;
    }

    /** The touchpoints of the stage whose contacts people handle, with the volume and handling time to price them. */
    private List<Touchpoint> handled(Stage stage) {
        return stage.touchpoints().stream()
                .filter(t -> journey.handlesContacts(t) && t.volumePerMonth() != null && pricing.handleSeconds(stage, t) != null).toList();
    }

    private void recontactsAvoided(List<String> targets, Estimate estimate) {
        for (String target : targets) {
            if (!Elements.kind(target).equals("step")) {
                continue;
            }
            findStep(Elements.id(target)).ifPresent(found -> {
                Stage stage = found.stage();
                Step step = found.step();
                double rate = step.recontactRate() == null ? 0 : step.recontactRate();
                Pricing.Priced share = pricing.assumption(Assumption.RECONTACT_AVOIDABLE_SHARE);
                Pricing.Priced cases = pricing.cases(stage);
                if (cases == null) {
                    estimate.assume(texts.noCases(stage.id()));
                    return;
                }
                double avoided = cases.value() * rate * share.value();
                List<Touchpoint> handled = handled(stage);
                double inbound = handled.stream().mapToDouble(Touchpoint::volumePerMonth).sum();
                if (handled.isEmpty() || inbound == 0) {
                    estimate.contactsAvoided += avoided;
                    estimate.assume(texts.noInboundHandling(stage.id()));
                    return;
                }
                estimate.assume(cases.assumption());
                estimate.assume(share.assumption());
                estimate.input("recontactRate", rate, "share", InputSource.MEASURED, texts.recontactRateOf(step.id()));
                estimate.input(Assumption.RECONTACT_AVOIDABLE_SHARE.field(), share.value(), "share", share.source(), share.from());
                for (Touchpoint touchpoint : handled) {
                    String cell = stage.id() + "@" + touchpoint.channel();
                    // recontacts come in over the channels as the stage's contacts do
                    double onChannel = avoided * touchpoint.volumePerMonth() / inbound;
                    if (onChannel > touchpoint.volumePerMonth()) {
                        onChannel = touchpoint.volumePerMonth();
                        estimate.assume(texts.recontactsCapped(cell, onChannel));
                    }
                    Pricing.Priced handle = pricing.handleSeconds(stage, touchpoint);
                    SavingsFormula term = new SavingsFormula(onChannel, handle.value(), 0, pricing.months());
                    estimate.contactsAvoided += term.contactsPerMonth();
                    estimate.input("contactsPerMonth", term.contactsPerMonth(), "contacts", InputSource.ASSUMED,
                            cases.from() + " x recontactRate x " + Assumption.RECONTACT_AVOIDABLE_SHARE.field() + " ("
                                    + texts.volumeOf(cell) + ")");
                    estimate.input("handleSeconds", term.secondsSaved(), "s", handle.source(), handle.from());
                    estimate.contacts(term, touchpoint, "recontacts:" + step.id() + "@" + cell, Elements.touchpoint(stage.id(), touchpoint.channel()));
                }
            });
        }
    }

    /**
     * The contacts a stage counts for each reason the findings report as failure demand, no longer made once their
     * cause is gone: spread over the stage's inbound channels as its contacts are, at each channel's handling time and
     * cost, capped at that channel's contacts. A recommendation none of whose findings counts such contacts (a stage
     * that only lacks notifications) is not priced.
     */
    private void failureDemandAvoided(List<Finding> findings, Estimate estimate) {
        Set<String> reasons = new LinkedHashSet<>();
        for (Finding finding : findings) {
            if (!finding.family().equals(org.journeyaudit.engine.finding.Family.DEMAND.word()) || finding.stage() == null
                    || !(finding.evidence().get("reason") instanceof String reason) || !reasons.add(finding.stage() + "\u0000" + reason)) {
                continue;
            }
            journey.stage(finding.stage()).ifPresent(stage -> {
                Double contacts = stage.contactReasons().get(reason);
                if (contacts == null || contacts == 0) {
                    return;
                }
                estimate.assume(texts.causeRemoved(stage.id(), reason, contacts));
                List<Touchpoint> handled = handled(stage);
                double inbound = handled.stream().mapToDouble(Touchpoint::volumePerMonth).sum();
                if (handled.isEmpty() || inbound == 0) {
                    estimate.contactsAvoided += contacts;
                    estimate.assume(texts.noInboundHandling(stage.id()));
                    return;
                }
                for (Touchpoint touchpoint : handled) {
                    String cell = stage.id() + "@" + touchpoint.channel();
                    // the reason's contacts come in over the channels as the stage's contacts do
                    double onChannel = contacts * touchpoint.volumePerMonth() / inbound;
                    if (onChannel > touchpoint.volumePerMonth()) {
                        onChannel = touchpoint.volumePerMonth();
                        estimate.assume(texts.reasonContactsCapped(cell, onChannel));
                    }
                    Pricing.Priced handle = pricing.handleSeconds(stage, touchpoint);
                    SavingsFormula term = new SavingsFormula(onChannel, handle.value(), 0, pricing.months());
                    estimate.contactsAvoided += term.contactsPerMonth();
                    estimate.input("contactsPerMonth", term.contactsPerMonth(), "contacts", InputSource.MEASURED,
                            texts.reasonContactsOf(stage.id(), reason, cell));
                    estimate.input("handleSeconds", term.secondsSaved(), "s", handle.source(), handle.from());
                    estimate.contacts(term, touchpoint, "demand:" + reason + "@" + cell, Elements.touchpoint(stage.id(), touchpoint.channel()));
                }
            });
        }
        if (reasons.isEmpty()) {
            estimate.notPriced = texts.notPricedQualitative();
        }
    }

    private void transfersAvoided(List<String> targets, Estimate estimate) {
        for (String target : targets) {
            if (!Elements.kind(target).equals("touchpoint")) {
                continue;
            }
            String[] cell = Elements.id(target).split("@", 2);
            if (cell.length < 2) {
                continue;
            }
            journey.stage(cell[0]).ifPresent(stage -> stage.touchpoints().stream()
                    .filter(t -> t.channel().equals(cell[1]) && journey.handlesContacts(t) && t.volumePerMonth() != null && t.transfers() != null)
                    .findFirst()
                    .ifPresent(touchpoint -> {
                        String id = stage.id() + "@" + cell[1];
                        Pricing.Priced handle = pricing.handleSeconds(stage, touchpoint);
                        if (handle == null) {
                            // without the contacts' own handling time, nothing bounds what their transfers cost
                            estimate.assume(texts.noHandleSeconds(id));
                            return;
                        }
                        Pricing.Priced perTransfer = pricing.assumption(Assumption.SECONDS_PER_TRANSFER);
                        estimate.assume(perTransfer.assumption());
                        double quantity = touchpoint.volumePerMonth() * touchpoint.transfers();
                        double seconds = perTransfer.value();
                        SavingsFormula.Unit unit = SavingsFormula.Unit.TRANSFERS;
                        if (touchpoint.transfers() * seconds > handle.value()) {
                            // transfers cannot take longer than the contacts they happen in
                            quantity = touchpoint.volumePerMonth();
                            seconds = handle.value();
                            unit = SavingsFormula.Unit.CONTACTS;
                            estimate.assume(texts.transfersCapped(id, seconds));
                        }
                        SavingsFormula term = new SavingsFormula(quantity, seconds, 0, pricing.months(), unit);
                        estimate.input(unit == SavingsFormula.Unit.TRANSFERS ? "transfersPerMonth" : "contactsPerMonth", term.contactsPerMonth(),
                                unit == SavingsFormula.Unit.TRANSFERS ? "transfers" : "contacts", InputSource.MEASURED,
                                unit == SavingsFormula.Unit.TRANSFERS ? texts.transfersOf(id) : texts.volumeOf(id));
                        estimate.input("secondsSaved", term.secondsSaved(), "s",
                                unit == SavingsFormula.Unit.TRANSFERS ? perTransfer.source() : handle.source(),
                                unit == SavingsFormula.Unit.TRANSFERS ? perTransfer.from() : handle.from());
                        estimate.contacts(term, touchpoint, "transfers:" + id, Elements.touchpoint(stage.id(), cell[1]));
                    }));
        }
    }

    private void selfServiceShift(List<String> targets, Estimate estimate) {
        for (String target : targets) {
            if (!Elements.kind(target).equals("stage")) {
                continue;
            }
            journey.stage(Elements.id(target)).ifPresent(stage -> {
                List<Touchpoint> handled = handled(stage);
                if (handled.isEmpty()) {
                    estimate.assume(texts.noInboundHandling(stage.id()));
                    return;
                }
                Pricing.Priced share = pricing.assumption(Assumption.SELF_SERVICE_SHARE);
                estimate.assume(share.assumption());
                estimate.input(Assumption.SELF_SERVICE_SHARE.field(), share.value(), "share", share.source(), share.from());
                for (Touchpoint touchpoint : handled) {
                    String cell = stage.id() + "@" + touchpoint.channel();
                    Pricing.Priced handle = pricing.handleSeconds(stage, touchpoint);
                    SavingsFormula term = new SavingsFormula(touchpoint.volumePerMonth() * share.value(), handle.value(), 0,
                            pricing.months());
                    estimate.contactsAvoided += term.contactsPerMonth();
                    estimate.input("contactsPerMonth", term.contactsPerMonth(), "contacts", share.source() == InputSource.OVERRIDDEN
                            ? InputSource.OVERRIDDEN : InputSource.ASSUMED, texts.volumeOf(cell) + " x " + Assumption.SELF_SERVICE_SHARE.field());
                    estimate.input("handleSeconds", term.secondsSaved(), "s", handle.source(), handle.from());
                    estimate.contacts(term, touchpoint, "shift:" + cell, Elements.touchpoint(stage.id(), touchpoint.channel()));
                }
            });
        }
    }


    /**
     * Handoffs between people that removing the steps at the given places saves, as {@link Stage#handoffs()} counts
     * them (automated steps aside). Removed steps with only automated work between them form one run; each run is
     * judged on the people's steps from the last one kept before it to the first one kept after it, before and after
     * the removal, so only the removed steps and their neighbours are looked at and a stage's size does not weigh on
     * each recommendation.
     */
    static int handoffsRemoved(List<Step> steps, List<Integer> removedPlaces) {
        List<Integer> places = removedPlaces.stream().distinct().sorted().toList();
        java.util.Set<Integer> removed = new java.util.HashSet<>(places);
        int saved = 0;
        int i = 0;
        while (i < places.size()) {
            int first = places.get(i);
            int last = first;
            while (i + 1 < places.size() && onlyAutomatedBetween(steps, last, places.get(i + 1))) {
                last = places.get(++i);
            }
            i++;
            int from = first - 1;
            while (from >= 0 && steps.get(from).automated()) {
                from--;
            }
            int to = last + 1;
            while (to < steps.size() && steps.get(to).automated()) {
                to++;
            }
            List<Step> span = steps.subList(Math.max(from, 0), Math.min(to + 1, steps.size()));
            List<Step> kept = new ArrayList<>();
            for (int k = Math.max(from, 0); k < Math.min(to + 1, steps.size()); k++) {
                if (!removed.contains(k)) {
                    kept.add(steps.get(k));
                }
            }
            saved += Stage.handoffs(span).size() - Stage.handoffs(kept).size();
        }
        return saved;
    }

    private static boolean onlyAutomatedBetween(List<Step> steps, int after, int before) {
        for (int k = after + 1; k < before; k++) {
            if (!steps.get(k).automated()) {
                return false;
            }
        }
        return true;
    }

    private record FoundStep(Stage stage, Step step, int index) {
    }

    private Optional<FoundStep> findStep(String id) {
        return Optional.ofNullable(stepsById.get(id));
    }

    /** The figures of one recommendation as they are gathered. */
    private final class Estimate {
        private final List<SavingsFormula> terms = new ArrayList<>();
        private final List<ImpactInput> inputs = new ArrayList<>();
        private final List<String> assumptions = new ArrayList<>();
        private final List<SavedWork> saved = new ArrayList<>();
        /** Steps that do nothing but ask what is asked again: all their time goes. */
        private final Set<String> wholeQuestions = new LinkedHashSet<>();
        /** Steps that ask what is asked again among other work, with how many repeated questions. */
        private final Map<String, Integer> questionCounts = new LinkedHashMap<>();
        private InputSource questionSource = InputSource.MEASURED;
        private double contactsAvoided;
        private CustomerEffort effort = CustomerEffort.NONE;
        private String notPriced;
        private boolean unpricedTerm;

        void assume(String assumption) {
            if (assumption != null && !assumptions.contains(assumption)) {
                assumptions.add(assumption);
            }
        }

        void input(String name, double value, String unit, InputSource source, String from) {
            inputs.add(new ImpactInput(name, value, unit, source, from));
        }

        String questionFrom(List<Step> steps) {
            return String.join("; ", steps.stream().map(s -> wholeQuestions.contains(s.id()) || !questionCounts.containsKey(s.id())
                    ? texts.stepMinutes(List.of(s.id())) : texts.questionsOf(s.id(), questionCounts.get(s.id()))).toList());
        }

        /** Prices contacts at the touchpoint's channel: the term's quantity and seconds are the contacts' own. */
        void contacts(SavingsFormula unpriced, Touchpoint touchpoint, String work, String pool) {
            Pricing.Priced cost = pricing.contactCost(touchpoint);
            SavingsFormula term = new SavingsFormula(unpriced.contactsPerMonth(), unpriced.secondsSaved(), cost == null ? 0 : cost.value(),
                    unpriced.monthsPerYear(), unpriced.unit());
            saved.add(new SavedWork(work, pool, BigDecimal.valueOf(term.contactsPerMonth()).multiply(BigDecimal.valueOf(term.secondsSaved()))));
            price(term, cost);
        }

        /** Prices time removed from steps done during the touchpoint's contacts, each step's share saved on the contacts' handling. */
        void contactWork(SavingsFormula unpriced, Touchpoint touchpoint, Map<String, Double> perStep, String pool) {
            Pricing.Priced cost = pricing.contactCost(touchpoint);
            SavingsFormula term = new SavingsFormula(unpriced.contactsPerMonth(), unpriced.secondsSaved(), cost == null ? 0 : cost.value(),
                    unpriced.monthsPerYear(), unpriced.unit());
            perStep.forEach((step, seconds) -> saved.add(new SavedWork(Elements.step(step) + "@" + Elements.id(pool), pool,
                    BigDecimal.valueOf(term.contactsPerMonth()).multiply(BigDecimal.valueOf(SavingsFormula.printed(seconds))))));
            price(term, cost);
        }

        void price(SavingsFormula term, Pricing.Priced cost) {
            terms.add(term);
            if (cost == null) {
                unpricedTerm = true;
                assume(texts.noCost());
                return;
            }
            input("costPerMinute", term.costPerMinute(), journey.currency() == null ? "per minute" : journey.currency() + "/min",
                    cost.source(), cost.from());
            assume(cost.assumption());
            Pricing.Priced months = pricing.assumption(Assumption.MONTHS_PER_YEAR);
            input("monthsPerYear", term.monthsPerYear(), "months", months.source(), months.from());
            assume(months.assumption());
        }

        Impact toImpact() {
            double minutes = terms.stream().mapToDouble(SavingsFormula::minutesPerMonth).sum();
            String currency = journey.currency();
            if (terms.isEmpty()) {
                String why = notPriced != null ? notPriced : texts.notPricedLacking();
                return new Impact(contactsAvoided, 0, null, currency, why, inputs, assumptions, effort, List.of());
            }
            if (unpricedTerm) {
                return new Impact(contactsAvoided, minutes, null, currency, SavingsFormula.minutesOnly(terms, minutes, texts.language()),
                        inputs, assumptions, effort, saved);
            }
            List<SavingsFormula> written = SavingsFormula.alikeAddedUp(terms);
            // a figure the log gives is named with the log, so that the formula says which reality it prices
            boolean observedHandle = inputs.stream().anyMatch(i -> i.source() == InputSource.OBSERVED && HANDLE_INPUTS.contains(i.name()));
            boolean observedCases = inputs.stream().anyMatch(i -> i.source() == InputSource.OBSERVED && !HANDLE_INPUTS.contains(i.name()));
            String observed = observedHandle ? texts.observedHandleFormula(pricing.observed().log(), observedCases)
                    : observedCases ? texts.observedFormula(pricing.observed().log()) : "";
            return new Impact(contactsAvoided, minutes, SavingsFormula.total(written).stripTrailingZeros(), currency,
                    SavingsFormula.explain(written, currency, texts.language()) + observed, inputs, assumptions, effort, saved);
        }
    }
}
