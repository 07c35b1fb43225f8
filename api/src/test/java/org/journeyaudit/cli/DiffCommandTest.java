package org.journeyaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DiffCommandTest {

    private static final String BEFORE = "../samples/complaint-handling-before.yaml";
    private static final String AFTER = "../samples/complaint-handling-after.yaml";
    private static final String INSURANCE = "../samples/insurance-insured-event.yaml";
    private static final String MESSENGER = "../samples/changes/after/insurance-insured-event.yaml";

    @Test
    void theComplaintBackstageIsBetterAndTheReportSaysWhy() {
        CliRun run = CliRun.run("diff", BEFORE, AFTER, "--as-of", "2026-11-22");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("""
                Journey comparison: Complaint handling (complaint-handling), before -> after
                As of 2026-11-22

                Verdict: BETTER
                  + 9 findings resolved (5 warnings, 4 info)
                  + steps 10 -> 5
                  + handoffs 6 -> 2
                  + ping-pong returns 3 -> 0
                  + handling minutes 60 -> 34

                Measures
                                           before      after     change
                  stages                        1          1          0
                  steps                        10          5         -5
                  handoffs                      6          2         -4
                  ping-pong returns             3          0         -3
                  customer requests             1          1          0
                  handling minutes             60         34        -26
                  waiting minutes               0          0          0
                  annual savings potential: not priced -> not priced
                """);
        assertThat(run.out()).contains("""
                Findings introduced (0)
                  none
                """);
        assertThat(run.out()).contains("""
                  WARNING F4       handoff/ping-pong  [stage file-complaint]
                                 In stage 'file-complaint' the work comes back to 2L 2 times after 2L passed it on (from 3L, supervisor)
                """);
    }

    @Test
    void introducedFindingsAtOrAboveFailOnMakeTheExitCodeOne() {
        CliRun run = CliRun.run("diff", INSURANCE, MESSENGER, "--as-of", "2026-11-22");
        assertThat(run.exitCode()).as("the messenger introduces errors, and error is the default").isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).contains("""
                Verdict: MIXED
                  + 3 coverage cells gained: get-advice@messenger, check-status@messenger, learn-decision@messenger
                  - 4 findings introduced (1 error, 3 warnings)
                """);
        assertThat(CliRun.run("diff", INSURANCE, MESSENGER, "--as-of", "2026-11-22", "--fail-on", "never").exitCode())
                .isEqualTo(ExitCode.OK);
        // findings already there before fail nothing: only what the after version introduces counts
        assertThat(CliRun.run("diff", INSURANCE, INSURANCE, "--as-of", "2026-11-22", "--fail-on", "info").exitCode())
                .isEqualTo(ExitCode.OK);
        assertThat(CliRun.run("diff", BEFORE, AFTER, "--as-of", "2026-11-22", "--fail-on", "info").exitCode())
                .isEqualTo(ExitCode.OK);
    }

    @Test
    void theJsonReportKeepsThePublicFieldNames() {
        CliRun run = CliRun.run("diff", INSURANCE, MESSENGER, "--as-of", "2026-11-22", "--format", "json", "--fail-on", "warning");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        assertThat(report.get("before").get("journey").get("version").asString()).isEqualTo("2025");
        assertThat(report.get("after").get("journey").get("version").asString()).isEqualTo("2027 messenger");
        assertThat(report.get("asOf").asString()).isEqualTo("2026-11-22");
        assertThat(report.get("verdict").asString()).isEqualTo("mixed");
        assertThat(report.get("reasons").get("worse").get(0).asString()).isEqualTo("4 findings introduced (1 error, 3 warnings)");
        assertThat(report.get("findings").get("introduced")).extracting(f -> f.get("ruleId").asString()).containsExactly(
                "consistency/conflicting-info", "coverage/forced-switch", "coverage/missing-channel", "consistency/missing-info");
        assertThat(report.get("findings").get("changed").get(0).get("differences").get(0).asString())
                .isEqualTo("assistedChannels [chat, email, phone] -> [chat, email, messenger, phone]");
        assertThat(report.get("findings").get("unchanged")).hasSize(8);
        assertThat(report.get("coverage").get("gained")).extracting(JsonNode::asString)
                .containsExactly("get-advice@messenger", "check-status@messenger", "learn-decision@messenger");
        assertThat(report.get("measures").get(1).get("name").asString()).isEqualTo("steps");
        assertThat(report.get("annualSavings").get("comparable").asBoolean()).isFalse();
        assertThat(report.get("outcome").get("failOn").asString()).isEqualTo("warning");
        assertThat(report.get("outcome").get("failed").asBoolean()).isTrue();
    }

    @Test
    void markdownShowsEveryFindingWithItsStatus() {
        CliRun run = CliRun.run("diff", BEFORE, AFTER, "--as-of", "2026-11-22", "--format", "markdown");
        assertThat(run.out()).startsWith("# Journey comparison: Complaint handling\n\nJourney `complaint-handling`, before -> after, "
                + "both audited as of 2026-11-22.\n\n## Verdict: better\n\n- Better: 9 findings resolved (5 warnings, 4 info)\n");
        assertThat(run.out()).contains("| resolved | F9 |  | warning | `redundancy/relay-step` | file-complaint | Step 'forward-to-3l': "
                + "2L only passes the work from supervisor to 3L; route it directly |\n");
        assertThat(run.out()).contains("| unchanged | F1 | F1 | info | `coverage/assisted-only` | file-complaint |");
    }

    @Test
    void anInvalidVersionIsListedAndNothingIsCompared(@TempDir Path dir) throws Exception {
        Path after = dir.resolve("after.yaml");
        Files.writeString(after, "id: complaint-handling\nstages: [{id: s, stepz: []}]\n");
        CliRun run = CliRun.run("diff", BEFORE, after.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(after + " is invalid and was not compared:\n"
                + after + ":2:18: stages[0].stepz: unknown field 'stepz'; did you mean 'steps'?\n");
    }

    @Test
    void diffTakesExactlyTwoFilesAndNoDirectory(@TempDir Path dir) {
        String usage = "Try 'journey-audit diff --help' for usage.\n";
        CliRun directories = CliRun.run("diff", "../samples", "../samples");
        assertThat(directories.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(directories.out()).isEmpty();
        assertThat(directories.err()).isEqualTo("journey-audit: diff compares exactly two journey files, BEFORE and AFTER; "
                + "../samples is a directory\n" + usage);

        CliRun one = CliRun.run("diff", BEFORE);
        assertThat(one.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(one.err()).isEqualTo("journey-audit: diff compares exactly two journey files, BEFORE and AFTER; given 1: "
                + BEFORE + "\n" + usage);

        CliRun three = CliRun.run("diff", BEFORE, AFTER, INSURANCE);
        assertThat(three.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(three.err()).isEqualTo("journey-audit: diff compares exactly two journey files, BEFORE and AFTER; given 3: "
                + BEFORE + ", " + AFTER + ", " + INSURANCE + "\n" + usage);

        CliRun none = CliRun.run("diff", "-o", dir.resolve("diff.md").toString());
        assertThat(none.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(none.err()).isEqualTo("journey-audit: diff compares exactly two journey files, BEFORE and AFTER; none was given\n" + usage);
        assertThat(dir.resolve("diff.md")).doesNotExist();
    }

    @Test
    void withLangRuTheVerdictsReasonsAreInRussian() {
        CliRun run = CliRun.run("diff", INSURANCE, MESSENGER, "--as-of", "2026-11-22", "--lang", "ru");
        assertThat(run.out()).contains("""
                  + добавлены 3 ячейки покрытия: get-advice@messenger, check-status@messenger, learn-decision@messenger
                  - появились 4 замечания (1 ошибка, 3 предупреждения)
                """);
    }
}
