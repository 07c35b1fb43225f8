package org.journeyaudit.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

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
}
