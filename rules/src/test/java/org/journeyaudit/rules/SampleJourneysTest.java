package org.journeyaudit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.recommend.Recommendation;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The sample journeys reproduce the real cases: each audit must match the expected findings and
 * recommendations kept beside it in {@code samples/expected/}, and the cases' own claims hold.
 */
class SampleJourneysTest {

    static final Path SAMPLES = Path.of("../samples");
    static final LocalDate AS_OF = LocalDate.parse("2026-11-22");
    static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER, YAMLWriteFeature.SPLIT_LINES)
            .build();
    private static final Auditor AUDITOR = new Auditor(RuleBase.builtIn());
    private static final JourneyReader READER = new JourneyReader();

    /** Every sample with an expected report; full maps from source documents sit in maps/, beside the portfolio that the CLI and the change analysis read together. */
    static final List<String> SAMPLE_NAMES = List.of("bank-card-loss", "complaint-handling-after", "complaint-handling-before",
            "dashcam-warranty-repair", "insurance-insured-event", "maps/broadband-fault-repair", "maps/fitness-club-membership",
            "retail-defective-goods", "utility-meter-dispute");

    static Audit audit(String sample) {
        return audit(sample, Language.EN);
    }

    static Audit audit(String sample, Language language) {
        return AUDITOR.audit(READER.read(SAMPLES.resolve(sample + ".yaml")), AuditOptions.asOf(AS_OF).withLanguage(language));
    }

    /** Where a language's expected reports are kept: English in {@code expected/}, the others in {@code expected/<tag>/}. */
    static Path expectations(Language language) {
        return language == Language.EN ? SAMPLES.resolve("expected") : SAMPLES.resolve("expected").resolve(language.tag());
    }

    /**
     * The audit reduced to what the expectation files hold: each finding's id, rule, stage, elements and
     * message; each recommendation's rank, priority, action, targets, findings, savings and score.
     */
    static Map<String, Object> digest(Audit audit) {
        Map<String, Object> digest = new LinkedHashMap<>();
        digest.put("asOf", audit.asOf().toString());
        digest.put("findings", audit.findings().stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", f.id());
            m.put("rule", f.ruleId());
            m.put("severity", f.severity().word());
            m.put("stage", f.stage());
            m.put("elements", f.elements());
            m.put("message", f.message());
            return m;
        }).toList());
        digest.put("recommendations", audit.recommendations().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rank", r.rank());
            m.put("priority", r.priority().name());
            m.put("action", r.action().word());
            m.put("targets", r.targets());
            m.put("findings", r.findings());
            m.put("annualSavings", r.impact().annualSavings() == null ? null : r.impact().annualSavings().toPlainString());
            m.put("formula", r.impact().formula());
            m.put("score", r.score());
            return m;
        }).toList());
        return digest;
    }

    @TestFactory
    Stream<DynamicTest> everySampleMatchesItsExpectedReport() throws IOException {
        return matchingTheirExpectations(Language.EN);
    }

    @TestFactory
    Stream<DynamicTest> everySampleMatchesItsExpectedRussianReport() throws IOException {
        return matchingTheirExpectations(Language.RU);
    }

    /** One test per expected report of the language; every sample has one, and no report is kept for a sample that is gone. */
    private static Stream<DynamicTest> matchingTheirExpectations(Language language) throws IOException {
        Path folder = expectations(language);
        List<String> kept;
        try (Stream<Path> files = Files.walk(folder, 2)) {
            kept = files.filter(f -> f.toString().endsWith(".yaml"))
                    .map(f -> folder.relativize(f).toString().replace('\\', '/').replace(".yaml", ""))
                    // another language's reports are kept in a folder named by its tag
                    .filter(name -> Language.of(name.split("/")[0]).isEmpty() || !name.contains("/"))
                    .sorted().toList();
        }
        assertThat(kept).containsExactlyElementsOf(SAMPLE_NAMES);
        return kept.stream().map(sample -> DynamicTest.dynamicTest((language == Language.EN ? "" : language.tag() + "/") + sample, () -> {
            Path expected = folder.resolve(sample + ".yaml");
            Object actual = YAML.readValue(YAML.writeValueAsString(digest(audit(sample, language))), Object.class);
            assertThat(actual).as("audit of samples/%s.yaml in %s against %s", sample, language.tag(), expected)
                    .isEqualTo(YAML.readValue(expected.toFile(), Object.class));
        }));
    }

    @Test
    void theDefectiveGoodsPhotoIsTheFirstRecommendationAndSavesTheCasesFigure() {
        Recommendation first = audit("retail-defective-goods").recommendations().get(0);
        assertThat(first.action().word()).isEqualTo("eliminate-step");
        assertThat(first.targets()).containsExactly("step:ask-photo", "step:review-photo");
        assertThat(first.impact().annualSavings()).isEqualByComparingTo(new BigDecimal("5030640"));
        assertThat(first.impact().currency()).isEqualTo("RUB");
        assertThat(first.impact().formula())
                .isEqualTo("13,700 contacts/month x 204 s / 60 x 9 RUB/min x 12 months = 5,030,640 RUB");
        assertThat(first.impact().contactsAvoidedPerMonth()).isEqualTo(10960.0);
        // the case counts contacts and prices the operators' minutes at the contact-centre rate: both are said
        assertThat(first.impact().assumptions()).containsExactly(
                "casesPerMonth of stage file-claim: 13,700, its inbound contacts, one case each (the stage gives no casesPerMonth)",
                "backstageCostPerMinute: 9 RUB/min, the contact-centre rate by default (neither the step nor "
                        + "economics.backstageCostPerMinute gives a cost per minute)");
    }

    @Test
    void theComplaintBackstageLosesItsPingPongRelayAndHalfItsSteps() {
        Audit before = audit("complaint-handling-before");
        Audit after = audit("complaint-handling-after");
        assertThat(findingsOf(before, "handoff/ping-pong")).extracting(f -> f.elements().get(0))
                .containsExactly("actor:2L", "actor:3L");
        assertThat(findingsOf(before, "redundancy/relay-step")).extracting(f -> f.elements().get(0))
                .containsExactlyInAnyOrder("step:redirect-to-supervisor", "step:forward-to-3l");
        assertThat(findingsOf(before, "handoff/excess")).singleElement()
                .satisfies(f -> assertThat(f.evidence().get("handoffs")).isEqualTo(6L));
        assertThat(findingsOf(after, "handoff/ping-pong")).isEmpty();
        assertThat(findingsOf(after, "redundancy/relay-step")).isEmpty();
        assertThat(findingsOf(after, "handoff/excess")).isEmpty();
        int stepsBefore = before.journey().stages().get(0).steps().size();
        int stepsAfter = after.journey().stages().get(0).steps().size();
        assertThat(stepsAfter).isLessThanOrEqualTo(stepsBefore / 2);
        assertThat(before.recommendations().get(0).action().word()).isEqualTo("route-directly");
        assertThat(before.recommendations().get(0).findings()).hasSize(6);
    }

    @Test
    void theDashCamJourneyShowsItsStandardsFarFromTargetAndTheMissingStatusMessages() {
        Audit audit = audit("dashcam-warranty-repair");
        assertThat(findingsOf(audit, "governance/sla-target-gap")).extracting(Finding::stage)
                .containsExactly("agree-decision", "agree-decision", "repair");
        assertThat(findingsOf(audit, "coverage/no-status-notification")).extracting(Finding::stage)
                .containsExactly("delivery-diagnostics", "agree-decision", "repair", "return-device");
    }

    @Test
    void theInsuranceMatrixShowsAStagePossibleOnlyOnSomeChannels() {
        Audit audit = audit("insurance-insured-event");
        assertThat(findingsOf(audit, "coverage/missing-channel")).extracting(Finding::elements)
                .containsExactly(List.of("touchpoint:file-claim@chat", "channel:chat"));
        assertThat(findingsOf(audit, "coverage/no-channel")).isEmpty();
        assertThat(findingsOf(audit, "consistency/conflicting-info")).singleElement()
                .satisfies(f -> assertThat(f.elements()).contains("item:claim.decisionTime"));
    }

    @Test
    void theFitnessClubMapKeepsTheCustomersActionsOutOfTheBackstageAndFlagsOnlyWhatTheMapShows() {
        org.journeyaudit.engine.journey.Journey map = READER.read(SAMPLES.resolve("maps/fitness-club-membership.yaml"));
        assertThat(map.stages()).extracting(s -> s.customerSteps().size()).containsExactly(2, 2, 1, 2, 1, 1, 1, 2);
        assertThat(map.reach()).containsEntry("active-use", 1.0).containsEntry("pause", null).containsEntry("recommend", null);
        Audit audit = audit("maps/fitness-club-membership");
        assertThat(audit.findings()).extracting(Finding::ruleId).containsExactly("governance/measurement-overdue",
                "governance/measurement-overdue", "governance/measurement-overdue", "experience/recurring-pain", "consistency/stale-info",
                "governance/unresolved-barrier", "consistency/required-info-missing", "governance/ola-gap", "governance/unresolved-barrier", "experience/recurring-pain",
                "governance/unresolved-barrier", "experience/recurring-pain", "coverage/forced-switch", "coverage/forced-switch", "governance/unresolved-barrier");
        assertThat(findingsOf(audit, "consistency/required-info-missing")).extracting(Finding::elements)
                .as("the law obliges the club to tell how a membership is cancelled; neither the manager nor the app does")
                .containsExactly(List.of("item:cancellation.terms", "touchpoint:buy-card@app", "touchpoint:buy-card@manager"));
        // members who pause and those who go straight on to the recommendation both leave the app there; the map gives
        // no share for the pause, so neither share is known
        assertThat(findingsOf(audit, "coverage/forced-switch")).extracting(Finding::elements)
                .containsExactly(List.of("touchpoint:recommend@app", "channel:app"), List.of("touchpoint:recommend@app", "channel:app"));
        assertThat(findingsOf(audit, "coverage/forced-switch")).extracting(Finding::message).containsExactly(
                "A customer served on app at stage 'active-use' must switch channel for the next stage 'recommend'"
                        + " (the share of cases going this way is not given)",
                "A customer served on app at stage 'pause' must switch channel for the next stage 'recommend'"
                        + " (the share of cases going this way is not given)");
        // the map's low point (choosing a club, -2) is worked on: its out-of-date web information is a finding there
        assertThat(findingsOf(audit, "experience/low-point-unaddressed")).isEmpty();
        assertThat(findingsOf(audit, "consistency/stale-info")).extracting(Finding::stage).containsExactly("search-choose");
        // its recurring pains, the queue to book a workout counted once though the map words it twice
        assertThat(findingsOf(audit, "experience/recurring-pain")).extracting(Finding::elements).containsExactly(
                List.of("stage:need", "stage:recommend"), List.of("stage:become-regular", "stage:pause"),
                List.of("stage:active-use", "stage:recommend"));
    }

    @Test
    void theBroadbandRepairMapShowsTheFullMapRulesAndWorksOnItsLowPointAndItsRecurringPain() {
        Audit audit = audit("maps/broadband-fault-repair");
        assertThat(findingsOf(audit, "coverage/access")).extracting(Finding::elements)
                .containsExactly(List.of("touchpoint:report-fault@phone"));
        assertThat(findingsOf(audit, "handoff/callback-window")).extracting(Finding::stage).containsExactly("report-fault");
        assertThat(findingsOf(audit, "handoff/untracked-queue")).extracting(Finding::elements)
                .containsExactly(List.of("step:triage-fault", "actor:network desk", "system:shared mailbox"));
        assertThat(findingsOf(audit, "governance/ola-gap")).extracting(Finding::elements).containsExactly(List.of("step:wholesale-diagnosis"));
        assertThat(findingsOf(audit, "governance/journey-conflict")).extracting(Finding::elements)
                .containsExactly(List.of("journey:arrears-collection", "stage:complain"));
        assertThat(findingsOf(audit, "demand/progress-chasing")).extracting(Finding::stage).containsExactly("diagnose");
        assertThat(findingsOf(audit, "demand/policy-created")).extracting(Finding::elements).containsExactly(List.of("barrier:report-fault#1"));
        assertThat(findingsOf(audit, "consistency/required-info-bound")).extracting(Finding::elements).containsExactly(
                List.of("touchpoint:report-fault@chat", "item:repair-time"), List.of("touchpoint:report-fault@phone", "item:repair-time"));
        assertThat(findingsOf(audit, "consistency/required-info-missing")).extracting(Finding::elements).containsExactly(
                List.of("item:compensation", "touchpoint:service-restored@app", "touchpoint:service-restored@phone",
                        "touchpoint:service-restored@web"),
                List.of("item:ombudsman-route", "touchpoint:complain@phone"));
        assertThat(findingsOf(audit, "coverage/hours-gap")).extracting(Finding::elements).containsExactly(List.of("stage:report-fault"));
        assertThat(findingsOf(audit, "redundancy/duplicate-across")).extracting(Finding::elements)
                .containsExactly(List.of("step:run-line-test", "step:repeat-line-test"));
        assertThat(findingsOf(audit, "coverage/forced-switch")).extracting(Finding::stage).containsExactly("service-restored", "service-restored");
        assertThat(findingsOf(audit, "experience/low-point-unaddressed")).extracting(Finding::stage).containsExactly("engineer-visit");
        assertThat(findingsOf(audit, "experience/recurring-pain")).extracting(Finding::elements)
                .containsExactly(List.of("stage:diagnose", "stage:engineer-visit", "stage:service-restored"));
        // the low point and the recurring pain each get a recommendation; the first one is no harm to anyone
        assertThat(audit.recommendations()).extracting(r -> r.action().word()).contains("work-on-low-point", "remove-recurring-pain",
                "pause-linked-journey");
        assertThat(audit.recommendations().get(0).title()).isEqualTo("Do the work once: Run the line test");
        // the map does not say how many customers run the line test in the app first: the saving says what it assumes
        assertThat(audit.recommendations().get(0).impact().assumptions()).containsExactly(
                "monthsPerYear: 12, the default (economics.monthsPerYear not given)",
                "every customer is taken to have done \"Run the line test\" (run-line-test) themselves before the staff repeat it: the map"
                        + " gives no share of customers who do, so all the repeated step's minutes are counted");
        assertThat(audit.findings()).extracting(Finding::ruleId).doesNotContain("coverage/undecided-cell");
    }

    private static List<Finding> findingsOf(Audit audit, String ruleId) {
        return audit.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** Writes the expectation files from the current audits, for a reviewer to read and commit. */
    public static void main(String[] args) throws IOException {
        for (Language language : Language.values()) {
            Path directory = expectations(language);
            for (String sample : SAMPLE_NAMES) {
                Files.createDirectories(directory.resolve(sample + ".yaml").getParent());
                String header = "# Expected audit of samples/" + sample + ".yaml as of " + AS_OF
                        + (language == Language.EN ? "" : " in the language '" + language.tag() + "'") + ", checked by SampleJourneysTest.\n";
                Files.writeString(directory.resolve(sample + ".yaml"), header + YAML.writeValueAsString(digest(audit(sample, language))));
            }
        }
    }
}
