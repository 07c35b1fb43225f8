package org.journeyaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.AuditSummary;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.fact.Elements;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.journey.Stage;
import org.journeyaudit.engine.journey.Step;
import org.journeyaudit.engine.journey.Touchpoint;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.recommend.CostToServe;
import org.journeyaudit.engine.recommend.Recommendation;
import org.journeyaudit.engine.recommend.SavedWork;
import org.journeyaudit.engine.recommend.SavingsTotal;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What a finance reviewer checks, over every sample and every rule fixture journey, in English and in Russian: each
 * printed formula (of a recommendation and of a stage's cost to serve) gives its printed figure to the unit when
 * re-computed from its printed numbers; no recommendation saves more than the cost to serve of the stages it targets;
 * the headline total counts each minute once (the largest saving on each piece of work, capped at that work, priced at
 * its own cost per minute), never exceeds the journey's cost to serve nor the plain sum of the recommendations.
 */
class SavingsReviewTest {

    /** Priced journeys that exercise each way a saving is estimated, beside the samples and the rule fixtures. */
    static final Path MONEY = Path.of("src/test/resources/money");
    private static final Auditor AUDITOR = new Auditor(RuleBase.builtIn());
    private static final Pattern ENGLISH_NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?");
    private static final Pattern RUSSIAN_NUMBER = Pattern.compile("\\d{1,3}(?:\u00A0\\d{3})*(?:,\\d+)?");

    private record Audited(String name, Audit audit) {
    }

    @TestFactory
    Stream<DynamicTest> everyPrintedFigureSurvivesAFinanceReview() throws IOException {
        List<Audited> audits = new ArrayList<>();
        List<Path> documents = new ArrayList<>();
        for (Path folder : List.of(SampleJourneysTest.SAMPLES, MONEY)) {
            try (Stream<Path> files = Files.list(folder)) {
                documents.addAll(files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList());
            }
        }
        {
            for (Path sample : documents) {
                Journey journey = new JourneyReader().read(sample);
                for (Language language : Language.values()) {
                    audits.add(new Audited(sample.getFileName() + " " + language.tag(),
                            AUDITOR.audit(journey, AuditOptions.asOf(SampleJourneysTest.AS_OF).withLanguage(language))));
                }
            }
        }
        for (RuleFixture fixture : RuleFixture.all()) {
            for (RuleFixture.Case c : fixture.cases()) {
                for (Language language : Language.values()) {
                    audits.add(new Audited(fixture.rule() + " case '" + c.name() + "' " + language.tag(),
                            AUDITOR.audit(c.journey(), AuditOptions.asOf(c.asOf()).withLanguage(language))));
                }
            }
        }
        assertThat(audits.stream().filter(a -> a.audit().recommendations().stream().anyMatch(r -> r.impact().annualSavings() != null))
                .map(Audited::name)).as("journeys with priced recommendations").containsExactly(
                        "bank-card-loss.yaml en", "bank-card-loss.yaml ru", "retail-defective-goods.yaml en", "retail-defective-goods.yaml ru",
                        "utility-meter-dispute.yaml en", "utility-meter-dispute.yaml ru", "in-call-and-self-service.yaml en",
                        "in-call-and-self-service.yaml ru", "in-call-overrun.yaml en", "in-call-overrun.yaml ru", "question-reuse.yaml en", "question-reuse.yaml ru",
                        "recontacts.yaml en", "recontacts.yaml ru", "transfers.yaml en", "transfers.yaml ru", "two-channels.yaml en",
                        "two-channels.yaml ru");
        return audits.stream().map(a -> DynamicTest.dynamicTest(a.name(), () -> review(a.audit(), language(a.name()))));
    }

    private static Language language(String name) {
        return name.endsWith(" ru") ? Language.RU : Language.EN;
    }

    private static void review(Audit audit, Language language) {
        Journey journey = audit.journey();
        CostToServe cost = CostToServe.of(journey, language);
        Map<String, BigDecimal> stageCost = new HashMap<>();
        for (CostToServe.StageCost stage : cost.stages()) {
            if (stage.total() != null) {
                assertThat(reproduced(stage.formula(), language)).as("cost to serve of stage %s: %s", stage.stage(), stage.formula())
                        .isEqualByComparingTo(stage.total());
                stageCost.put(stage.stage(), stage.total());
            }
        }
        for (Recommendation r : audit.recommendations()) {
            BigDecimal saving = r.impact().annualSavings();
            if (saving == null) {
                continue;
            }
            assertThat(reproduced(r.impact().formula(), language)).as("recommendation %d: %s", r.rank(), r.impact().formula())
                    .isEqualByComparingTo(saving);
            BigDecimal targeted = stagesOf(journey, r).stream().map(s -> stageCost.getOrDefault(s, BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(saving).as("recommendation %d saves no more than the cost to serve of %s", r.rank(), stagesOf(journey, r))
                    .isLessThanOrEqualTo(targeted);
        }
        AuditSummary summary = AuditSummary.of(audit);
        SavingsTotal total = SavingsTotal.of(journey, audit.recommendations());
        assertThat(summary.annualSavings()).isEqualTo(total.annual());
        if (total.annual() == null) {
            return;
        }
        assertThat(total.annual()).as("the total never exceeds the journey's cost to serve").isLessThanOrEqualTo(cost.total());
        assertThat(total.annual()).as("the total never exceeds the plain sum").isLessThanOrEqualTo(total.plainSum());
        DeOverlapped expected = deOverlapped(journey, audit.recommendations());
        assertThat(total.annual().subtract(expected.money()).abs()).as("the total is the de-overlapped minutes priced: %s", expected)
                .isLessThanOrEqualTo(new BigDecimal("0.01").multiply(BigDecimal.valueOf(expected.pools())));
        assertThat(total.minutesPerMonth()).isCloseTo(expected.minutes(), org.assertj.core.data.Offset.offset(0.001));
    }

    /** The formula's terms re-computed from their printed numbers: quantity x seconds / 60 x cost x months, each to the cent. */
    static BigDecimal reproduced(String formula, Language language) {
        int equals = formula.lastIndexOf(" = ");
        String[] terms = formula.substring(0, equals).split("\\) \\+ \\(");
        BigDecimal sum = BigDecimal.ZERO;
        for (String term : terms) {
            List<BigDecimal> numbers = numbers(term, language);
            assertThat(numbers).as("the numbers of '%s'", term).hasSize(5);
            assertThat(numbers.get(2)).isEqualByComparingTo("60");
            sum = sum.add(numbers.get(0).multiply(numbers.get(1)).multiply(numbers.get(3)).multiply(numbers.get(4))
                    .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP));
        }
        BigDecimal printed = numbers(formula.substring(equals + 3), language).get(0);
        assertThat(sum).as("'%s' re-computed", formula).isEqualByComparingTo(printed);
        return printed;
    }

    private static List<BigDecimal> numbers(String text, Language language) {
        Matcher matcher = (language == Language.RU ? RUSSIAN_NUMBER : ENGLISH_NUMBER).matcher(text);
        List<BigDecimal> numbers = new ArrayList<>();
        while (matcher.find()) {
            String number = language == Language.RU ? matcher.group().replace("\u00A0", "").replace(',', '.')
                    : matcher.group().replace(",", "");
            numbers.add(new BigDecimal(number));
        }
        return numbers;
    }

    /** The stages a recommendation targets (a step's stage, a touchpoint's, a stage). */
    private static List<String> stagesOf(Journey journey, Recommendation r) {
        List<String> stages = new ArrayList<>();
        for (String target : r.targets()) {
            String id = Elements.id(target);
            String stage = switch (Elements.kind(target)) {
                case "stage" -> id;
                case "touchpoint" -> id.substring(0, id.indexOf('@'));
                case "step" -> journey.stages().stream().filter(s -> s.steps().stream().anyMatch(st -> st.id().equals(id)))
                        .map(Stage::id).findFirst().orElse(null);
                default -> null;
            };
            if (stage != null && !stages.contains(stage)) {
                stages.add(stage);
            }
        }
        return stages;
    }

    private record DeOverlapped(BigDecimal money, double minutes, int pools) {
    }

    /**
     * The de-overlapped total worked out here from the journey itself: the largest saving on each piece of work, summed
     * per step or touchpoint and capped at its own seconds a month, priced at its own cost per minute.
     */
    private static DeOverlapped deOverlapped(Journey journey, List<Recommendation> recommendations) {
        Map<String, SavedWork> largest = new LinkedHashMap<>();
        for (Recommendation r : recommendations) {
            if (r.impact().annualSavings() != null) {
                r.impact().savedWork().forEach(w -> largest.merge(w.work(), w,
                        (a, b) -> a.secondsPerMonth().compareTo(b.secondsPerMonth()) >= 0 ? a : b));
            }
        }
        Map<String, BigDecimal> byPool = new LinkedHashMap<>();
        largest.values().forEach(w -> byPool.merge(w.pool(), w.secondsPerMonth(), BigDecimal::add));
        BigDecimal money = BigDecimal.ZERO;
        BigDecimal seconds = BigDecimal.ZERO;
        int months = journey.economics().months();
        for (Map.Entry<String, BigDecimal> pool : byPool.entrySet()) {
            BigDecimal[] capacityAndRate = capacityAndRate(journey, pool.getKey());
            if (capacityAndRate == null) {
                continue;
            }
            BigDecimal saved = pool.getValue().min(capacityAndRate[0]);
            seconds = seconds.add(saved);
            money = money.add(saved.multiply(capacityAndRate[1]).multiply(BigDecimal.valueOf(months)).divide(BigDecimal.valueOf(60), 6,
                    RoundingMode.HALF_UP));
        }
        return new DeOverlapped(money.setScale(2, RoundingMode.HALF_UP), seconds.doubleValue() / 60, byPool.size());
    }

    /** A step's or touchpoint's seconds a month and its cost per minute, as the journey gives them; null when not priced. */
    private static BigDecimal[] capacityAndRate(Journey journey, String pool) {
        String id = Elements.id(pool);
        for (Stage stage : journey.stages()) {
            if (Elements.kind(pool).equals("step")) {
                for (Step step : stage.steps()) {
                    if (step.id().equals(id) && step.minutes() != null) {
                        Double cases = step.casesPerMonth() != null ? step.casesPerMonth()
                                : stage.casesPerMonth() != null ? stage.casesPerMonth() : journey.inboundContacts(stage);
                        Double rate = journey.stepCostPerMinute(stage, step);
                        return cases == null || rate == null ? null : new BigDecimal[] {
                                BigDecimal.valueOf(cases).multiply(BigDecimal.valueOf(step.minutes() * 60)), BigDecimal.valueOf(rate)};
                    }
                }
            } else if (id.startsWith(stage.id() + "@")) {
                for (Touchpoint touchpoint : stage.touchpoints()) {
                    if (id.equals(stage.id() + "@" + touchpoint.channel())) {
                        Double rate = journey.contactCostPerMinute(touchpoint.channel());
                        return rate == null ? null : new BigDecimal[] {
                                BigDecimal.valueOf(touchpoint.volumePerMonth()).multiply(BigDecimal.valueOf(touchpoint.handleSeconds())),
                                BigDecimal.valueOf(rate)};
                    }
                }
            }
        }
        return null;
    }
}
