package org.journeyaudit.rules.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.document.Problem;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.finding.Severity;
import org.journeyaudit.engine.profile.Profile;
import org.journeyaudit.engine.profile.ProfileReader;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.journeyaudit.engine.rulebase.RuleDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles change outcomes as configured: which rules run, their severity and thresholds; bad profiles are located. */
class ProfileTest {

    static final LocalDate AS_OF = LocalDate.parse("2026-11-22");
    private static final RuleBase RULES = RuleBase.builtIn();
    private static final Auditor AUDITOR = new Auditor(RULES);
    private static final ProfileReader PROFILES = new ProfileReader(RULES.catalogue());

    @TempDir
    Path dir;

    static Audit audit(String sample, Profile profile) {
        return AUDITOR.audit(new JourneyReader().read(Path.of("../samples/" + sample + ".yaml")),
                AuditOptions.asOf(AS_OF).withProfile(profile));
    }

    private static List<String> findings(Audit audit) {
        return audit.findings().stream().map(f -> f.id() + " " + f.ruleId() + " " + f.severity().word()).toList();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void theRecommendedProfileIsTheCataloguesDefaults() {
        Profile recommended = PROFILES.builtIn("recommended");
        assertThat(findings(audit("insurance-insured-event", recommended)))
                .isEqualTo(findings(audit("insurance-insured-event", Profile.RECOMMENDED)));
        assertThat(audit("insurance-insured-event", recommended).profile()).isEqualTo("recommended");
    }

    @Test
    void copcMakesTheConsistencyAndGovernanceRulesErrors() {
        Profile copc = PROFILES.builtIn("copc");
        for (RuleDescription rule : RULES.catalogue().rules()) {
            Severity expected = rule.family().equals("consistency") || rule.family().equals("governance") ? Severity.ERROR : rule.severity();
            assertThat(copc.severity(rule)).as(rule.id()).isEqualTo(expected);
            assertThat(copc.enabled(rule)).as(rule.id()).isTrue();
        }
        Audit insurance = audit("insurance-insured-event", copc);
        assertThat(insurance.profile()).isEqualTo("copc");
        assertThat(insurance.findings()).filteredOn(f -> f.ruleId().equals("consistency/sla-mismatch"))
                .extracting(Finding::severity).containsExactly(Severity.ERROR);
        Audit dashcam = audit("dashcam-warranty-repair", copc);
        assertThat(dashcam.findings()).filteredOn(f -> f.ruleId().equals("governance/sla-target-gap"))
                .extracting(Finding::id, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("F7", Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple("F8", Severity.ERROR), org.assertj.core.groups.Tuple.tuple("F10", Severity.ERROR));
    }

    @Test
    void allRunsRulesThatAreNotRecommended() {
        RuleDescription optIn = new RuleDescription("custom/opt-in", "Opt in", Severity.INFO, Map.of(), "", false);
        assertThat(PROFILES.builtIn("recommended").enabled(optIn)).isFalse();
        assertThat(new ProfileReader(RULES.catalogue().with(List.of(optIn))).builtIn("all").enabled(optIn)).isTrue();
    }

    @Test
    void aProfileFileDisablesRulesSetsSeveritiesAndThresholds() throws IOException {
        Path file = write("team.yaml", """
                name: team
                rules:
                  handoff/system-break: off
                  redundancy/relay-step: {enabled: false}
                  handoff/excess: {severity: error, max: 2}
                """);
        Audit before = audit("complaint-handling-before", PROFILES.read(file));
        assertThat(before.profile()).isEqualTo("team");
        assertThat(findings(before)).containsExactly(
                "F1 coverage/assisted-only info",
                "F2 handoff/escalation-depth info",
                "F3 handoff/excess error",
                "F4 handoff/ping-pong warning",
                "F5 handoff/ping-pong warning");
        // the disabled rules' findings reach no recommendation either
        assertThat(before.recommendations()).allSatisfy(r -> assertThat(r.findings()).allMatch(id -> List.of("F1", "F2", "F3", "F4", "F5").contains(id)));
        assertThat(before.recommendations().get(0).findings()).containsExactly("F2", "F3", "F4", "F5");

        // the "after" backstage hands the work on twice: within 2, beyond 1
        assertThat(audit("complaint-handling-after", PROFILES.read(file)).findings()).noneMatch(f -> f.ruleId().equals("handoff/excess"));
        Profile stricter = PROFILES.read(write("stricter.yaml", "extends: team.yaml\nrules:\n  handoff/excess: {max: 1}\n"));
        assertThat(audit("complaint-handling-after", stricter).findings()).filteredOn(f -> f.ruleId().equals("handoff/excess"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).as("the severity set by the profile it extends").isEqualTo(Severity.ERROR);
                    assertThat(f.message()).isEqualTo("Stage 'file-complaint' hands the work between actors 2 times; at most 1 expected");
                });
    }

    @Test
    void aCommandLineParameterBeatsTheProfile() throws IOException {
        Profile profile = PROFILES.read(write("strict.yaml", "rules:\n  handoff/excess: {max: 2}\n"));
        AuditOptions options = new AuditOptions(AS_OF, Map.of("handoff/excess", Map.of("max", 3.0)), Map.of(), profile);
        Audit after = AUDITOR.audit(new JourneyReader().read(Path.of("../samples/complaint-handling-after.yaml")), options);
        assertThat(after.findings()).noneMatch(f -> f.ruleId().equals("handoff/excess"));
        assertThat(profile.name()).as("a profile without a name is named by its file").isEqualTo("strict");
    }

    @Test
    void aRuleBeatsItsFamilyWhichBeatsEveryRuleAndAProfileBeatsTheOneItExtends() throws IOException {
        write("base.yaml", """
                extends: copc
                rules:
                  "*": {severity: info}
                  handoff/*: {severity: warning}
                  handoff/excess: {severity: error}
                """);
        Profile child = PROFILES.read(write("child.yaml", """
                extends: base.yaml
                rules:
                  governance/no-owner: {severity: warning}
                  coverage/*: off
                """));
        assertThat(child.severity(rule("handoff/excess"))).isEqualTo(Severity.ERROR);
        assertThat(child.severity(rule("handoff/ping-pong"))).isEqualTo(Severity.WARNING);
        assertThat(child.severity(rule("consistency/conflicting-info"))).as("base's '*' beats copc").isEqualTo(Severity.INFO);
        assertThat(child.severity(rule("governance/no-owner"))).isEqualTo(Severity.WARNING);
        assertThat(child.enabled(rule("coverage/missing-channel"))).isFalse();
        assertThat(child.enabled(rule("handoff/excess"))).isTrue();
        Audit insurance = audit("insurance-insured-event", child);
        assertThat(insurance.findings()).noneMatch(f -> f.family().equals("coverage"));
        // with coverage off nothing else is found at the two stages where the customer feels worst: they are low points
        assertThat(findings(insurance)).containsExactly(
                "F1 experience/low-point-unaddressed info",
                "F2 experience/low-point-unaddressed info",
                "F3 consistency/conflicting-info info",
                "F4 consistency/sla-mismatch info",
                "F5 consistency/outcome-mismatch info");
    }

    @Test
    void anExtendsCycleIsReportedWhereItCloses() throws IOException {
        write("a.yaml", "extends: b.yaml\n");
        write("b.yaml", "rules: {}\nextends: a.yaml\n");
        assertThatThrownBy(() -> PROFILES.read(dir.resolve("a.yaml")))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
                    assertThat(e.source()).endsWith("b.yaml");
                    assertThat(e.problems()).extracting(ProfileTest::located).containsExactly(
                            "2:10 extends: the profile extends itself: " + dir.resolve("a.yaml") + " -> " + dir.resolve("b.yaml")
                                    + " -> " + dir.resolve("a.yaml"));
                });
    }

    @Test
    void unknownRulesParametersAndSeveritiesAreLocatedWithTheNearestName() throws IOException {
        Path file = write("typos.yaml", """
                name: typos
                extend: copc
                rules:
                  handoff/excesss: {severity: error}
                  handoff/excess: {severity: eror, maxx: 2}
                  handof/*: off
                  redundancy/relay-step: maybe
                  governance/*: {max: 1}
                  coverage/missing-channel: {enabled: yes}
                """);
        assertThatThrownBy(() -> PROFILES.read(file)).isInstanceOfSatisfying(InvalidDocumentException.class, e ->
                assertThat(e.problems()).extracting(ProfileTest::located).containsExactly(
                        "2:1 extend: unknown field 'extend'; did you mean 'extends'?",
                        "4:3 rules['handoff/excesss']: unknown rule 'handoff/excesss'; did you mean 'handoff/excess'?",
                        "5:30 rules['handoff/excess'].severity: 'eror' is not a severity; did you mean 'error'?",
                        "5:36 rules['handoff/excess'].maxx: rule handoff/excess has no setting 'maxx'; did you mean 'max'?",
                        "6:3 rules['handof/*']: no rule is of family 'handof'; did you mean 'handoff'?",
                        "7:26 rules['redundancy/relay-step']: expected on, off, true, false or a map of settings for 'redundancy/relay-step', found the text \"maybe\"",
                        "8:18 rules['governance/*'].max: 'governance/*' names several rules, so it sets only 'enabled' and 'severity'; set 'max' on one rule",
                        "9:39 rules['coverage/missing-channel'].enabled: 'enabled' is true or false, found the text \"yes\""));
    }

    @Test
    void anUnknownBuiltInProfileIsRefusedWithTheNearestName() {
        assertThatThrownBy(() -> PROFILES.builtIn("copcc")).hasMessage("unknown profile 'copcc'; did you mean 'copc'?");
    }

    private static RuleDescription rule(String id) {
        return RULES.catalogue().rule(id).orElseThrow();
    }

    static String located(Problem p) {
        return p.location() + " " + p.yamlPath() + ": " + p.message();
    }
}
