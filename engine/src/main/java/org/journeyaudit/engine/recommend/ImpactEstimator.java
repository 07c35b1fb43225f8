package org.journeyaudit.engine.recommend;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.journeyaudit.engine.fact.Elements;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.journey.Channel;
import org.journeyaudit.engine.journey.Economics;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.Stage;
import org.journeyaudit.engine.journey.Step;
import org.journeyaudit.engine.journey.StepKind;
import org.journeyaudit.engine.journey.Touchpoint;

/**
 * Prices a recommendation from the journey's own figures with {@link SavingsFormula}, and records which
 * figures were given and which assumed.
 */
final class ImpactEstimator {

    /** Share of a stage's assisted contacts that a new self-service option is assumed to take over. */
    static final double SELF_SERVICE_SHARE = 0.2;
    /** Handling seconds a transfer inside a contact is assumed to cost when nothing better is known. */
    static final double SECONDS_PER_TRANSFER = 60;

    private final Journey journey;
    /** Every step by id (the first, should ids repeat), with its stage and place: targets are looked up, not searched for. */
    private final Map<String, FoundStep> stepsById = new HashMap<>();

    ImpactEstimator(Journey journey) {
        this.journey = journey;
        for (Stage stage : journey.stages()) {
            for (int index = 0; index < stage.steps().size(); index++) {
                stepsById.putIfAbsent(stage.steps().get(index).id(), new FoundStep(stage, stage.steps().get(index), index));
            }
        }
    }

    Impact estimate(Action action, List<String> targets, List<Finding> findings) {
        Estimate estimate = new Estimate();
        switch (action.impactModel()) {
            case STEPS_REMOVED -> stepsRemoved(targets, estimate, step -> true);
            case FORWARDS_REMOVED -> stepsRemoved(targets, estimate, step -> step.kind() == StepKind.FORWARD);
            case RECONTACTS_AVOIDED -> recontactsAvoided(targets, estimate);
            case TRANSFERS_AVOIDED -> transfersAvoided(targets, estimate);
            case SELF_SERVICE_SHIFT -> selfServiceShift(targets, estimate);
            case NOT_ESTIMATED -> estimate.notPriced = "the gain is in consistency, compliance or customer effort, "
                    + "which the journey's figures do not price";
        }
        long switches = findings.stream().filter(f -> f.ruleId().equals("coverage/forced-switch")).count();
        estimate.effort = estimate.effort.plus(new CustomerEffort(0, 0, 0, (int) switches));
        return estimate.toImpact();
    }

    private void stepsRemoved(List<String> targets, Estimate estimate, java.util.function.Predicate<Step> removed) {
        // by stage id: a stage's own hash would walk all its steps for every target
        Map<String, List<FoundStep>> byStage = new LinkedHashMap<>();
        for (String target : targets) {
            if (Elements.kind(target).equals("step")) {
                findStep(Elements.id(target)).filter(found -> removed.test(found.step()))
                        .ifPresent(found -> byStage.computeIfAbsent(found.stage().id(), s -> new ArrayList<>()).add(found));
            }
        }
        for (List<FoundStep> found : byStage.values()) {
            Stage stage = found.get(0).stage();
            List<Step> steps = found.stream().map(FoundStep::step).toList();
            double seconds = 0;
            double stays = 1;
            int requests = 0;
            double waiting = 0;
            List<String> ids = new ArrayList<>();
            for (Step step : steps) {
                ids.add(step.id());
                if (step.minutes() == null) {
                    estimate.assumptions.add("step " + step.id() + " gives no minutes: its handling time is counted as 0");
                } else {
                    seconds += step.minutes() * 60;
                }
                stays *= 1 - (step.recontactRate() == null ? 0 : step.recontactRate());
                requests += step.asksCustomer().size();
                waiting += step.waitMinutes() == null ? 0 : step.waitMinutes();
            }
            int handoffsRemoved = handoffsRemoved(stage.steps(), found.stream().map(FoundStep::index).toList());
            estimate.effort = estimate.effort.plus(new CustomerEffort(requests, waiting, Math.max(0, handoffsRemoved), 0));
            Double volume = stage.volumePerMonth();
            if (volume == null) {
                estimate.assumptions.add("stage " + stage.id() + " gives no volumePerMonth on its touchpoints: its saving is not priced");
                continue;
            }
            estimate.contactsAvoided += volume * (1 - stays);
            estimate.term(stage, volume, "volumePerMonth of the touchpoints of stage " + stage.id(),
                    seconds, "minutes of step" + (ids.size() > 1 ? "s " : " ") + String.join(", ", ids) + " x 60");
        }
    }

