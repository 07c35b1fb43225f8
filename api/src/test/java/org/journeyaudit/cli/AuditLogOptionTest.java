package org.journeyaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code audit --log}: a journey audited with what its event log shows against the design. */
class AuditLogOptionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DASHCAM = "../samples/dashcam-warranty-repair.yaml";
    private static final String LOG = "../samples/evidence/tickets.csv";
    private static final String MAPPING = "../samples/evidence/mapping.yaml";

    @Test
    void theEvidenceRulesJoinTheAuditAndTheUnreadRowsAreCounted() {
        CliRun run = CliRun.run("audit", DASHCAM, "--log", LOG, "--mapping", MAPPING, "--as-of", "2026-11-22", "--format", "json");
        assertThat(run.exitCode()).as("three stages over their standard are errors").isEqualTo(ExitCode.FINDINGS);
        assertThat(run.err()).isEqualTo(LOG + ": 6 rows could not be read and were left out ('journey-audit evidence' lists them)\n"
                + LOG + ": 3 handle times could not be read; their contacts are counted without them ('journey-audit evidence' lists them)\n");
        assertThat(evidenceFindings(run.out())).containsExactly(
                "evidence/handle-time-drift fill-form",
                "evidence/unforeseen-switch fill-form",
                "evidence/sla-breach delivery-diagnostics",
                "evidence/unrecorded-step delivery-diagnostics",
                "evidence/sla-breach agree-decision",
                "evidence/undesigned-handoff agree-decision",
                "evidence/undesigned-handoff agree-decision",
                "evidence/sla-breach repair",
                "evidence/unforeseen-switch repair",
                "evidence/unrecorded-step return-device");
        assertThat(JSON.readTree(run.out()).path("summary").path("findings").asInt()).isEqualTo(22);

        CliRun withoutLog = CliRun.run("audit", DASHCAM, "--as-of", "2026-11-22", "--format", "json");
        assertThat(evidenceFindings(withoutLog.out())).isEmpty();
        assertThat(JSON.readTree(withoutLog.out()).path("summary").path("findings").asInt()).isEqualTo(12);
    }

    @Test
    void aLogBelongsToOneJourneyAndAMappingToALog() {
        CliRun directory = CliRun.run("audit", "../samples", "--log", LOG);
        assertThat(directory.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(directory.err()).startsWith(
                "journey-audit: --log is the event log of one journey: give one journey document, not a directory\n");
        CliRun two = CliRun.run("audit", DASHCAM, "../samples/bank-card-loss.yaml", "--log", LOG);
        assertThat(two.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(two.err()).startsWith("journey-audit: --log is the event log of one journey: give one journey document, not 2 documents\n");
        CliRun mappingAlone = CliRun.run("audit", DASHCAM, "--mapping", MAPPING);
        assertThat(mappingAlone.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(mappingAlone.err()).startsWith(
                "journey-audit: --mapping says how an event log maps to the journey: give the log with --log\n");
    }

    @Test
    void aLogOrMappingThatCannotBeReadIsRefusedWithWhereItFailed() {
        CliRun missing = CliRun.run("audit", DASHCAM, "--log", "../samples/evidence/none.csv");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err()).isEqualTo("../samples/evidence/none.csv cannot be read as an event log:\n"
                + "../samples/evidence/none.csv: no such file\n");
        CliRun notAMapping = CliRun.run("audit", DASHCAM, "--log", LOG, "--mapping", LOG);
        assertThat(notAMapping.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(notAMapping.err()).startsWith(LOG + " is not a valid evidence mapping:\n"
                + LOG + ":5:34: not well-formed YAML: mapping values are not allowed here");
    }

    private static List<String> evidenceFindings(String json) {
        List<String> found = new ArrayList<>();
        for (JsonNode finding : JSON.readTree(json).path("findings")) {
            if (finding.path("ruleId").asString().startsWith("evidence/")) {
                found.add(finding.path("ruleId").asString() + " " + finding.path("stage").asString());
            }
        }
        return found;
    }
}
