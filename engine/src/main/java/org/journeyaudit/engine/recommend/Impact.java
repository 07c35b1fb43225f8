package org.journeyaudit.engine.recommend;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a recommendation saves: contacts and minutes a month, money a year (null where the journey lacks
 * the figures to price it), the formula with its numbers, and which inputs were assumed.
 */
public record Impact(
        double contactsAvoidedPerMonth,
        double minutesSavedPerMonth,
        BigDecimal annualSavings,
        String currency,
        String formula,
        List<ImpactInput> inputs,
        List<String> assumptions,
        CustomerEffort customerEffort) {

    public Impact {
        inputs = List.copyOf(inputs);
        assumptions = List.copyOf(assumptions);
    }
}
