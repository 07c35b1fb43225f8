package org.journeyaudit.engine.recommend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.journeyaudit.engine.language.Figures;
import org.journeyaudit.engine.language.Language;

/**
 * Handling time, priced: {@code quantity per month x seconds / 60 x cost per minute x months per year}, where the
 * quantity counts contacts, cases or transfers. Multiplies before it divides, in decimal, so that the published cases
 * come out exact. Its factors are kept as they are printed (two decimals at most), so that the printed formula always
 * gives the printed figure. Every formula text the engine writes, in every language, is written here.
 */
public record SavingsFormula(double contactsPerMonth, double secondsSaved, double costPerMinute, int monthsPerYear, Unit unit) {

    /** What the quantity of a formula counts, as a formula names it per month. */
    public enum Unit {
        CONTACTS("contacts/month", "обращение/мес.", "обращения/мес.", "обращений/мес."),
        CASES("cases/month", "случай/мес.", "случая/мес.", "случаев/мес."),
        TRANSFERS("transfers/month", "перевод/мес.", "перевода/мес.", "переводов/мес.");

        private final String english;
        private final String[] russian;

        Unit(String english, String... russian) {
            this.english = english;
            this.russian = russian;
        }

        String name(double count, Language language) {
            if (language != Language.RU) {
                return english;
            }
            // a fraction takes the genitive singular in Russian ("2,5 обращения")
            return count != Math.rint(count) ? russian[1] : Figures.of(language).word((long) count, russian);
        }
    }

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    public SavingsFormula {
        contactsPerMonth = printed(contactsPerMonth);
        secondsSaved = printed(secondsSaved);
        costPerMinute = printed(costPerMinute);
        unit = unit == null ? Unit.CONTACTS : unit;
    }

    public SavingsFormula(double contactsPerMonth, double secondsSaved, double costPerMinute, int monthsPerYear) {
        this(contactsPerMonth, secondsSaved, costPerMinute, monthsPerYear, Unit.CONTACTS);
    }

    /** A factor as a formula prints it: two decimals at most, rounded as {@link Figures} rounds. */
    static double printed(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN).doubleValue();
    }

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
        return expression(currency, Language.EN);
    }

    /** The expression in a language: {@code 13 700 обращений/мес. x 204 с / 60 x 9 RUB/мин x 12 мес.} */
    public String expression(String currency, Language language) {
        Figures figures = Figures.of(language);
        String money = currency == null ? "" : " " + currency;
        boolean russian = language == Language.RU;
        return figures.number(contactsPerMonth) + " " + unit.name(contactsPerMonth, language) + " x "
                + figures.number(secondsSaved) + (russian ? " с / 60 x " : " s / 60 x ")
                + figures.number(costPerMinute) + money + (russian ? "/мин x " : "/min x ")
                + monthsPerYear + (russian ? " мес." : " months");
    }

    /** The expression with its result: {@code ... = 5,030,640 RUB}. */
    public String explain(String currency) {
        return explain(currency, Language.EN);
    }

    public String explain(String currency, Language language) {
        return expression(currency, language) + " = " + Figures.of(language).money(annual(), currency);
    }

    /** The quantity and seconds only, for a saving no cost prices: {@code 2,600 contacts/month x 60 s / 60}. */
    String minutesExpression(Language language) {
        return Figures.of(language).number(contactsPerMonth) + " " + unit.name(contactsPerMonth, language) + " x "
                + Figures.of(language).number(secondsSaved) + (language == Language.RU ? " с / 60" : " s / 60");
    }

    /**
     * The terms with those alike in all but their seconds (the same quantity, unit, cost and months) written as one, their
     * seconds added up, in the order they first appear: removing two steps from the same calls reads
     * {@code 13,700 contacts/month x 204 s ...} as the published case does, not as two brackets of the same calls.
     */
    static List<SavingsFormula> alikeAddedUp(List<SavingsFormula> terms) {
        java.util.Map<List<Object>, SavingsFormula> added = new java.util.LinkedHashMap<>();
        for (SavingsFormula term : terms) {
            added.merge(List.of(term.contactsPerMonth, term.unit, term.costPerMinute, term.monthsPerYear), term,
                    (a, b) -> new SavingsFormula(a.contactsPerMonth, BigDecimal.valueOf(a.secondsSaved).add(BigDecimal.valueOf(b.secondsSaved))
                            .doubleValue(), a.costPerMinute, a.monthsPerYear, a.unit));
        }
        return List.copyOf(added.values());
    }

    /** The sum of the terms' annual figures: each term is already rounded to the cent. */
    static BigDecimal total(List<SavingsFormula> terms) {
        return terms.stream().map(SavingsFormula::annual).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** One term with its result, or each term in brackets added up: {@code (a) + (b) = 1,234 EUR}. */
    static String explain(List<SavingsFormula> terms, String currency, Language language) {
        if (terms.size() == 1) {
            return terms.get(0).explain(currency, language);
        }
        return String.join(" + ", terms.stream().map(t -> "(" + t.expression(currency, language) + ")").toList())
                + " = " + Figures.of(language).money(total(terms), currency);
    }

    /** Terms that no cost per minute prices, added up in minutes. */
    static String minutesOnly(List<SavingsFormula> terms, double minutes, Language language) {
        String expression = String.join(" + ", terms.stream().map(t -> t.minutesExpression(language)).toList());
        return expression + " = " + Figures.of(language).number(minutes) + (language == Language.RU
                ? " мин/мес. (не оценено в деньгах: нет costPerMinute)" : " minutes/month (not priced: no costPerMinute)");
    }

    public static String money(BigDecimal amount, String currency) {
        return Figures.of(Language.EN).money(amount, currency);
    }

    /** Grouped thousands, at most two decimals: 13,700 and 3.4 and 10,960. */
    public static String number(double value) {
        return Figures.of(Language.EN).number(value);
    }
}
