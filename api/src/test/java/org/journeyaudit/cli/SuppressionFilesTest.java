package org.journeyaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SuppressionFilesTest {

    @TempDir
    Path dir;

    @Test
    void aSuppressionsFileBesideAJourneyIsReadWithItAndNotAuditedAsAJourney() throws Exception {
        Files.copy(Path.of("../samples/insurance-insured-event.yaml"), dir.resolve("insurance.yaml"));
        Files.writeString(dir.resolve("insurance.suppressions.yaml"), """
                suppressions:
                  - rule: consistency/outcome-mismatch
                    element: journey:insurance-insured-event
                    reason: Chat can only register the claim; the decision is given by phone by law
                    expires: 2027-03-31
                """);
        CliRun run = CliRun.run("audit", dir.toString(), "--as-of", "2026-11-22", "--format", "json");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).as("the remaining error, conflicting-info, still fails").isEqualTo(ExitCode.FINDINGS);
        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        assertThat(report.path("portfolio").path("journeys").asInt()).isEqualTo(1);
        JsonNode audit = report.path("reports").get(0);
        assertThat(audit.path("summary").path("findings").asInt()).isEqualTo(10);
        assertThat(audit.path("summary").path("suppressed").asInt()).isEqualTo(1);
        assertThat(audit.path("suppressed").findValuesAsString("id")).containsExactly("S1");
        assertThat(audit.path("suppressed").get(0).path("suppression").path("origin").asString())
                .isEqualTo(dir.resolve("insurance.suppressions.yaml") + ":2");
    }

    @Test
    void anInvalidSuppressionsFileIsInvalidInputUnderItsOwnName() throws Exception {
        Files.copy(Path.of("../samples/retail-defective-goods.yaml"), dir.resolve("retail.yaml"));
        Path sidecar = Files.writeString(dir.resolve("retail.suppressions.yaml"), "suppressions:\n  - {rule: coverage/assisted-only, element: stage:file-claim}\n");
        CliRun run = CliRun.run("audit", dir.resolve("retail.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).isEqualTo(sidecar + " is invalid and was not audited:\n" + sidecar
                + ":2:5: suppressions[0]: missing required field 'reason'\n");
    }
}
