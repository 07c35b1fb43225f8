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
        // the note is filed in the phone call or the branch visit: priced on those contacts, never on the app's sessions
        assertThat(note.impact().formula()).isEqualTo("(7,400 contacts/month x 90 s / 60 x 0.9 EUR/min x 12 months) "
                + "+ (1,200 contacts/month x 90 s / 60 x 0.9 EUR/min x 12 months) = 139,320 EUR");
        CostToServe.StageCost stage = CostToServe.of(audit.journey(), Language.EN).stages().get(1);
        assertThat(stage.stage()).isEqualTo("order-replacement");
        assertThat(stage.handling()).isEqualByComparingTo("290520");
        // note-replacement and order-card are done in the contact: only check-address is backstage
        assertThat(stage.backstage()).isEqualByComparingTo("221400");
        assertThat(stage.formula()).isEqualTo("(7,400 contacts/month x 150 s / 60 x 0.9 EUR/min x 12 months) "
                + "+ (1,200 contacts/month x 420 s / 60 x 0.9 EUR/min x 12 months) "
                + "+ (20,500 cases/month x 60 s / 60 x 0.9 EUR/min x 12 months) = 511,920 EUR");
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
        // ask-reading-again is asked in the booking call: a minute of its 2,600 contacts at the call's 0.75 GBP/min
        assertThat(first(audit, "eliminate-step").impact().annualSavings()).isEqualByComparingTo("23400");
        assertThat(first(audit, "reuse-information").impact().annualSavings()).isEqualByComparingTo("23400");
        AuditSummary summary = AuditSummary.of(audit);
        // was 46,800 GBP = 2 x 23,400 for the same minute of ask-reading-again, and the bounce not priced
        assertThat(summary.annualSavings()).isEqualByComparingTo("117000");
        assertThat(summary.annualSavingsPlainSum()).isEqualByComparingTo("140400");
        // was 2,300,580 GBP: take-dispute, book-visit and ask-reading-again counted in the calls and again as backstage work
        assertThat(summary.costToServe()).isEqualByComparingTo("2114100");
        assertThat(AuditSummary.of(SampleJourneysTest.audit("bank-card-loss")).annualSavings()).isEqualByComparingTo("245748");
        // was 2,683,740 EUR: the agent's in-call steps counted in the calls and again as backstage work
        assertThat(AuditSummary.of(SampleJourneysTest.audit("bank-card-loss")).costToServe()).isEqualByComparingTo("1913700");
        assertThat(AuditSummary.of(SampleJourneysTest.audit("retail-defective-goods")).costToServe()).isEqualByComparingTo("13908240");
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
    void theOperatorsWorkDuringTheCallIsCountedOnceInTheCostToServe() {
        Audit audit = SampleJourneysTest.audit("retail-defective-goods");
        CostToServe.StageCost claim = CostToServe.of(audit.journey(), Language.EN).stages().get(0);
        // was 19,086,840 RUB: 10,357,200 of calls + 8,729,640 backstage, in which the 3.5 minutes of take-call and
        // ask-photo were priced again on top of the calls they are done in
        assertThat(claim.handling()).isEqualByComparingTo("10357200");
        assertThat(claim.backstage()).isEqualByComparingTo("3551040");
        assertThat(claim.total()).isEqualByComparingTo("13908240");
        assertThat(claim.formula()).isEqualTo("(13,700 contacts/month x 420 s / 60 x 9 RUB/min x 12 months) "
                + "+ (13,700 contacts/month x 144 s / 60 x 9 RUB/min x 12 months) = 13,908,240 RUB");
        assertThat(claim.notes()).contains("steps take-call, ask-photo are done during the contacts of file-claim@phone: "
                + "their minutes are in the contacts' handleSeconds and not counted again as backstage work");
        // the published saving stands: ask-photo's 1.5 minutes come off the calls, review-photo's 1.9 off the backstage
        Recommendation photo = first(audit, "eliminate-step");
        assertThat(photo.targets()).containsExactly("step:ask-photo", "step:review-photo");
        assertThat(photo.impact().formula()).isEqualTo("13,700 contacts/month x 204 s / 60 x 9 RUB/min x 12 months = 5,030,640 RUB");
        assertThat(photo.impact().annualSavings()).isEqualByComparingTo("5030640");
        assertThat(SavingsReviewTest.reproduced(photo.impact().formula(), Language.EN)).isEqualByComparingTo("5030640");
        assertThat(inputs(photo)).containsExactly(
                "contactsPerMonth 13700.0 measured (volumePerMonth of touchpoint file-claim@phone)",
                "secondsSaved 90.0 measured (minutes of step ask-photo x 60)",
                "costPerMinute 9.0 measured (economics.costPerMinute)",
                "monthsPerYear 12.0 measured (economics.monthsPerYear)",
                "contactsPerMonth 13700.0 measured (volumePerMonth of the inbound touchpoints of stage file-claim)",
                "secondsSaved 114.0 measured (minutes of step review-photo x 60)",
                "costPerMinute 9.0 assumed (default: economics.costPerMinute, the contact-centre rate (neither the step nor "
                        + "economics.backstageCostPerMinute gives one))",
                "monthsPerYear 12.0 measured (economics.monthsPerYear)");
        // with the self-service shift on the same calls: 1,233,000 + 1,150,800 seconds, within the calls' 5,754,000
        AuditSummary summary = AuditSummary.of(audit);
        assertThat(summary.annualSavings()).isEqualByComparingTo("7102080");
        assertThat(summary.costToServe()).isEqualByComparingTo("13908240");
    }

    @Test
    void stepsThatTakeLongerThanTheirCallAreNamedAndCappedAtIt() throws IOException {
        Audit audit = money("in-call-overrun");
        CostToServe.StageCost stage = CostToServe.of(audit.journey(), Language.EN).stages().get(0);
        assertThat(stage.handling()).isEqualByComparingTo("19200");
        assertThat(stage.backstage()).as("book-repair only").isEqualByComparingTo("19200");
        assertThat(stage.notes()).containsExactly(
                "casesPerMonth of stage register-repair: 1,000, its inbound contacts, one case each (the stage gives no casesPerMonth)",
                "backstageCostPerMinute: 0.8 EUR/min, the contact-centre rate by default (neither the step nor "
                        + "economics.backstageCostPerMinute gives a cost per minute)",
                "steps take-call, ask-receipt are done during the contacts of register-repair@phone: their minutes are in the "
                        + "contacts' handleSeconds and not counted again as backstage work",
                "the document contradicts itself: steps take-call, ask-receipt during the contact take 270 s, more than the "
                        + "handleSeconds of touchpoint register-repair@phone (120 s); the cost to serve counts the handleSeconds, "
                        + "and savings on these steps are capped at them");
        Recommendation receipt = first(audit, "eliminate-step");
        assertThat(receipt.targets()).containsExactly("step:ask-receipt");
        // uncapped: 1,000 calls x 180 s = 28,800 EUR, more than the 19,200 EUR the calls cost
        assertThat(receipt.impact().formula()).isEqualTo("1,000 contacts/month x 120 s / 60 x 0.8 EUR/min x 12 months = 19,200 EUR");
        assertThat(receipt.impact().assumptions()).containsExactly("the saving on the steps done during the contact (ask-receipt, "
                + "180 s) is capped at the handleSeconds of touchpoint register-repair@phone: 120 s");
        assertThat(AuditSummary.of(audit).annualSavings()).isEqualByComparingTo("19200");

        Audit russian = audit(Files.readString(SavingsReviewTest.MONEY.resolve("in-call-overrun.yaml")), Language.RU);
        assertThat(CostToServe.of(russian.journey(), Language.RU).stages().get(0).notes()).contains(
                "шаги take-call, ask-receipt выполняются во время обращений register-repair@phone: их minutes входят в handleSeconds "
                        + "этих обращений и не считаются повторно в бэк-офисе",
                "документ противоречит себе: шаги take-call, ask-receipt во время обращения занимают 270 с, больше handleSeconds "
                        + "точки контакта register-repair@phone (120 с); стоимость обслуживания считается по handleSeconds, экономия "
                        + "на этих шагах ограничена ими");
        assertThat(first(russian, "eliminate-step").impact().assumptions()).containsExactly("экономия на шагах во время обращения "
                + "(ask-receipt, 180 с) ограничена handleSeconds точки контакта register-repair@phone: 120 с");
    }

    @Test
    void anInCallStepRemovedAndCallsMovedToSelfServiceCountTheCallsOnce() throws IOException {
        Audit audit = money("in-call-and-self-service");
        CostToServe cost = CostToServe.of(audit.journey(), Language.EN);
        assertThat(cost.total()).as("both steps are in the calls: no backstage").isEqualByComparingTo("19200");
        assertThat(cost.stages().get(0).backstage()).isNull();
        Recommendation terms = first(audit, "eliminate-step");
        assertThat(terms.targets()).containsExactly("step:read-terms");
        assertThat(terms.impact().formula()).isEqualTo("1,000 contacts/month x 90 s / 60 x 0.8 EUR/min x 12 months = 14,400 EUR");
        Recommendation shift = first(audit, "add-self-service");
        assertThat(shift.impact().formula()).isEqualTo("500 contacts/month x 120 s / 60 x 0.8 EUR/min x 12 months = 9,600 EUR");
        AuditSummary summary = AuditSummary.of(audit);
        // 90,000 + 60,000 seconds a month drawn on the calls' 120,000: counted once, the total is the calls' cost
        // (was 24,000 EUR, with read-terms priced as backstage work beside the calls it is done in)
        assertThat(summary.annualSavingsPlainSum()).isEqualByComparingTo("24000");
        assertThat(summary.annualSavings()).isEqualByComparingTo("19200");
        assertThat(summary.costToServe()).isEqualByComparingTo("19200");
    }

    @Test
    void aStepDoneDuringTheContactOfAStageNoOneHandlesIsSaidNotPriced() {
        String yaml = """
                id: self-service-claims
                currency: EUR
                economics: {costPerMinute: 0.8, monthsPerYear: 12}
                channels:
                  - {id: app, mode: self-service}
                stages:
                  - id: file-claim
                    touchpoints:
                      - {channel: app, status: present, volumePerMonth: 5000}
                    steps:
                      - {id: ask-receipt, actor: agent, kind: request, minutes: 1, asksCustomer: [purchase.receipt], duringContact: true}
                """;
        Audit audit = audit(yaml, Language.EN);
        CostToServe.StageCost stage = CostToServe.of(audit.journey(), Language.EN).stages().get(0);
        assertThat(stage.total()).isNull();
        assertThat(stage.notes()).containsExactly("step ask-receipt of stage file-claim is done during the contact, but the stage "
                + "gives no volumePerMonth and handleSeconds of contacts people handle: its time is not priced");
        assertThat(CostToServe.of(audit.journey(), Language.RU).stages().get(0).notes()).containsExactly("шаг ask-receipt этапа "
                + "file-claim выполняется во время обращения, но этап не задаёт volumePerMonth и handleSeconds обращений, которые "
                + "обрабатывают сотрудники: время этого шага не оценено");
        Recommendation receipt = first(audit, "eliminate-step");
        assertThat(receipt.impact().annualSavings()).isNull();
        assertThat(receipt.impact().assumptions()).containsExactly(
                "stage file-claim gives no volumePerMonth and handleSeconds of inbound contacts: its saving is not priced");
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
