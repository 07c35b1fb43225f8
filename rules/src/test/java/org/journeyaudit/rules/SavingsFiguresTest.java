package org.journeyaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.AuditSummary;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.recommend.CostToServe;
import org.journeyaudit.engine.recommend.ImpactInput;
import org.journeyaudit.engine.recommend.Recommendation;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.junit.jupiter.api.Test;

/**
 * The money of the samples and of the priced test journeys, to the unit: each figure a finance reviewer would have
 * refused before (the figure it had is named beside the assertion) and the one the engine now gives.
 */
class SavingsFiguresTest {

    private static final Auditor AUDITOR = new Auditor(RuleBase.builtIn());

    private static Audit money(String name) throws IOException {
        return audit(Files.readString(SavingsReviewTest.MONEY.resolve(name + ".yaml")), Language.EN);
    }

    private static Audit audit(String yaml, Language language) {
        return AUDITOR.audit(new JourneyReader().read("journey.yaml", yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML),
                AuditOptions.asOf(SampleJourneysTest.AS_OF).withLanguage(language));
    }

    private static Recommendation first(Audit audit, String action) {
        return audit.recommendations().stream().filter(r -> r.action().word().equals(action)).findFirst().orElseThrow();
    }

    private static List<String> inputs(Recommendation r) {
        return r.impact().inputs().stream().map(i -> i.name() + " " + i.value() + " " + i.source().word() + " (" + i.from() + ")").toList();
    }

    @Test
    void selfServiceSessionsAreNeverPricedAsHandledContacts() {
        Audit audit = SampleJourneysTest.audit("bank-card-loss");
        Recommendation note = first(audit, "eliminate-step");
        // was 21,700 contacts/month (13,100 app sessions included) x 90 s = 351,540 EUR, more than the stage's 290,520 handling
        assertThat(note.targets()).containsExactly("step:note-replacement");
        assertThat(note.impact().formula()).isEqualTo("8,600 cases/month x 90 s / 60 x 0.9 EUR/min x 12 months = 139,320 EUR");
        CostToServe.StageCost stage = CostToServe.of(audit.journey(), Language.EN).stages().get(1);
        assertThat(stage.stage()).isEqualTo("order-replacement");
        assertThat(stage.handling()).isEqualByComparingTo("290520");
        assertThat(stage.backstage()).isEqualByComparingTo("453600");
        assertThat(stage.formula()).isEqualTo("(7,400 contacts/month x 150 s / 60 x 0.9 EUR/min x 12 months) "
                + "+ (1,200 contacts/month x 420 s / 60 x 0.9 EUR/min x 12 months) "
                + "+ (8,600 cases/month x 150 s / 60 x 0.9 EUR/min x 12 months) "
                + "+ (20,500 cases/month x 60 s / 60 x 0.9 EUR/min x 12 months) = 744,120 EUR");
        assertThat(note.impact().annualSavings()).isLessThan(stage.total());
    }

    @Test
    void aPartnersStepIsPricedAtItsOwnRateOnItsOwnCases() {
        Recommendation courier = first(SampleJourneysTest.audit("bank-card-loss"), "reuse-information");
        // was 5,200 hotline contacts/month x 30 s x 0.9 EUR/min (the contact centre's rate) = 28,080 EUR
        assertThat(courier.impact().formula()).isEqualTo("20,500 cases/month x 30 s / 60 x 0.5 EUR/min x 12 months = 61,500 EUR");
        assertThat(inputs(courier)).containsExactly(
                "casesPerMonth 20500.0 measured (casesPerMonth of stage deliver-activate)",
                "secondsSaved 30.0 measured (minutes of step courier-asks-address x 60)",
                "costPerMinute 0.5 measured (costPerMinute of step courier-asks-address)",
                "monthsPerYear 12.0 measured (economics.monthsPerYear)");
        assertThat(courier.impact().assumptions()).isEmpty();
    }

    @Test
    void aStepRemovedAndItsQuestionReusedCountOnceInTheTotal() {
        Audit audit = SampleJourneysTest.audit("utility-meter-dispute");
        assertThat(first(audit, "eliminate-step").impact().annualSavings()).isEqualByComparingTo("18720");
        assertThat(first(audit, "reuse-information").impact().annualSavings()).isEqualByComparingTo("18720");
        AuditSummary summary = AuditSummary.of(audit);
        // was 46,800 GBP = 2 x 23,400 for the same minute of ask-reading-again, and the bounce not priced
        assertThat(summary.annualSavings()).isEqualByComparingTo("112320");
        assertThat(summary.annualSavingsPlainSum()).isEqualByComparingTo("131040");
        assertThat(summary.costToServe()).isEqualByComparingTo("2300580");
        assertThat(AuditSummary.of(SampleJourneysTest.audit("bank-card-loss")).annualSavings()).isEqualByComparingTo("245748");
        assertThat(AuditSummary.of(SampleJourneysTest.audit("bank-card-loss")).costToServe()).isEqualByComparingTo("2683740");
        assertThat(AuditSummary.of(SampleJourneysTest.audit("retail-defective-goods")).costToServe()).isEqualByComparingTo("19086840");
        assertThat(AuditSummary.of(SampleJourneysTest.audit("retail-defective-goods")).annualSavingsPlainSum())
                .as("no overlap: no plain sum beside the total").isNull();
    }

