package org.journeyaudit.engine.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FiguresTest {

    private final Figures english = Figures.of(Language.EN);
    private final Figures russian = Figures.of(Language.RU);

    @Test
    void englishGroupsWithCommasAndKeepsAtMostTwoDecimals() {
        assertThat(english.number(13_700)).isEqualTo("13,700");
        assertThat(english.number(3.4)).isEqualTo("3.4");
        assertThat(english.number(8.3333)).isEqualTo("8.33");
        assertThat(english.money(new BigDecimal("5030640"), "RUB")).isEqualTo("5,030,640 RUB");
        assertThat(english.money(new BigDecimal("1234.5"), null)).isEqualTo("1,234.5");
        assertThat(english.percent(0.8)).isEqualTo("80%");
        assertThat(english.date(LocalDate.of(2026, 11, 22))).isEqualTo("2026-11-22");
    }

    @Test
    void russianGroupsWithNoBreakSpacesAndWritesADecimalComma() {
        assertThat(russian.number(13_700)).isEqualTo("13\u00A0700");
        assertThat(russian.number(3.4)).isEqualTo("3,4");
        assertThat(russian.money(new BigDecimal("5030640"), "RUB")).isEqualTo("5\u00A0030\u00A0640 RUB");
        assertThat(russian.percent(0.125)).isEqualTo("12,5\u00A0%");
        assertThat(russian.date(LocalDate.of(2026, 11, 2))).isEqualTo("02.11.2026");
    }

    @Test
    void wholeNumbersAreWrittenAsTheDecimalFormatWritesThem() {
        // whole numbers take a shorter path than fractions; both must read the same
        for (double value : new double[] {0, 7, 999, 1_000, 12_345, 999_999, 1_000_000, -5, -1_234_567, 123_456_789_012d}) {
            String expected = new java.text.DecimalFormat("#,##0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))
                    .format(value);
            assertThat(english.number(value)).as("%s", value).isEqualTo(expected);
            assertThat(russian.number(value)).as("%s", value).isEqualTo(expected.replace(',', '\u00A0'));
        }
        assertThat(english.number(-0.0)).isEqualTo("-0");
        assertThat(english.number(2.999)).isEqualTo("3");
        assertThat(english.number(1e16)).isEqualTo("10,000,000,000,000,000");
        assertThat(english.number(Double.NaN)).isEqualTo("NaN");
    }

    @Test
    void pluralsAgreeWithTheCountInEachLanguage() {
        assertThat(english.plural(1, "day", "days")).isEqualTo("1 day");
        assertThat(english.plural(0, "day", "days")).isEqualTo("0 days");
        assertThat(russian.plural(1, "день", "дня", "дней")).isEqualTo("1 день");
        assertThat(russian.plural(21, "день", "дня", "дней")).isEqualTo("21 день");
        assertThat(russian.plural(3, "день", "дня", "дней")).isEqualTo("3 дня");
        assertThat(russian.plural(12, "день", "дня", "дней")).isEqualTo("12 дней");
        assertThat(russian.plural(25, "день", "дня", "дней")).isEqualTo("25 дней");
        assertThat(russian.plural(1_000, "день", "дня", "дней")).isEqualTo("1\u00A0000 дней");
        assertThat(russian.word(2, "раз")).isEqualTo("раз");
        assertThatThrownBy(() -> english.word(2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a plural needs at least one form");
    }
}
