package org.journeyaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileOptionTest {

    private static final String INSURANCE = "../samples/insurance-insured-event.yaml";

    @TempDir
    Path dir;

    @Test
    void aBuiltInProfileChangesSeveritiesAndSoTheExitCode() {
        CliRun recommended = CliRun.run("audit", "../samples/dashcam-warranty-repair.yaml", "--as-of", "2026-11-22");
        assertThat(recommended.exitCode()).isEqualTo(ExitCode.OK);
        CliRun copc = CliRun.run("audit", "../samples/dashcam-warranty-repair.yaml", "--as-of", "2026-11-22", "--profile", "copc");
        assertThat(copc.exitCode()).as("governance/sla-target-gap is an error under copc").isEqualTo(ExitCode.FINDINGS);
        assertThat(copc.out()).contains("As of 2026-11-22, profile copc\n").contains("  12 findings: 3 errors, 6 warnings, 3 info\n");
    }

    @Test
    void aProfileFileDisablesRules() throws Exception {
        Path profile = Files.writeString(dir.resolve("quiet.yaml"), "rules:\n  coverage/*: off\n  consistency/*: {severity: info}\n");
        CliRun run = CliRun.run("audit", INSURANCE, "--as-of", "2026-11-22", "--profile", profile.toString(), "--format", "json");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("\"profile\" : \"quiet\"").contains("\"bySeverity\" : {\n      \"error\" : 0,\n      \"warning\" : 2,\n      \"info\" : 3\n    }")
                .doesNotContain("coverage/");
    }

    @Test
    void anUnknownProfileNameIsAUsageErrorWithTheNearestName() {
        CliRun run = CliRun.run("audit", INSURANCE, "--profile", "copcc");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("journey-audit: --profile: unknown profile 'copcc'; did you mean 'copc'?; the built-in profiles are "
                + "recommended, copc, all (or give a profile file)\nTry 'journey-audit audit --help' for usage.\n");
    }

    @Test
    void anInvalidProfileFileIsInvalidInputWithItsLocatedProblems() throws Exception {
        Path profile = Files.writeString(dir.resolve("bad.yaml"), "rules:\n  handoff/excess: {max: two}\n");
        CliRun run = CliRun.run("audit", INSURANCE, "--profile", profile.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(profile + " is not a valid profile:\n" + profile
                + ":2:25: rules['handoff/excess'].max: parameter 'max' of handoff/excess is a number, found the text \"two\"\n");
    }
}
