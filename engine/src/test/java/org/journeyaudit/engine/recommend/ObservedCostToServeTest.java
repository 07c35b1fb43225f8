package org.journeyaudit.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.fact.ObservedHandleTime;
import org.journeyaudit.engine.fact.ObservedVolume;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.language.Language;
import org.junit.jupiter.api.Test;

/**
 * With an event log, the cost to serve is worked out on the figures the recommendations are priced with: no saving on a
 * piece of work exceeds what that work costs, and a touchpoint only the log times has a cost its savings are drawn from.
 */
class ObservedCostToServeTest {

    /**
     * Claims filed by phone (the document says 300 s a contact), chat (no handleSeconds), email (240 s) and an app
     * (self-service), with a policy check in the back office; settling is done by phone.
     */
    private static final Journey CLAIMS = new JourneyReader().read("claims.yaml", """
            id: claims
            currency: EUR
            economics: {costPerMinute: 1, monthsPerYear: 12}
            channels:
              - {id: phone, mode: assisted}
              - {id: chat, mode: assisted}
              - {id: email, mode: assisted}
              - {id: app, mode: self-service}
            stages:
              - id: file-claim
                casesPerMonth: 1500
                touchpoints:
                  - {channel: phone, status: present, volumePerMonth: 1000, handleSeconds: 300}
                  - {channel: chat, status: present, volumePerMonth: 500}
                  - {channel: email, status: present, volumePerMonth: 200, handleSeconds: 240}
                  - {channel: app, status: present, volumePerMonth: 4000}
                steps:
                  - {id: check-policy, actor: back office, minutes: 4}
              - id: settle
                touchpoints:
                  - {channel: phone, status: present, volumePerMonth: 100, handleSeconds: 180}
            """.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);

    private static final double TWO_MONTHS = 2 * ObservedVolume.DAYS_A_MONTH;

    /**
     * Two months of log: 2,400 cases at file-claim (1,200 a month); phone contacts take a median 600 s over 250 timed,
     * chat 420 s over 40; email is timed on 12 contacts only (too few to price); the app's sessions are timed too, but
     * no one handles them; settle is not in the log.
     */
    private static final ObservedFigures LOG = ObservedFigures.of(List.of(
            new ObservedVolume("file-claim", 0, 2400, TWO_MONTHS, 1500.0, "claims.csv"),
            new ObservedHandleTime("file-claim", 0, "phone", 250, 600, 900, TWO_MONTHS, 300.0, true, "claims.csv"),
            new ObservedHandleTime("file-claim", 0, "chat", 40, 420, 700, TWO_MONTHS, null, true, "claims.csv"),
            new ObservedHandleTime("file-claim", 0, "email", 12, 900, 1500, TWO_MONTHS, 240.0, true, "claims.csv"),
            new ObservedHandleTime("file-claim", 0, "app", 3000, 120, 300, TWO_MONTHS, null, false, "claims.csv")));

    @Test
    void onlyAMeasurementOnEnoughContactsOfAHandledTouchpointPrices() {
        assertThat(LOG.handleByCell().keySet()).containsExactlyInAnyOrder("file-claim@phone", "file-claim@chat");
        assertThat(LOG.shortHandleTime("file-claim", "email").contacts()).isEqualTo(12);
        assertThat(LOG.handleTime("file-claim", "email")).isNull();
        assertThat(LOG.handleTime("file-claim", "app")).isNull();
        assertThat(LOG.shortHandleTime("file-claim", "app")).isNull();
        assertThat(LOG.perMonth("file-claim")).isEqualTo(1200.0);
    }

    @Test
    void withoutALogTheCostToServeIsTheDocumentsAsBefore() {
        CostToServe cost = CostToServe.of(CLAIMS, Language.EN);

        assertThat(cost.total()).isEqualByComparingTo("145200");
        CostToServe.StageCost fileClaim = cost.stages().get(0);
        assertThat(fileClaim.formula()).isEqualTo("(1,000 contacts/month x 300 s / 60 x 1 EUR/min x 12 months)"
                + " + (200 contacts/month x 240 s / 60 x 1 EUR/min x 12 months)"
                + " + (1,500 cases/month x 240 s / 60 x 1 EUR/min x 12 months) = 141,600 EUR");
        assertThat(fileClaim.inputs()).noneMatch(i -> i.source() == InputSource.OBSERVED);
        assertThat(cost.pool("touchpoint:file-claim@chat")).isNull();
    }

