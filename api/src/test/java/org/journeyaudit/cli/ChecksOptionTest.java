package org.journeyaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecksOptionTest {

    private static final String CHECKS = "../samples/checks/copc-consistency.yaml";

    @TempDir
    Path dir;

    @Test
    void auditReportsCustomChecksAsRules() {
        CliRun run = CliRun.run("audit", "../samples/dashcam-warranty-repair.yaml", "--as-of", "2026-11-22", "--checks", CHECKS,
                "--format", "json");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("\"ruleId\" : \"custom/self-service-notifies\"")
                .contains("\"message\" : \"fill-form on web does not tell the customer what happens next\"");
    }

    @Test
    void aProfileFileRaisesACustomCheckToAnErrorAndSoTheExitCode() throws Exception {
        Path profile = Files.writeString(dir.resolve("team.yaml"), "rules:\n  custom/self-service-notifies: {severity: error}\n");
        CliRun run = CliRun.run("audit", "../samples/dashcam-warranty-repair.yaml", "--as-of", "2026-11-22", "--checks", CHECKS,
                "--profile", profile.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).contains("custom/self-service-notifies");
    }

    @Test
    void complianceHasAColumnPerCustomCheck() {
        CliRun run = CliRun.run("compliance", "../samples", "--as-of", "2026-11-22", "--checks", CHECKS, "--format", "csv");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out().lines().findFirst().orElseThrow()).contains(",coverage/undecided-cell,custom/claim-documents-alike,custom/complaint-handoffs,"
                + "custom/few-transfers,custom/self-service-notifies,custom/status-in-chat,demand/policy-created,");
    }

    @Test
    void rulesListsAndShowsTheChecksOfTheRun() {
        CliRun list = CliRun.run("rules", "--checks", CHECKS);
        assertThat(list.out()).contains("custom\n  custom/claim-documents-alike").endsWith("50 rules. 'journey-audit rules show ID' shows one "
                + "rule's documentation.\n");
        CliRun show = CliRun.run("rules", "show", "custom/complaint-handoffs", "--checks", CHECKS);
        assertThat(show.out()).startsWith("custom/complaint-handoffs: A complaint changes hands at most twice\nDefault severity: warning\n\n"
                + "A custom check, declared in " + CHECKS + ".\n");
    }

    @Test
    void anInvalidChecksFileIsInvalidInputWithEveryLocatedProblem() throws Exception {
        Path checks = Files.writeString(dir.resolve("bad.yaml"), """
                checks:
                  - id: x
                    title: X
                    severity: error
                    message: m
                    select: {touchpoint: {}}
                    require: {equals: {field: "System.exit(0)", value: 1}}
                  - id: x
                    title: X
                    severity: fatal
                    message: m
                    select: {touchpoint: {}}
                    require: {matches: ".*"}
                """);
        CliRun run = CliRun.run("audit", "../samples/dashcam-warranty-repair.yaml", "--checks", checks.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(checks + " is not a valid checks file:\n"
                + checks + ":7:31: checks[0].require.equals.field: 'System.exit(0)' is not a field a check over touchpoint elements may "
                + "compare; expected one of: status, notifies, transfers, volumePerMonth, handleSeconds, outcome\n"
                + checks + ":8:9: checks[1].id: check id 'x' is used by another check; ids are unique\n"
                + checks + ":10:15: checks[1].severity: 'fatal' is not a valid severity; expected one of: error, warning, info\n"
                + checks + ":13:15: checks[1].require.matches: unknown operator 'matches'; expected one of: present-on, "
                + "same-on-all-channels, max-handoffs, equals, not-equals, at-least, at-most\n");
        CliRun compliance = CliRun.run("compliance", "../samples", "--checks", checks.toString());
        assertThat(compliance.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    }
}
