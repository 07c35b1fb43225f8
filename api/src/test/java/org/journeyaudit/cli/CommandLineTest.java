package org.journeyaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CommandLineTest {

    @Test
    void validateListsEveryProblemAndExitsThreeWhenAnyDocumentIsInvalid(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"id\": \"j\", \"stages\": [{\"id\": \"s\", \"touchpoints\": [{\"channel\": \"web\", \"status\": \"present\"}]}]}");
        CliRun run = CliRun.run("validate", "../samples/retail-defective-goods.yaml", broken.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.out()).isEqualTo("../samples/retail-defective-goods.yaml: valid\n"
                + broken + ":1:64: /stages/0/touchpoints/0/channel: unknown channel 'web'; the journey declares no channels under 'channels'\n"
                + broken + ": 1 problem\n");

        CliRun json = CliRun.run("validate", "--format", "json", broken.toString());
        JsonNode problem = JsonMapper.builder().build().readTree(json.out()).get(0).path("problems").get(0);
        assertThat(problem.path("pointer").asString()).isEqualTo("/stages/0/touchpoints/0/channel");
        assertThat(problem.path("path").asString()).isEqualTo("stages[0].touchpoints[0].channel");
        assertThat(problem.path("line").asInt()).isEqualTo(1);
        assertThat(problem.path("column").asInt()).isEqualTo(64);
    }

    @Test
    void validateAcceptsEverySample() {
        CliRun run = CliRun.run("validate", "../samples");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out().lines()).hasSize(7).allMatch(line -> line.endsWith(": valid"));
    }

    @Test
    void rulesListsTheCatalogueAndShowsOneRulesDocumentation() {
        CliRun list = CliRun.run("rules");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("handoff\n  handoff/callback-window");
        assertThat(list.out()).contains("  handoff/ping-pong                  warning  Work bounces back to an actor who passed it on\n");
        assertThat(list.out()).endsWith("45 rules. 'journey-audit rules show ID' shows one rule's documentation.\n");

        CliRun show = CliRun.run("rules", "show", "handoff/excess");
        assertThat(show.exitCode()).isZero();
        assertThat(show.out()).startsWith("handoff/excess: Too many handoffs in a stage\nDefault severity: warning\nParameters:\n  max = 3");
        assertThat(show.out()).contains("## Why it matters\n", "## Compliant example\n");
    }

    @Test
    void anUnknownRuleIsAUsageErrorWithTheNearestId() {
        CliRun run = CliRun.run("rules", "show", "handoff/pingpong");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("journey-audit: unknown rule 'handoff/pingpong'; did you mean 'handoff/ping-pong'?\n");
    }

    @Test
    void usageErrorsExitTwoWithAMessageAndNoStackTrace() {
        CliRun badDate = CliRun.run("audit", "../samples", "--as-of", "22.11.2026");
        assertThat(badDate.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(badDate.err()).startsWith("journey-audit: --as-of: '22.11.2026' is not a date; write it as YYYY-MM-DD\n");
        assertThat(badDate.err()).doesNotContain("Exception", "\tat ");

        CliRun badFormat = CliRun.run("audit", "../samples", "--format", "pdf");
        assertThat(badFormat.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(badFormat.err()).startsWith("journey-audit: Invalid value for option '--format': expected one of [TEXT, JSON, MARKDOWN, HTML, SARIF, JUNIT, XLSX]");

        CliRun noFile = CliRun.run("audit");
        assertThat(noFile.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(noFile.err()).startsWith("journey-audit: Missing required parameter: 'FILE|DIR'");

        CliRun noCommand = CliRun.run();
        assertThat(noCommand.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(noCommand.err()).startsWith("journey-audit: missing command (audit, validate, rules, serve, impact, diff, compliance, evidence, baseline, import, export, push, pull, history, registry-export or registry-import)\nUsage: journey-audit");
    }

    @Test
    void helpDocumentsTheExitCodes() {
        CliRun run = CliRun.run("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Exit codes:", "  2  usage error (also: -o names an input of the command)\n",
                "  3  invalid input (a document is invalid or cannot be read, a journey is\n"
                        + "     over the audit budget, or the report cannot be written)\n", "  4  internal error");
    }

    @Test
    void theHelpListsEveryCommandInOrder() {
        CliRun run = CliRun.run("--help");

        assertThat(run.out()).containsSubsequence("Commands:", "  audit ", "  validate ", "  rules ", "  serve ", "  impact ",
                "  diff ", "  compliance ");
    }

    /** Only the command asked for is built; what it prints, and its exit code, are what the whole command line gives. */
    @Test
    void aCommandBuiltAloneAnswersAsTheWholeCommandLineDoes() {
        for (String[] args : new String[][] {
                {"audit", "--help"}, {"audit", "--as-of", "2026-11-22", "../samples/retail-defective-goods.yaml"},
                {"audit", "--format", "yaml", "../samples/retail-defective-goods.yaml"}, {"rules", "list"},
                {"validate", "../samples/no-such-journey.yaml"}, {"serve", "--help"}, {"audti", "x.yaml"}}) {
            assertThat(CliRun.run(args)).as(String.join(" ", args)).isEqualTo(CliRun.runWithEveryCommand(args));
        }
        assertThat(CliRun.run("audti", "x.yaml").err()).isEqualTo("""
                journey-audit: Unmatched arguments from index 0: 'audti', 'x.yaml'
                Try 'journey-audit --help' for usage.
                """);
    }
}
