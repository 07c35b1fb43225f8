package org.journeyaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BaselineCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DEFECTIVE_GOODS = "../samples/retail-defective-goods.yaml";

    /** Two of the sample's four findings, and one of a flaw since fixed. */
    private static final String PARTIAL = """
            findings:
              - rule: redundancy/unused-output
                journey: retail-defective-goods
                elements: [step:review-photo, item:defect.photoChecked]
              - rule: coverage/assisted-only
                journey: retail-defective-goods
                elements: ["stage:file-claim"]
              - rule: handoff/ping-pong
                journey: retail-defective-goods
                elements: [step:take-call, step:review-photo]
            """;

    @TempDir
    Path dir;

    @Test
    void createWritesTheFindingsKeyedByRuleJourneyAndSortedElements() throws Exception {
        Path baseline = dir.resolve("baseline.yaml");
        CliRun run = CliRun.run("baseline", "create", DEFECTIVE_GOODS, "--as-of", "2026-11-22", "-o", baseline.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("Report written to " + baseline + "\n");
        assertThat(Files.readString(baseline)).isEqualTo("""
                # Known findings: an audit with --baseline lists them apart and fails only on new ones.
                findings:
                  - rule: "coverage/assisted-only"
                    journey: "retail-defective-goods"
                    elements: ["stage:file-claim"]
                  - rule: "redundancy/recontact"
                    journey: "retail-defective-goods"
                    elements: ["step:ask-photo"]
                  - rule: "redundancy/unused-output"
                    journey: "retail-defective-goods"
                    elements: ["item:defect.photo", "step:ask-photo", "step:review-photo"]
                  - rule: "redundancy/unused-output"
                    journey: "retail-defective-goods"
                    elements: ["item:defect.photoChecked", "step:review-photo"]
                """);
        CliRun audit = CliRun.run("audit", DEFECTIVE_GOODS, "--as-of", "2026-11-22", "--baseline", baseline.toString(), "--fail-on", "info");
        assertThat(audit.exitCode()).as("every finding is known").isEqualTo(ExitCode.OK);
        assertThat(audit.out()).contains("  0 findings: 0 errors, 0 warnings, 0 info; 4 baselined\n");
    }

    @Test
    void onlyNewFindingsFailAndBaselinedOnesAreListedApartInEveryFormat() throws Exception {
        Path baseline = dir.resolve("baseline.yaml");
        Files.writeString(baseline, PARTIAL);

        CliRun text = CliRun.run("audit", DEFECTIVE_GOODS, "--as-of", "2026-11-22", "--baseline", baseline.toString(), "--fail-on", "warning");
        assertThat(text.exitCode()).as("two new warnings").isEqualTo(ExitCode.FINDINGS);
        assertThat(text.out()).contains("  2 findings: 0 errors, 2 warnings, 0 info; 2 baselined\n").contains("""
                Baselined findings (known when the baseline was made; not counted above)
                    INFO    F1   coverage/assisted-only  [stage file-claim]
                                 Stage 'file-claim' is served only by people (phone), 13,700 contacts a month: a candidate for self-service
                    WARNING F4   redundancy/unused-output  [stage file-claim]
                                 Step 'review-photo' produces defect.photoChecked, which no later step or decision uses: the work can be dropped
                """);
        assertThat(CliRun.run("audit", DEFECTIVE_GOODS, "--as-of", "2026-11-22", "--baseline", baseline.toString(), "--fail-on", "error")
                .exitCode()).isEqualTo(ExitCode.OK);

        JsonNode json = JSON.readTree(CliRun.run("audit", DEFECTIVE_GOODS, "--as-of", "2026-11-22", "--baseline", baseline.toString(),
                "--format", "json", "--fail-on", "warning").out());
        assertThat(json.at("/summary/findings").asInt()).isEqualTo(2);
        assertThat(json.at("/summary/baselined").asInt()).isEqualTo(2);
        assertThat(json.get("baselined").findValuesAsString("id")).containsExactly("F1", "F4");
        assertThat(json.get("findings").findValuesAsString("id")).containsExactly("F2", "F3");
        assertThat(json.at("/outcome/failed").asBoolean()).isTrue();

        String markdown = CliRun.run("audit", DEFECTIVE_GOODS, "--as-of", "2026-11-22", "--baseline", baseline.toString(), "--format", "markdown").out();
        assertThat(markdown).contains("""
                ## Baselined findings

                Known when the baseline was made; not counted above. Only new findings fail the audit.

                | Id | Severity | Rule | Stage | Finding | Elements |
                |---|---|---|---|---|---|
                | F1 | info | `coverage/assisted-only` | file-claim | Stage 'file-claim' is served only by people (phone), 13,700 contacts a month: a candidate for self-service | `stage:file-claim` |
                """);
        String html = CliRun.run("audit", DEFECTIVE_GOODS, "--as-of", "2026-11-22", "--baseline", baseline.toString(), "--format", "html").out();
        assertThat(html).contains("\"baselined\":[{\"id\":\"F1\"");

        JsonNode sarif = JSON.readTree(CliRun.run("audit", DEFECTIVE_GOODS, "--as-of", "2026-11-22", "--baseline", baseline.toString(),
                "--format", "sarif").out());
        assertThat(sarif.at("/runs/0/results").size()).isEqualTo(4);
        assertThat(sarif.at("/runs/0/results/2/properties/finding").asString()).isEqualTo("F1");
        assertThat(sarif.at("/runs/0/results/2/suppressions/0/kind").asString()).isEqualTo("external");
        assertThat(sarif.at("/runs/0/results/2/suppressions/0/justification").asString())
                .isEqualTo("In the baseline: a known finding, accepted when the baseline was made; only new findings fail the audit");

        String junit = CliRun.run("audit", DEFECTIVE_GOODS, "--as-of", "2026-11-22", "--baseline", baseline.toString(), "--format", "junit").out();
        assertThat(junit).contains("""
                    <testcase classname="retail-defective-goods" name="coverage/assisted-only">
                      <skipped message="every finding of this rule is accepted (suppressed or in the baseline): F1"/>
                    </testcase>
                """).contains("<testcase classname=\"retail-defective-goods\" name=\"redundancy/unused-output\">\n      <failure type=\"warning\"");
    }

    @Test
    void pruneDropsEntriesThatMatchNoFindingAndSaysHowMany() throws Exception {
        Path baseline = dir.resolve("baseline.yaml");
        Files.writeString(baseline, PARTIAL + """
                  - rule: handoff/ping-pong
                    journey: another-journey
                    elements: [step:a, step:b]
                """);

        CliRun run = CliRun.run("baseline", "prune", baseline.toString(), DEFECTIVE_GOODS, "--as-of", "2026-11-22");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("Dropped 1 entry no longer matching a finding; 3 entries kept in " + baseline + "\n");
        assertThat(Files.readString(baseline)).isEqualTo("""
                # Known findings: an audit with --baseline lists them apart and fails only on new ones.
                findings:
                  - rule: "redundancy/unused-output"
                    journey: "retail-defective-goods"
                    elements: ["item:defect.photoChecked", "step:review-photo"]
                  - rule: "coverage/assisted-only"
                    journey: "retail-defective-goods"
                    elements: ["stage:file-claim"]
                  - rule: "handoff/ping-pong"
                    journey: "another-journey"
                    elements: ["step:a", "step:b"]
                """);
        assertThat(CliRun.run("baseline", "prune", baseline.toString(), DEFECTIVE_GOODS, "--as-of", "2026-11-22", "--lang", "ru").out())
                .isEqualTo("Удалены записи, которым больше не соответствует ни одно замечание: 0 записей; в " + baseline + " осталось: 3 записи\n");
    }

    @Test
    void anInvalidOrMissingBaselineIsRefusedWithItsPlaceNotATrace() throws Exception {
        Path baseline = dir.resolve("baseline.yaml");
        Files.writeString(baseline, """
                findings:
                  - rule: redundancy/recontact
                    elements: step:ask-photo
                """);

        CliRun invalid = CliRun.run("audit", DEFECTIVE_GOODS, "--as-of", "2026-11-22", "--baseline", baseline.toString());
        assertThat(invalid.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(invalid.out()).isEmpty();
        assertThat(invalid.err()).isEqualTo(baseline + " is not a valid baseline:\n"
                + baseline + ":2:5: findings[0]: missing required field 'journey'\n"
                + baseline + ":3:15: findings[0].elements: expected a list, found the text \"step:ask-photo\"\n");

        CliRun missing = CliRun.run("audit", DEFECTIVE_GOODS, "--as-of", "2026-11-22", "--baseline", dir.resolve("none.yaml").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        Path none = dir.resolve("none.yaml");
        assertThat(missing.err()).isEqualTo(none + " is not a valid baseline:\n" + none + ": no such file\n");
    }
}
