package org.journeyaudit.engine.report;

import java.math.BigDecimal;

import org.journeyaudit.engine.recommend.SavingsFormula;

/** How reports write figures: grouped thousands, at most two decimals, money with its currency. */
final class Numbers {

    private Numbers() {
    }

    static String number(double value) {
        return SavingsFormula.number(value);
    }

    static String money(BigDecimal amount, String currency) {
        return amount == null ? "not priced" : SavingsFormula.money(amount, currency);
    }

    static String plural(long count, String word) {
        return count + " " + (count == 1 ? word : word + "s");
    }
}