    @Test
    void withALogTheCostToServeIsPricedOnTheLogsHandleTimesAndCasesAndSaysSo() {
        CostToServe cost = CostToServe.of(CLAIMS, LOG, Language.EN);

        CostToServe.StageCost fileClaim = cost.stages().get(0);
        // phone 1,000 x 600 s = 120,000; chat 500 x 420 s = 42,000; email on the document's 240 s = 9,600; the policy
        // check on the log's 1,200 cases = 57,600
        assertThat(fileClaim.handling()).isEqualByComparingTo("171600");
        assertThat(fileClaim.backstage()).isEqualByComparingTo("57600");
        assertThat(fileClaim.total()).isEqualByComparingTo("229200");
        assertThat(fileClaim.formula()).isEqualTo("(1,000 contacts/month x 600 s / 60 x 1 EUR/min x 12 months)"
                + " + (500 contacts/month x 420 s / 60 x 1 EUR/min x 12 months)"
                + " + (200 contacts/month x 240 s / 60 x 1 EUR/min x 12 months)"
                + " + (1,200 cases/month x 240 s / 60 x 1 EUR/min x 12 months) = 229,200 EUR"
                + " (cases a month and handle times as the log claims.csv shows them)");
        assertThat(fileClaim.inputs()).filteredOn(i -> i.source() == InputSource.OBSERVED).containsExactly(
                new ImpactInput("handleSeconds", 600, "s", InputSource.OBSERVED,
                        "median handle time of touchpoint file-claim@phone in the log claims.csv: 250 contacts over 61 days"),
                new ImpactInput("handleSeconds", 420, "s", InputSource.OBSERVED,
                        "median handle time of touchpoint file-claim@chat in the log claims.csv: 40 contacts over 61 days"),
                new ImpactInput("casesPerMonth", 1200, "cases", InputSource.OBSERVED,
                        "cases of stage file-claim in the log claims.csv: 2,400 over 61 days"));
        // the near misses: email's measurement is too short (the document's figure prices it, and the note says why),
        // the app is self-service, settle is not in the log
        assertThat(fileClaim.inputs()).contains(new ImpactInput("handleSeconds", 240, "s", InputSource.MEASURED,
                "handleSeconds of touchpoint file-claim@email"));
        assertThat(fileClaim.notes()).contains("the log claims.csv times only 12 contacts at touchpoint file-claim@email over 61 days;"
                + " a handle time from the log prices from at least 20 contacts over at least 7 days:"
                + " the touchpoint's handleSeconds (240 s) price them");
        assertThat(fileClaim.inputs()).noneMatch(i -> i.from().contains("file-claim@app"));
        assertThat(cost.pool("touchpoint:file-claim@app")).isNull();
        CostToServe.StageCost settle = cost.stages().get(1);
        assertThat(settle.total()).isEqualByComparingTo("3600");
        assertThat(settle.formula()).isEqualTo("100 contacts/month x 180 s / 60 x 1 EUR/min x 12 months = 3,600 EUR");
        assertThat(settle.inputs()).noneMatch(i -> i.source() == InputSource.OBSERVED);
        assertThat(cost.total()).isEqualByComparingTo("232800");
    }