    @Test
    void routingAroundTheReturnTripIsPricedFromTheFiguresTheJourneyGives() {
        Recommendation route = first(SampleJourneysTest.audit("utility-meter-dispute"), "route-directly");
        // was "not estimated: the journey lacks the figures to price it"
        assertThat(route.targets()).containsExactly("step:revalidate-reading");
        assertThat(route.impact().formula()).isEqualTo("2,600 cases/month x 300 s / 60 x 0.6 GBP/min x 12 months = 93,600 GBP");
        assertThat(route.impact().assumptions())
                .containsExactly("backstageCostPerMinute: 0.6 GBP/min, set by the journey (economics.backstageCostPerMinute)");
        assertThat(route.impact().inputs()).extracting(ImpactInput::name, i -> i.source().word()).contains(
                org.assertj.core.groups.Tuple.tuple("costPerMinute", "overridden"));
    }

    @Test
    void reusingInformationPricesOnlyTheRepeatedQuestion() throws IOException {
        Recommendation reuse = first(money("question-reuse"), "reuse-information");
        // was the whole booking step: 1,000 x 180 s x 1 GBP/min x 12 = 36,000 GBP
        assertThat(reuse.targets()).containsExactly("step:book-slot");
        assertThat(reuse.impact().formula()).isEqualTo("1,000 cases/month x 30 s / 60 x 1 GBP/min x 12 months = 6,000 GBP");
        assertThat(reuse.impact().assumptions()).startsWith("secondsPerQuestion: 30, the default (economics.secondsPerQuestion not given)");
        assertThat(inputs(reuse)).contains("secondsSaved 30.0 assumed (1 repeated question of step book-slot x secondsPerQuestion)");
        // the booking stays, and so does its handoff: only the question asked again is spared
        assertThat(reuse.impact().customerEffort()).isEqualTo(new org.journeyaudit.engine.recommend.CustomerEffort(1, 0, 0, 0));
        String slower = Files.readString(SavingsReviewTest.MONEY.resolve("question-reuse.yaml"))
                .replace("  costPerMinute: 1\n", "  costPerMinute: 1\n  secondsPerQuestion: 400\n");
        Recommendation capped = first(audit(slower, Language.EN), "reuse-information");
        assertThat(capped.impact().formula()).isEqualTo("1,000 cases/month x 180 s / 60 x 1 GBP/min x 12 months = 36,000 GBP");
        assertThat(capped.impact().assumptions()).contains("secondsPerQuestion: 400, set by the journey (economics.secondsPerQuestion)",
                "the repeated questions of step book-slot (400 s) are capped at the step's own 180 s");
    }

    @Test
    void recontactsAreAShareAssumedAvoidableOfTheContactsPeopleHandle() throws IOException {
        Recommendation recontacts = first(money("recontacts"), "resolve-first-contact");
        // was 6,000 contacts (app sessions included) x 0.2 at a weighted 50 s, all avoidable and all "measured": 12,000 EUR
        assertThat(recontacts.impact().formula()).isEqualTo("100 contacts/month x 300 s / 60 x 1 EUR/min x 12 months = 6,000 EUR");
        assertThat(inputs(recontacts)).containsExactly(
                "recontactRate 0.2 measured (recontactRate of step re-authenticate)",
                "recontactAvoidableShare 0.5 assumed (default: economics.recontactAvoidableShare not given)",
                "contactsPerMonth 100.0 assumed (volumePerMonth of the inbound touchpoints of stage follow-up x recontactRate x "
                        + "recontactAvoidableShare (volumePerMonth of touchpoint follow-up@phone))",
                "handleSeconds 300.0 measured (handleSeconds of touchpoint follow-up@phone)",
                "costPerMinute 1.0 measured (economics.costPerMinute)",
                "monthsPerYear 12.0 assumed (default: economics.monthsPerYear not given)");
        String overridden = Files.readString(SavingsReviewTest.MONEY.resolve("recontacts.yaml"))
                .replace("  costPerMinute: 1\n", "  costPerMinute: 1\n  recontactAvoidableShare: 0.3\n");
        Recommendation set = first(audit(overridden, Language.EN), "resolve-first-contact");
        assertThat(set.impact().formula()).isEqualTo("60 contacts/month x 300 s / 60 x 1 EUR/min x 12 months = 3,600 EUR");
        assertThat(set.impact().assumptions()).contains("recontactAvoidableShare: 0.3, set by the journey (economics.recontactAvoidableShare)");
        assertThat(inputs(set)).contains("recontactAvoidableShare 0.3 overridden (economics.recontactAvoidableShare)");
    }

