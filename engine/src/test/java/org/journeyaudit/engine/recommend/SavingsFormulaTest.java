package org.journeyaudit.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.journeyaudit.engine.language.Language;
import org.junit.jupiter.api.Test;

class SavingsFormulaTest {

    @Test
    void theDefectiveGoodsCaseComesOutExactlyWithItsFormula() {
        // seed 000 prints 5 030 365; the arithmetic of its own inputs gives 5 030 640
        SavingsFormula formula = new SavingsFormula(13700, 204, 9, 12);
        assertThat(formula.annual()).isEqualByComparingTo(new BigDecimal("5030640"));
        assertThat(formula.minutesPerMonth()).isEqualTo(46580.0);
        assertThat(formula.explain("RUB"))
                .isEqualTo("13,700 contacts/month x 204 s / 60 x 9 RUB/min x 12 months = 5,030,640 RUB");
    }

    @Test
    void fractionsAreKeptToTheKopeckAndWrittenWithTwoDecimalsAtMost() {
        SavingsFormula formula = new SavingsFormula(10, 7, 1.5, 12);
        assertThat(formula.annual()).isEqualByComparingTo(new BigDecimal("21"));
        assertThat(new SavingsFormula(1, 1, 1, 1).annual()).isEqualByComparingTo(new BigDecimal("0.02"));
        assertThat(new SavingsFormula(3, 10, 0.35, 12).explain(null))
                .isEqualTo("3 contacts/month x 10 s / 60 x 0.35/min x 12 months = 2.1");
    }

    @Test
    void aFactorIsKeptAsItIsPrintedSoThePrintedFormulaGivesThePrintedFigure() {
        // a weighted cost of 1.104712... would print as 1.1 and the figure would not come out of the printed numbers
        SavingsFormula formula = new SavingsFormula(1840.004, 330, 1.104712, 12);
        assertThat(formula.explain("EUR")).isEqualTo("1,840 contacts/month x 330 s / 60 x 1.1 EUR/min x 12 months = 133,584 EUR");
        assertThat(formula.annual()).isEqualByComparingTo(new BigDecimal("133584"));
    }

    @Test
    void inRussianTheUnitsAgreeWithTheirCountAndTheFigureIsTheSame() {
        assertThat(new SavingsFormula(13700, 204, 9, 12).explain("RUB", Language.RU))
                .isEqualTo("13\u00A0700 обращений/мес. x 204 с / 60 x 9 RUB/мин x 12 мес. = 5\u00A0030\u00A0640 RUB");
        assertThat(new SavingsFormula(1, 90, 0.9, 12, SavingsFormula.Unit.CASES).explain("EUR", Language.RU))
                .isEqualTo("1 случай/мес. x 90 с / 60 x 0,9 EUR/мин x 12 мес. = 16,2 EUR");
        assertThat(new SavingsFormula(2.5, 60, 1, 12, SavingsFormula.Unit.TRANSFERS).expression(null, Language.RU))
                .isEqualTo("2,5 перевода/мес. x 60 с / 60 x 1/мин x 12 мес.");
        assertThat(new SavingsFormula(3, 60, 1, 12, SavingsFormula.Unit.CASES).expression(null, Language.EN))
                .isEqualTo("3 cases/month x 60 s / 60 x 1/min x 12 months");
    }

    @Test
    void termsAlikeButForTheirSecondsAreWrittenAsOneAndOnlyThose() {
        SavingsFormula inCall = new SavingsFormula(13_700, 90, 9, 12);
        SavingsFormula afterCall = new SavingsFormula(13_700, 114, 9, 12);
        SavingsFormula atTheBranch = new SavingsFormula(1_200, 60, 1.2, 12);
        SavingsFormula cases = new SavingsFormula(13_700, 30, 9, 12, SavingsFormula.Unit.CASES);

        java.util.List<SavingsFormula> written = SavingsFormula.alikeAddedUp(java.util.List.of(inCall, atTheBranch, afterCall, cases));

        assertThat(written).containsExactly(new SavingsFormula(13_700, 204, 9, 12), atTheBranch, cases);
        assertThat(SavingsFormula.explain(written, "RUB", Language.EN)).isEqualTo("(13,700 contacts/month x 204 s / 60 x 9 RUB/min x 12 months) "
                + "+ (1,200 contacts/month x 60 s / 60 x 1.2 RUB/min x 12 months) + (13,700 cases/month x 30 s / 60 x 9 RUB/min x 12 months) "
                + "= 5,787,720 RUB");
    }
}