    @Test
    void noSavingOnAPieceOfWorkExceedsItsCostToServeAndALogOnlyTouchpointCountsInTheTotal() {
        CostToServe cost = CostToServe.of(CLAIMS, LOG, Language.EN);
        ImpactEstimator estimator = new ImpactEstimator(CLAIMS, Language.EN, LOG);
        Impact shift = estimator.estimate(Action.ADD_SELF_SERVICE, List.of("stage:file-claim"), List.of());
        Impact check = estimator.estimate(Action.ELIMINATE_STEP, List.of("step:check-policy"), List.of());

        // a fifth of each handled touchpoint's contacts move to self-service, on the log's handle times where it gives them
        assertThat(shift.annualSavings()).isEqualByComparingTo("34320");
        assertThat(shift.formula()).isEqualTo("(200 contacts/month x 600 s / 60 x 1 EUR/min x 12 months)"
                + " + (100 contacts/month x 420 s / 60 x 1 EUR/min x 12 months)"
                + " + (40 contacts/month x 240 s / 60 x 1 EUR/min x 12 months) = 34,320 EUR"
                + " (handle times as the log claims.csv shows them)");
        assertThat(check.annualSavings()).isEqualByComparingTo("57600");
        for (Impact impact : List.of(shift, check)) {
            for (SavedWork work : impact.savedWork()) {
                CostToServe.Pool pool = cost.pool(work.pool());
                assertThat(pool).as(work.pool()).isNotNull();
                assertThat(work.secondsPerMonth()).as(work.work()).isLessThanOrEqualTo(pool.secondsPerMonth());
            }
        }
        // each piece of work priced at its own cost: 24,000 of phone's 120,000, 8,400 of chat's 42,000, 1,920 of
        // email's 9,600, all 57,600 of the policy check
        assertThat(cost.group("touchpoint:file-claim@phone").price(new BigDecimal("200").multiply(new BigDecimal("600"))))
                .isEqualByComparingTo("24000");
        assertThat(cost.group("touchpoint:file-claim@phone").cost()).isEqualByComparingTo("120000");
        assertThat(cost.group("touchpoint:file-claim@chat").cost()).isEqualByComparingTo("42000");

        SavingsTotal total = SavingsTotal.of(cost, List.of(recommendation(1, Action.ADD_SELF_SERVICE, shift),
                recommendation(2, Action.ELIMINATE_STEP, check)));
        // the chat's 8,400, priced from the log alone, counts: 34,320 + 57,600
        assertThat(total.annual()).isEqualByComparingTo("91920");
        assertThat(total.costToServe()).isEqualByComparingTo("232800");
        assertThat(total.annual()).isLessThanOrEqualTo(total.costToServe());
    }

