package org.journeyaudit.engine.change;

import java.math.BigDecimal;
import java.util.List;

/**
 * The contacts and money a change puts at stake: the contacts a month of the touchpoints it exposes and
 * the yearly cost of handling them, each priced term with its formula. {@code volumePerMonth} is null when
 * no exposed touchpoint gives a volume, {@code annualCost} when no term could be priced; {@code notPriced}
 * says what was missing.
 */
public record Exposure(
        Double volumePerMonth,
        BigDecimal annualCost,
        String currency,
        List<String> touchpoints,
        List<String> costs,
        List<String> notPriced) {

    public Exposure {
        touchpoints = List.copyOf(touchpoints);
        costs = List.copyOf(costs);
        notPriced = List.copyOf(notPriced);
    }
}
