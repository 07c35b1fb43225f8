package org.journeyaudit.engine.recommend;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a recommendation is expected to save: contacts and minutes a month, money a year (null where the journey lacks
 * the figures to price it), the formula with its numbers, which inputs were assumed, and the work it saves on
 * ({@code savedWork}), from which the de-overlapped total of an audit is drawn.
 */
public record Impact(
        double contactsAvoidedPerMonth,
        double minutesSavedPerMonth,
        BigDecimal annualSavings,
        String currency,
        String formula,
        List<ImpactInput> inputs,
        List<String> assumptions,
        CustomerEffort customerEffort,
        List<SavedWork> savedWork) {

    public Impact {
        inputs = List.copyOf(inputs);
        assumptions = List.copyOf(assumptions);
        savedWork = savedWork == null ? List.of() : List.copyOf(savedWork);
    }

    public Impact(double contactsAvoidedPerMonth, double minutesSavedPerMonth, BigDecimal annualSavings, String currency, String formula,
            List<ImpactInput> inputs, List<String> assumptions, CustomerEffort customerEffort) {
        this(contactsAvoidedPerMonth, minutesSavedPerMonth, annualSavings, currency, formula, inputs, assumptions, customerEffort, List.of());
    }
}