    @Test
    void aWholeShiftOfTheContactsSavesNoMoreThanTheirCostOnTheLogsHandleTime() {
        Journey allShifted = new JourneyReader().read("claims.yaml", """
                id: claims
                currency: EUR
                economics: {costPerMinute: 1, monthsPerYear: 12, selfServiceShare: 1}
                channels:
                  - {id: phone, mode: assisted}
                stages:
                  - id: file-claim
                    touchpoints:
                      - {channel: phone, status: present, volumePerMonth: 1000, handleSeconds: 300}
                """.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
        Impact shift = new ImpactEstimator(allShifted, Language.EN, LOG).estimate(Action.ADD_SELF_SERVICE, List.of("stage:file-claim"),
                List.of());

        // the log's 600 s price both: the saving is all of the cost, not twice the document's 60,000
        assertThat(shift.annualSavings()).isEqualByComparingTo("120000");
        assertThat(CostToServe.of(allShifted, LOG, Language.EN).total()).isEqualByComparingTo("120000");
        assertThat(CostToServe.of(allShifted, Language.EN).total()).isEqualByComparingTo("60000");
        assertThat(SavingsTotal.of(CostToServe.of(allShifted, LOG, Language.EN), List.of(recommendation(1, Action.ADD_SELF_SERVICE, shift)))
                .annual()).isEqualByComparingTo("120000");
    }

    @Test
    void inRussianTheLogsFiguresAndTheTooShortMeasurementAreSaidAsAConsultantWritesThem() {
        CostToServe.StageCost fileClaim = CostToServe.of(CLAIMS, LOG, Language.RU).stages().get(0);

        assertThat(fileClaim.formula()).endsWith(" (обращения в месяц и время обработки — по журналу claims.csv)");
        assertThat(fileClaim.notes()).contains("журнал claims.csv фиксирует время обработки лишь 12 контактов точки контакта file-claim@email"
                + " за 61 день; в оценку время обработки из журнала идёт не менее чем по 20 контактам не менее чем за 7 дней:"
                + " обращения оцениваются по handleSeconds точки контакта (240 с)");
    }

    @Test
    void aTouchpointOnlyTheLogTimesOnTooFewContactsIsNotPricedAndTheNoteSaysSo() {
        ObservedFigures shortChat = ObservedFigures.of(List.of(
                new ObservedHandleTime("file-claim", 0, "chat", 19, 420, 700, TWO_MONTHS, null, true, "claims.csv")));
        CostToServe cost = CostToServe.of(CLAIMS, shortChat, Language.EN);

        assertThat(cost.pool("touchpoint:file-claim@chat")).isNull();
        assertThat(cost.stages().get(0).notes()).contains("the log claims.csv times only 19 contacts at touchpoint file-claim@chat over 61 days;"
                + " a handle time from the log prices from at least 20 contacts over at least 7 days: the handling of these contacts is not priced");
        assertThat(cost.total()).isEqualByComparingTo("145200");
    }

    @Test
    void workDuringTheContactLongerThanTheLogsHandleTimeIsCappedAtItInTheCostAndTheSaving() {
        Journey fault = new JourneyReader().read("fault.yaml", """
                id: fault
                currency: EUR
                economics: {costPerMinute: 1, monthsPerYear: 12}
                channels:
                  - {id: phone, mode: assisted}
                stages:
                  - id: report-fault
                    touchpoints:
                      - {channel: phone, status: present, volumePerMonth: 100, handleSeconds: 600}
                    steps:
                      - {id: take-details, actor: agent, minutes: 8, duringContact: true}
                """.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
        ObservedFigures log = ObservedFigures.of(List.of(
                new ObservedHandleTime("report-fault", 0, "phone", 30, 300, 450, TWO_MONTHS, 600.0, true, "calls.csv")));

        CostToServe cost = CostToServe.of(fault, log, Language.EN);
        Impact removed = new ImpactEstimator(fault, Language.EN, log).estimate(Action.ELIMINATE_STEP, List.of("step:take-details"), List.of());

        // 100 contacts x 300 s: the log's median, not the document's 600 s
        assertThat(cost.total()).isEqualByComparingTo("6000");
        assertThat(cost.stages().get(0).notes()).containsExactly(
                "step take-details is done during the contacts of report-fault@phone: its minutes are in the contacts' handleSeconds"
                        + " and not counted again as backstage work",
                "step take-details during the contact takes 480 s, more than the median handle time of touchpoint report-fault@phone"
                        + " in the log (300 s); the cost to serve counts that median, and savings on these steps are capped at it");
        // the step's 480 s come off contacts the log says take 300 s: the saving is the whole cost, no more
        assertThat(removed.annualSavings()).isEqualByComparingTo("6000");
        assertThat(removed.assumptions()).contains("the saving on the steps done during the contact (take-details, 480 s) is capped at"
                + " the median handle time of touchpoint report-fault@phone in the log: 300 s");
        assertThat(SavingsTotal.of(cost, List.of(recommendation(1, Action.ELIMINATE_STEP, removed))).annual()).isEqualByComparingTo("6000");
        assertThat(CostToServe.of(fault, Language.RU).stages().get(0).notes()).hasSize(1);
        assertThat(CostToServe.of(fault, log, Language.RU).stages().get(0).notes().get(1)).isEqualTo("шаг take-details во время обращения"
                + " занимает 480 с, больше медианы времени обработки точки контакта report-fault@phone по журналу (300 с);"
                + " стоимость обслуживания считается по этой медиане, экономия на этих шагах ограничена ею");
    }

    private static Recommendation recommendation(int rank, Action action, Impact impact) {
        return new Recommendation(rank, Priority.P2, action, action.word(), List.of(), List.of("F" + rank), impact, Effort.LOW, 30, "");
    }
}
