package org.journeyaudit.engine.recommend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The saving of handling time, priced: {@code contacts per month x seconds saved / 60 x cost per minute x
 * months per year}. Multiplies before it divides, in decimal, so that the published cases come out exact.
 */
public record SavingsFormula(double contactsPerMonth, double secondsSaved, double costPerMinute, int monthsPerYear) {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    public double minutesPerMonth() {
        return BigDecimal.valueOf(contactsPerMonth).multiply(BigDecimal.valueOf(secondsSaved))
                .divide(SIXTY, 6, RoundingMode.HALF_UP).doubleValue();
    }

    public BigDecimal annual() {
        return BigDecimal.valueOf(contactsPerMonth)
                .multiply(BigDecimal.valueOf(secondsSaved))
                .multiply(BigDecimal.valueOf(costPerMinute))
                .multiply(BigDecimal.valueOf(monthsPerYear))
                .divide(SIXTY, 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    /** {@code 13,700 contacts/month x 204 s / 60 x 9 RUB/min x 12 months} */
    public String expression(String currency) {
        String money = currency == null ? "" : " " + currency;
        return number(contactsPerMonth) + " contacts/month x " + number(secondsSaved) + " s / 60 x "
                + number(costPerMinute) + money + "/min x " + monthsPerYear + " months";
    }

    /** The expression with its result: {@code ... = 5,030,640 RUB}. */
    public String explain(String currency) {
        return expression(currency) + " = " + money(annual(), currency);
    }

    public static String money(BigDecimal amount, String currency) {
        return number(amount.doubleValue()) + (currency == null ? "" : " " + currency);
    }

    /** Grouped thousands, at most two decimals: 13,700 and 3.4 and 10,960. */
    public static String number(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }
}
