package org.journeyaudit.engine.compare;

import java.math.BigDecimal;

/**
 * The annual savings potential (the total of the priced recommendations) before and after: what waste is
 * left to remove. {@code comparable} only when both versions are priced in the same currency.
 */
public record SavingsChange(BigDecimal before, BigDecimal after, String beforeCurrency, String afterCurrency) {

    public boolean comparable() {
        return before != null && after != null && java.util.Objects.equals(beforeCurrency, afterCurrency);
    }

    public BigDecimal change() {
        return comparable() ? after.subtract(before) : null;
    }
}
