package org.journeyaudit.rules.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.check.CheckReader;
import org.journeyaudit.engine.check.CustomChecks;
import org.journeyaudit.engine.compliance.ComplianceMatrix;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.profile.Profile;
import org.journeyaudit.engine.profile.ProfileReader;
import org.journeyaudit.engine.report.ComplianceReport;
import org.journeyaudit.engine.report.JsonReport;
import org.journeyaudit.engine.report.MarkdownReport;
import org.journeyaudit.engine.report.TextReport;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.journeyaudit.engine.rulebase.RuleCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample checks over the sample portfolio, and custom checks going through numbering, profiles,
 * suppressions, reports and the compliance matrix like built-in rules.
 */
class CustomChecksTest {

    static final LocalDate AS_OF = LocalDate.parse("2026-11-22");
    static final Path SAMPLE_CHECKS = Path.of("../samples/checks/copc-consistency.yaml");
    private static final RuleBase RULES = RuleBase.builtIn();
    private static final Auditor AUDITOR = new Auditor(RULES);

    @TempDir
    Path dir;

    static CustomChecks sampleChecks() {
        return new CheckReader().read(SAMPLE_CHECKS, List.of());
    }

    static Journey sample(String name) {
        return new JourneyReader().read(Path.of("../samples/" + name + ".yaml"));
    }

    static List<String> custom(Audit audit) {
        return audit.findings().stream().filter(f -> f.family().equals("custom")).map(CustomChecksTest::line).toList();
    }

    static String line(Finding f) {
        return f.id() + " " + f.ruleId() + " " + f.severity().word() + " " + f.stage() + " " + f.elements() + " " + f.message();
    }

    @Test
    void theSampleChecksFindExactlyThisInTheSamplePortfolio() throws IOException {
        AuditOptions options = AuditOptions.asOf(AS_OF).withChecks(sampleChecks());
        List<String> found = new ArrayList<>();
        try (var files = Files.list(Path.of("../samples"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Audit audit = AUDITOR.audit(new JourneyReader().read(file), options);
                custom(audit).forEach(line -> found.add(file.getFileName() + " " + line));
            }
        }
        assertThat(found).containsExactly(
                "complaint-handling-before.yaml F2 custom/complaint-handoffs warning file-complaint [stage:file-complaint, step:analyse-3l, "
                        + "step:answer-customer, step:forward-to-3l, step:redirect-to-supervisor, step:register-in-jira, "
                        + "step:take-explanation] Stage file-complaint hands the complaint on 6 times; the team allows 2",
                "dashcam-warranty-repair.yaml F1 custom/self-service-notifies warning fill-form [touchpoint:fill-form@web] fill-form on web "
                        + "does not tell the customer what happens next",
                "dashcam-warranty-repair.yaml F4 custom/self-service-notifies warning delivery-diagnostics "
                        + "[touchpoint:delivery-diagnostics@web] delivery-diagnostics on web does not tell the customer what happens next",
                "dashcam-warranty-repair.yaml F12 custom/self-service-notifies warning repair [touchpoint:repair@web] repair on web does "
                        + "not tell the customer what happens next",
                "dashcam-warranty-repair.yaml F15 custom/self-service-notifies warning return-device [touchpoint:return-device@web] "
                        + "return-device on web does not tell the customer what happens next",
                "utility-meter-dispute.yaml F7 custom/self-service-notifies warning decide-correct [touchpoint:decide-correct@portal] "
                        + "decide-correct on portal does not tell the customer what happens next");
    }

    @Test
    void aProfileDisablesOrResetsTheSeverityOfACustomCheckByItsId() throws IOException {
        CustomChecks checks = sampleChecks();
        RuleCatalogue catalogue = checks.addedTo(RULES.catalogue());
        Path file = Files.writeString(dir.resolve("team.yaml"), """
                rules:
                  custom/self-service-notifies: {severity: error}
                  custom/complaint-handoffs: off
                """);
        Profile profile = new ProfileReader(catalogue).read(file);
        AuditOptions options = AuditOptions.asOf(AS_OF).withChecks(checks).withProfile(profile);
        assertThat(custom(AUDITOR.audit(sample("complaint-handling-before"), options))).isEmpty();
        assertThat(custom(AUDITOR.audit(sample("dashcam-warranty-repair"), options))).first()
                .isEqualTo("F1 custom/self-service-notifies error fill-form [touchpoint:fill-form@web] fill-form on web does not tell the "
                        + "customer what happens next");
    }

    @Test
    void aSuppressionNamesACustomCheckLikeABuiltInRule() {
        Journey journey = sample("dashcam-warranty-repair").withSuppressions(List.of(new org.journeyaudit.engine.journey.Suppression(
                "custom/self-service-notifies", "stage:repair", "The repair centre calls the customer", null, "test")));
        Audit audit = AUDITOR.audit(journey, AuditOptions.asOf(AS_OF).withChecks(sampleChecks()));
        assertThat(custom(audit)).hasSize(3).noneMatch(line -> line.contains("repair@web"));
        assertThat(audit.suppressed()).singleElement().satisfies(s -> assertThat(line(s.finding())).isEqualTo(
                "S1 custom/self-service-notifies warning repair [touchpoint:repair@web] repair on web does not tell the customer what "
                        + "happens next"));
        assertThat(audit.suppressionNotes()).isEmpty();
    }

    @Test
    void reportsAndTheComplianceMatrixShowCustomChecksLikeBuiltInRules() {
        CustomChecks checks = sampleChecks();
        Audit audit = AUDITOR.audit(sample("complaint-handling-before"), AuditOptions.asOf(AS_OF).withChecks(checks));
        assertThat(JsonReport.write(JsonReport.audit(audit))).contains("\"ruleId\" : \"custom/complaint-handoffs\"");
        assertThat(TextReport.audit(audit)).contains("custom/complaint-handoffs");
        assertThat(MarkdownReport.audit(audit)).contains("custom/complaint-handoffs");
        assertThat(audit.recommendations()).noneMatch(r -> r.findings().stream().anyMatch(id -> id.equals("F2")));
        ComplianceMatrix matrix = ComplianceMatrix.of(List.of(audit), checks.addedTo(RULES.catalogue()), Profile.RECOMMENDED);
        String csv = ComplianceReport.csv(matrix);
        assertThat(csv.lines().findFirst().orElseThrow()).contains("custom/claim-documents-alike", "custom/complaint-handoffs");
        assertThat(ComplianceReport.text(matrix)).contains("custom/complaint-handoffs");
    }
}
