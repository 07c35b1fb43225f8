package org.journeyaudit.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.fact.ObservedVolume;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.language.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stage's cases as the event log shows them price its recommendations ahead of the document's casesPerMonth. */
class ObservedPricingTest {

    @TempDir
    Path dir;

    private Journey repair() throws IOException {
        Path file = dir.resolve("repair.yaml");
        Files.writeString(file, """
                id: repair
                currency: EUR
                channels:
                  - {id: phone, mode: assisted}
                stages:
                  - id: repair
                    casesPerMonth: 400
                    touchpoints:
                      - {channel: phone, status: present}
                    steps:
                      - {id: repair-device, actor: workshop, kind: work, minutes: 40, costPerMinute: 2}
                      - {id: re-check, actor: workshop, kind: check, minutes: 5, costPerMinute: 2}
                """);
        return new JourneyReader().read(file);
    }

    /** Two average months of log (60.875 days) with 200 cases at the stage: 100 cases a month. */
    private static final ObservedFigures TWO_MONTHS = new ObservedFigures("tickets.csv", 2 * ObservedVolume.DAYS_A_MONTH, Map.of("repair", 200L));

    @Test
    void withoutALogTheDocumentsCasesPriceTheSaving() throws IOException {
        Impact impact = new ImpactEstimator(repair(), Language.EN).estimate(Action.ELIMINATE_STEP, List.of("step:re-check"), List.of());

        assertThat(impact.formula()).isEqualTo("400 cases/month x 300 s / 60 x 2 EUR/min x 12 months = 48,000 EUR");
        assertThat(impact.inputs().get(0)).isEqualTo(new ImpactInput("casesPerMonth", 400, "cases", InputSource.MEASURED, "casesPerMonth of stage repair"));
    }

    @Test
    void theLogsCasesPriceTheSavingAheadOfTheDocumentsAndTheFormulaNamesTheLog() throws IOException {
        Impact impact = new ImpactEstimator(repair(), Language.EN, TWO_MONTHS).estimate(Action.ELIMINATE_STEP, List.of("step:re-check"), List.of());

        assertThat(impact.annualSavings()).isEqualByComparingTo("12000");
        assertThat(impact.formula())
                .isEqualTo("100 cases/month x 300 s / 60 x 2 EUR/min x 12 months = 12,000 EUR (cases a month as the log tickets.csv shows them)");
        assertThat(impact.inputs().get(0)).isEqualTo(new ImpactInput("casesPerMonth", 100, "cases", InputSource.OBSERVED,
                "cases of stage repair in the log tickets.csv: 200 over 61 days"));
        assertThat(InputSource.OBSERVED.word()).isEqualTo("observed");
    }

    @Test
    void inRussianTheObservedFigureNamesTheLogToo() throws IOException {
        Impact impact = new ImpactEstimator(repair(), Language.RU, TWO_MONTHS).estimate(Action.ELIMINATE_STEP, List.of("step:re-check"), List.of());

        assertThat(impact.formula()).endsWith(" (обращения в месяц — по журналу tickets.csv)");
        assertThat(impact.inputs().get(0).from()).isEqualTo("обращения этапа repair в журнале tickets.csv: 200 за 61 день");
    }

    @Test
    void aLogShorterThanAMonthOrWithoutCasesAtTheStageGivesNoFigure() {
        List<Object> facts = List.of(new ObservedVolume("repair", 0, 50, 7, 400.0, "tickets.csv"));
        assertThat(ObservedFigures.of(facts)).isEqualTo(ObservedFigures.NONE);
        List<Object> none = List.of(new ObservedVolume("repair", 0, 0, 60, 400.0, "tickets.csv"));
        assertThat(ObservedFigures.of(none)).isEqualTo(ObservedFigures.NONE);
        List<Object> month = List.of(new ObservedVolume("repair", 0, 200, 2 * ObservedVolume.DAYS_A_MONTH, 400.0, "tickets.csv"));
        assertThat(ObservedFigures.of(month).perMonth("repair")).isEqualTo(100.0);
    }
}
