package org.journeyaudit.engine.recommend;

import org.journeyaudit.engine.journey.Assumption;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.Stage;
import org.journeyaudit.engine.journey.Step;
import org.journeyaudit.engine.journey.Touchpoint;

/**
 * The figures savings and the cost to serve are priced with, each with where it comes from: the document's own figures
 * are measured, a named assumption the journey sets is overridden, and its default is assumed (with the words that say
 * so). The savings and the cost to serve read every figure here, so they can never price the same work differently.
 */
final class Pricing {

    /** A figure, its source, the field or default it comes from, and the assumption to state (null when none). */
    record Priced(double value, InputSource source, String from, String assumption) {
    }

    private final Journey journey;
    private final ImpactTexts texts;
    private final ObservedFigures observed;

    Pricing(Journey journey, ImpactTexts texts) {
        this(journey, texts, ObservedFigures.NONE);
    }

    /** Pricing that takes a stage's cases from its event log where the log gives them (see {@link ObservedFigures}). */
    Pricing(Journey journey, ImpactTexts texts, ObservedFigures observed) {
        this.journey = journey;
        this.texts = texts;
        this.observed = observed;
    }

    ObservedFigures observed() {
        return observed;
    }

    Journey journey() {
        return journey;
    }

    ImpactTexts texts() {
        return texts;
    }

    /**
     * Cases a month through the stage's backstage steps: the log's where it gives them (observed), else its
     * casesPerMonth, else its inbound contacts, which are measured while taking each for one case is the assumption
     * stated; null when none is given.
     */
    Priced cases(Stage stage) {
        Double perMonth = observed.perMonth(stage.id());
        if (perMonth != null) {
            return new Priced(perMonth, InputSource.OBSERVED,
                    texts.casesObserved(stage.id(), observed.log(), observed.cases(stage.id()), observed.periodDays()), null);
        }
        if (stage.casesPerMonth() != null) {
            return new Priced(stage.casesPerMonth(), InputSource.MEASURED, texts.casesGiven(stage.id()), null);
        }
        Double inbound = journey.inboundContacts(stage);
        return inbound == null ? null
                : new Priced(inbound, InputSource.MEASURED, texts.casesFromContacts(stage.id()), texts.casesAssumed(stage.id(), inbound));
    }

    /**
     * The seconds one contact at the touchpoint is handled: the median the log measures where it gives one that prices
     * (observed), else the touchpoint's handleSeconds (measured); null when neither is given.
     */
    Priced handleSeconds(Stage stage, Touchpoint touchpoint) {
        org.journeyaudit.engine.fact.ObservedHandleTime time = observed.handleTime(stage.id(), touchpoint.channel());
        if (time != null) {
            return new Priced(time.medianSeconds(), InputSource.OBSERVED, texts.handleObserved(stage.id() + "@" + touchpoint.channel(),
                    time.log(), time.contacts(), time.periodDays()), null);
        }
        return touchpoint.handleSeconds() == null ? null
                : new Priced(touchpoint.handleSeconds(), InputSource.MEASURED, texts.handleOf(stage.id() + "@" + touchpoint.channel()), null);
    }

    /**
     * What to say of a handle time the log measures at the touchpoint on too few contacts or days to price them (the
     * document's handleSeconds price them, or nothing does); null when the log measures none there or one that prices.
     */
    String shortHandleTime(Stage stage, Touchpoint touchpoint) {
        org.journeyaudit.engine.fact.ObservedHandleTime time = observed.shortHandleTime(stage.id(), touchpoint.channel());
        return time == null ? null : texts.handleTooShort(stage.id() + "@" + touchpoint.channel(), time.log(), time.contacts(),
                time.periodDays(), ObservedFigures.MIN_CONTACTS, ObservedFigures.MIN_DAYS, touchpoint.handleSeconds());
    }

    /** Cases a month through one step: its own casesPerMonth, else its stage's cases. */
    Priced cases(Stage stage, Step step) {
        if (step.casesPerMonth() != null) {
            return new Priced(step.casesPerMonth(), InputSource.MEASURED, texts.stepCases(step.id()), null);
        }
        return cases(stage);
    }

    /** As {@link #caseUnit(Stage, Step)}, counting cases where the log gives the stage's. */
    SavingsFormula.Unit unit(Stage stage, Step step) {
        return observed.cases(stage.id()) != null && step.casesPerMonth() == null ? SavingsFormula.Unit.CASES : caseUnit(stage, step);
    }

    /** Whether a step's cases are its stage's inbound contacts, so that formulas count contacts rather than cases. */
    static SavingsFormula.Unit caseUnit(Stage stage, Step step) {
        return stage.casesPerMonth() == null && step.casesPerMonth() == null ? SavingsFormula.Unit.CONTACTS : SavingsFormula.Unit.CASES;
    }

    /** The cost of a minute of a contact at the touchpoint; null when neither its channel nor the journey gives one. */
    Priced contactCost(Touchpoint touchpoint) {
        Double cost = journey.contactCostPerMinute(touchpoint.channel());
        if (cost == null) {
            return null;
        }
        boolean own = journey.channel(touchpoint.channel()).map(c -> c.costPerMinute() != null).orElse(false);
        return new Priced(cost, InputSource.MEASURED, own ? texts.channelCost(touchpoint.channel()) : texts.journeyCost(), null);
    }

    /** The cost of a minute of the step: its own, the journey's backstage rate, else the contact-centre rate (assumed). */
    Priced stepCost(Stage stage, Step step) {
        Double cost = journey.stepCostPerMinute(stage, step);
        if (cost == null) {
            return null;
        }
        if (step.costPerMinute() != null) {
            return new Priced(cost, InputSource.MEASURED, texts.stepCost(step.id()), null);
        }
        if (journey.economics().backstageCostPerMinute() != null) {
            return new Priced(cost, InputSource.OVERRIDDEN, texts.given(Assumption.BACKSTAGE_COST_PER_MINUTE),
                    texts.backstageGiven(cost, journey.currency()));
        }
        return new Priced(cost, InputSource.ASSUMED, texts.backstageDefaulted(), texts.backstageAssumed(cost, journey.currency()));
    }

    int months() {
        return journey.economics().months();
    }

    /** A named assumption: the journey's value (overridden) or the default (assumed); the months a year given are measured. */
    Priced assumption(Assumption assumption) {
        Double given = journey.economics().given(assumption);
        if (given != null) {
            return assumption == Assumption.MONTHS_PER_YEAR
                    ? new Priced(given, InputSource.MEASURED, texts.given(assumption), null)
                    : new Priced(given, InputSource.OVERRIDDEN, texts.given(assumption), texts.assumedGiven(assumption, given));
        }
        double value = assumption.defaultValue();
        return new Priced(value, InputSource.ASSUMED, texts.defaulted(assumption), texts.assumedDefault(assumption, value));
    }
}