    private void recontactsAvoided(List<String> targets, Estimate estimate) {
        for (String target : targets) {
            if (!Elements.kind(target).equals("step")) {
                continue;
            }
            findStep(Elements.id(target)).ifPresent(found -> {
                Stage stage = found.stage();
                Double volume = stage.volumePerMonth();
                double rate = found.step().recontactRate() == null ? 0 : found.step().recontactRate();
                Double handle = averageHandleSeconds(stage);
                if (volume == null) {
                    estimate.assumptions.add("stage " + stage.id() + " gives no volumePerMonth: its saving is not priced");
                    return;
                }
                double avoided = volume * rate;
                estimate.contactsAvoided += avoided;
                if (handle == null) {
                    estimate.assumptions.add("stage " + stage.id() + " gives no handleSeconds: the avoided contacts are not priced");
                    return;
                }
                estimate.term(stage, avoided, "volumePerMonth of stage " + stage.id() + " x recontactRate "
                        + SavingsFormula.number(rate) + " of step " + found.step().id(), handle,
                        "handleSeconds of the touchpoints of stage " + stage.id());
            });
        }
    }

    private void transfersAvoided(List<String> targets, Estimate estimate) {
        for (String target : targets) {
            if (!Elements.kind(target).equals("touchpoint")) {
                continue;
            }
            String[] cell = Elements.id(target).split("@", 2);
            journey.stage(cell[0]).ifPresent(stage -> stage.touchpoints().stream()
                    .filter(t -> t.channel().equals(cell[1]) && t.volumePerMonth() != null && t.transfers() != null)
                    .findFirst()
                    .ifPresent(touchpoint -> {
                        estimate.assumptions.add("a transfer is assumed to cost " + SavingsFormula.number(SECONDS_PER_TRANSFER)
                                + " s of handling");
                        estimate.term(stage, touchpoint.volumePerMonth() * touchpoint.transfers(),
                                "volumePerMonth x transfers of touchpoint " + stage.id() + "@" + cell[1],
                                SECONDS_PER_TRANSFER, null);
                    }));
        }
    }

