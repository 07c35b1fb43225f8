package org.journeyaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ComplianceCommandTest {

    static final Path EXPECTED = Path.of("../samples/expected/compliance.csv");

    @TempDir
    Path dir;

    @Test
    void theMatrixOverTheSamplesIsTheExpectedOne() throws Exception {
        CliRun run = CliRun.run("compliance", "../samples", "--as-of", "2026-11-22", "--format", "csv");
        if (System.getProperty("writeExpected") != null) {
            Files.writeString(EXPECTED, run.out());
        }
        assertThat(run.exitCode()).as("the insurance journey has errors").isEqualTo(ExitCode.FINDINGS);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(Files.readString(EXPECTED));
    }

    @Test
    void cellsSayPassFailSuppressedOrNotApplicable() throws Exception {
        Files.copy(Path.of("../samples/insurance-insured-event.yaml"), dir.resolve("insurance.yaml"));
        Files.copy(Path.of("../samples/retail-defective-goods.yaml"), dir.resolve("retail.yaml"));
        Files.writeString(dir.resolve("insurance.suppressions.yaml"), """
                suppressions:
                  - {rule: consistency/sla-mismatch, element: journey:insurance-insured-event, reason: Agreed with the client}
                """);
        Path portfolio = Files.createDirectories(dir.resolve("portfolio"));
        Files.move(dir.resolve("insurance.yaml"), portfolio.resolve("insurance.yaml"));
        Files.move(dir.resolve("retail.yaml"), portfolio.resolve("retail.yaml"));
        Files.move(dir.resolve("insurance.suppressions.yaml"), portfolio.resolve("insurance.suppressions.yaml"));
        Path profile = Files.writeString(dir.resolve("no-owner-off.yaml"), "rules:\n  governance/no-owner: off\n");
        CliRun run = CliRun.run("compliance", portfolio.toString(), "--as-of", "2026-11-22", "--format", "json", "--profile", profile.toString(),
                "--fail-on", "never");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        assertThat(report.path("profile").asString()).isEqualTo("no-owner-off");
        JsonNode insurance = report.path("journeys").get(0);
        JsonNode retail = report.path("journeys").get(1);
        assertThat(insurance.path("id").asString()).isEqualTo("insurance-insured-event");
        assertThat(insurance.path("cells").path("consistency/conflicting-info").asString()).isEqualTo("fail");
        assertThat(insurance.path("cells").path("consistency/sla-mismatch").asString()).isEqualTo("suppressed");
        assertThat(insurance.path("cells").path("consistency/stale-info").asString()).isEqualTo("pass");
        assertThat(insurance.path("cells").path("governance/no-owner").asString()).as("disabled by the profile").isEqualTo("n/a");
        assertThat(retail.path("cells").path("consistency/conflicting-info").asString())
                .as("one channel: nothing to be consistent with").isEqualTo("n/a");
        assertThat(retail.path("cells").path("redundancy/recontact").asString()).isEqualTo("fail");
        assertThat(report.path("byRule").path("consistency/sla-mismatch").toString())
                .isEqualTo("{\"pass\":0,\"fail\":0,\"suppressed\":1,\"notApplicable\":1}");
        assertThat(report.path("worstJourneys").get(0).path("journey").asString()).isEqualTo("insurance-insured-event 2025");
        assertThat(report.path("outcome").path("failed").asBoolean()).isFalse();
    }

    @Test
    void progressGoesToStandardErrorWhenAskedAndEveryFormatRenders() {
        CliRun run = CliRun.run("compliance", "../samples", "--as-of", "2026-11-22", "--progress", "--fail-on", "never");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEqualTo("\rcompliance: 1/7 journeys audited\rcompliance: 2/7 journeys audited\rcompliance: 3/7 journeys audited"
                + "\rcompliance: 4/7 journeys audited\rcompliance: 5/7 journeys audited\rcompliance: 6/7 journeys audited"
                + "\rcompliance: 7/7 journeys audited\n");
        assertThat(run.out()).startsWith("Compliance: 7 journeys x 45 rules, profile recommended\n\n  J1   bank-card-loss 2026\n")
                .contains("\nMost broken rules\n  coverage/assisted-only: failed by 6 of 7");
        for (String format : List.of("markdown", "json", "text", "csv")) {
            assertThat(CliRun.run("compliance", "../samples", "--as-of", "2026-11-22", "--format", format).err()).isEmpty();
        }
        assertThat(CliRun.run("compliance", "../samples", "--as-of", "2026-11-22", "--format", "markdown").out())
                .startsWith("# Compliance report\n\n7 journeys against 45 rules, profile `recommended`.\n");
    }
}