    @Test
    void aFormulaWritesOneTermPerChannelSoItsFigureComesOutOfItsNumbers() throws IOException {
        Recommendation shift = first(money("two-channels"), "add-self-service");
        // was "7,640 contacts/month x 120 s / 60 x 1.1 EUR/min x 12 months = 202,560 EUR", whose numbers give 201,696
        assertThat(shift.impact().formula()).isEqualTo("(4,000 contacts/month x 120 s / 60 x 1.2 EUR/min x 12 months) "
                + "+ (3,640 contacts/month x 120 s / 60 x 1 EUR/min x 12 months) = 202,560 EUR");
        assertThat(SavingsReviewTest.reproduced(shift.impact().formula(), Language.EN)).isEqualByComparingTo("202560");
    }

    @Test
    void transfersNeverSaveMoreThanTheContactsTheyHappenIn() throws IOException {
        Audit audit = money("transfers");
        Recommendation transfers = first(audit, "reduce-transfers");
        // was 3,000 transfers x 60 s = 28,800 EUR, more than the 19,200 EUR the calls cost
        assertThat(transfers.impact().formula()).isEqualTo("1,000 contacts/month x 120 s / 60 x 0.8 EUR/min x 12 months = 19,200 EUR");
        assertThat(transfers.impact().assumptions()).contains("secondsPerTransfer: 60, set by the journey (economics.secondsPerTransfer)",
                "the transfers' time is capped at the handling time of touchpoint claim-advice@phone: 120 s");
        // the SMS notifications and web sessions beside the calls cost no handling
        assertThat(AuditSummary.of(audit).costToServe()).isEqualByComparingTo("19200");
        String untimed = Files.readString(SavingsReviewTest.MONEY.resolve("transfers.yaml")).replace(", handleSeconds: 120", "");
        Recommendation unbounded = first(audit(untimed, Language.EN), "reduce-transfers");
        assertThat(unbounded.impact().annualSavings()).isNull();
        assertThat(unbounded.impact().assumptions()).containsExactly(
                "touchpoint claim-advice@phone gives no handleSeconds: nothing bounds the transfers' time, so the saving is not priced");
    }

    @Test
    void formulasAssumptionsAndTheCostToServeAreWrittenInRussian() throws IOException {
        Audit audit = audit(Files.readString(SampleJourneysTest.SAMPLES.resolve("utility-meter-dispute.yaml")), Language.RU);
        Recommendation route = first(audit, "route-directly");
        assertThat(route.impact().formula()).isEqualTo("2\u00A0600 случаев/мес. x 300 с / 60 x 0,6 GBP/мин x 12 мес. = 93\u00A0600 GBP");
        assertThat(route.impact().assumptions())
                .containsExactly("backstageCostPerMinute: 0,6 GBP/мин, задано в пути клиента (economics.backstageCostPerMinute)");
        assertThat(first(audit, "notify-proactively").impact().formula()).isEqualTo("не оценено: выигрыш в согласованности, "
                + "соответствии требованиям или усилиях клиента, которые цифры пути клиента не оценивают");
        CostToServe.StageCost decide = CostToServe.of(audit.journey(), Language.RU).stages().get(2);
        assertThat(decide.formula()).isEqualTo("(1\u00A0400 обращений/мес. x 360 с / 60 x 0,75 GBP/мин x 12 мес.) "
                + "+ (2\u00A0600 случаев/мес. x 900 с / 60 x 0,6 GBP/мин x 12 мес.) = 356\u00A0400 GBP");
        Recommendation shift = first(audit(Files.readString(SavingsReviewTest.MONEY.resolve("recontacts.yaml")), Language.RU),
                "resolve-first-contact");
        assertThat(shift.impact().formula()).isEqualTo("100 обращений/мес. x 300 с / 60 x 1 EUR/мин x 12 мес. = 6\u00A0000 EUR");
        assertThat(shift.impact().assumptions()).contains(
                "recontactAvoidableShare: 0,5, значение по умолчанию (economics.recontactAvoidableShare не задан)");
        assertThat(new BigDecimal("6000")).isEqualByComparingTo(shift.impact().annualSavings());
    }
}