    private void selfServiceShift(List<String> targets, Estimate estimate) {
        for (String target : targets) {
            if (!Elements.kind(target).equals("stage")) {
                continue;
            }
            journey.stage(Elements.id(target)).ifPresent(stage -> {
                Double volume = stage.volumePerMonth();
                Double handle = averageHandleSeconds(stage);
                if (volume == null || handle == null) {
                    estimate.assumptions.add("stage " + stage.id() + " gives no volumePerMonth or handleSeconds: the shift is not priced");
                    return;
                }
                estimate.assumptions.add(SavingsFormula.number(SELF_SERVICE_SHARE * 100)
                        + "% of the stage's assisted contacts are assumed to move to self-service");
                double shifted = volume * SELF_SERVICE_SHARE;
                estimate.contactsAvoided += shifted;
                estimate.term(stage, shifted, InputSource.ASSUMED, "volumePerMonth of stage " + stage.id() + " x assumed share "
                        + SavingsFormula.number(SELF_SERVICE_SHARE), handle, "handleSeconds of the touchpoints of stage " + stage.id());
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

    /** Handling seconds of the stage's present touchpoints, weighted by their volume. */
    private static Double averageHandleSeconds(Stage stage) {
        double weighted = 0;
        double volume = 0;
        for (Touchpoint touchpoint : stage.touchpoints()) {
            if (touchpoint.present() && touchpoint.handleSeconds() != null && touchpoint.volumePerMonth() != null) {
                weighted += touchpoint.handleSeconds() * touchpoint.volumePerMonth();
                volume += touchpoint.volumePerMonth();
            }
        }
        return volume == 0 ? null : weighted / volume;
    }

    /** Cost per minute of a stage: its channels' own costs weighted by volume, else the journey's. */
    private Double costPerMinute(Stage stage) {
        double weighted = 0;
        double volume = 0;
        boolean channelCost = false;
        for (Touchpoint touchpoint : stage.touchpoints()) {
            Double cost = journey.channel(touchpoint.channel()).map(Channel::costPerMinute).orElse(null);
            channelCost |= touchpoint.present() && cost != null;
            if (touchpoint.present() && touchpoint.volumePerMonth() != null) {
                Double effective = cost != null ? cost : journey.economics().costPerMinute();
                if (effective == null) {
                    return null;
                }
                weighted += effective * touchpoint.volumePerMonth();
                volume += touchpoint.volumePerMonth();
            }
        }
        return channelCost && volume > 0 ? weighted / volume : journey.economics().costPerMinute();
    }

    /** The figures of one recommendation as they are gathered. */
    private final class Estimate {
        private final List<SavingsFormula> terms = new ArrayList<>();
        private final List<ImpactInput> inputs = new ArrayList<>();
        private final List<String> assumptions = new ArrayList<>();
        private double contactsAvoided;
        private CustomerEffort effort = CustomerEffort.NONE;
        private String notPriced;
        private boolean unpricedTerm;

        void term(Stage stage, double contacts, String contactsFrom, double seconds, String secondsFrom) {
            term(stage, contacts, InputSource.MEASURED, contactsFrom, seconds, secondsFrom);
        }

        void term(Stage stage, double contacts, InputSource contactsSource, String contactsFrom, double seconds, String secondsFrom) {
            Double cost = costPerMinute(stage);
            Integer months = journey.economics().monthsPerYear();
            inputs.add(new ImpactInput("contactsPerMonth", contacts, "contacts", contactsSource, contactsFrom));
            inputs.add(new ImpactInput("secondsSaved", seconds, "s",
                    secondsFrom == null ? InputSource.ASSUMED : InputSource.MEASURED,
                    secondsFrom == null ? "engine default" : secondsFrom));
            if (cost == null) {
                unpricedTerm = true;
                assumptions.add("no costPerMinute given (economics.costPerMinute or the channels'): the saving is not priced");
                terms.add(new SavingsFormula(contacts, seconds, 0, months == null ? Economics.DEFAULT_MONTHS_PER_YEAR : months));
                return;
            }
            inputs.add(new ImpactInput("costPerMinute", cost, journey.currency() == null ? "per minute" : journey.currency() + "/min",
                    InputSource.MEASURED, "economics.costPerMinute or the channels' costPerMinute"));
            if (months == null) {
                inputs.add(new ImpactInput("monthsPerYear", Economics.DEFAULT_MONTHS_PER_YEAR, "months", InputSource.ASSUMED,
                        "default: economics.monthsPerYear not given"));
                String note = "monthsPerYear: " + Economics.DEFAULT_MONTHS_PER_YEAR + ", the default (economics.monthsPerYear not given)";
                if (!assumptions.contains(note)) {
                    assumptions.add(note);
                }
            } else {
                inputs.add(new ImpactInput("monthsPerYear", months, "months", InputSource.MEASURED, "economics.monthsPerYear"));
            }
            terms.add(new SavingsFormula(contacts, seconds, cost, months == null ? Economics.DEFAULT_MONTHS_PER_YEAR : months));
        }

        Impact toImpact() {
            double minutes = terms.stream().mapToDouble(SavingsFormula::minutesPerMonth).sum();
            String currency = journey.currency();
            if (terms.isEmpty()) {
                String why = notPriced != null ? notPriced : "the journey lacks the figures to price it";
                return new Impact(contactsAvoided, 0, null, currency, "not estimated: " + why, inputs, assumptions, effort);
            }
            if (unpricedTerm) {
                String expression = String.join(" + ", terms.stream().map(t -> SavingsFormula.number(t.contactsPerMonth())
                        + " contacts/month x " + SavingsFormula.number(t.secondsSaved()) + " s / 60").toList());
                return new Impact(contactsAvoided, minutes, null, currency,
                        expression + " = " + SavingsFormula.number(minutes) + " minutes/month (not priced: no costPerMinute)",
                        inputs, assumptions, effort);
            }
            BigDecimal total = terms.stream().map(SavingsFormula::annual).reduce(BigDecimal.ZERO, BigDecimal::add);
            String formula = terms.size() == 1
                    ? terms.get(0).explain(currency)
                    : String.join(" + ", terms.stream().map(t -> "(" + t.expression(currency) + ")").toList())
                            + " = " + SavingsFormula.money(total, currency);
            return new Impact(contactsAvoided, minutes, total, currency, formula, inputs, assumptions, effort);
        }
    }
}
