package org.journeyaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --max-audit-seconds} and {@code --max-rule-firings}: a journey over the budget stops the command with exit code 3. */
class AuditBudgetOptionsTest {

    private static final String RETAIL = "../samples/retail-defective-goods.yaml";
    private static final String BEFORE = "../samples/complaint-handling-before.yaml";
    private static final String AFTER = "../samples/complaint-handling-after.yaml";

    private static String overFiveFirings(String file, String journeyId) {
        return "journey-audit: " + file + ": the audit of journey '" + journeyId + "' needed more than 5 rule firings, "
                + "the most one audit may spend; it was stopped\n";
    }

    @Test
    void anAuditOverTheFiringBudgetIsRefusedWithTheFileAndExitCodeThree(@TempDir Path dir) {
        Path report = dir.resolve("report.md");
        CliRun run = CliRun.run("audit", RETAIL, "--as-of", "2026-11-22", "--max-rule-firings", "5", "-o", report.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(overFiveFirings(RETAIL, "retail-defective-goods"));
        assertThat(Files.exists(report)).as("no report that leaves a journey out").isFalse();
    }

    @Test
    void aPortfolioStopsAtTheFirstJourneyOverTheBudget() {
        CliRun run = CliRun.run("audit", "../samples", "--as-of", "2026-11-22", "--max-rule-firings", "5");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(overFiveFirings("../samples/bank-card-loss.yaml", "bank-card-loss"));
    }

    @Test
    void diffAndComplianceTakeTheBudgetToo() {
        CliRun diff = CliRun.run("diff", BEFORE, AFTER, "--as-of", "2026-11-22", "--max-rule-firings", "5");
        assertThat(diff.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(diff.out()).isEmpty();
        assertThat(diff.err()).isEqualTo(overFiveFirings(BEFORE, "complaint-handling"));

        CliRun compliance = CliRun.run("compliance", RETAIL, "--as-of", "2026-11-22", "--max-rule-firings", "5");
        assertThat(compliance.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(compliance.out()).isEmpty();
        assertThat(compliance.err()).isEqualTo(overFiveFirings(RETAIL, "retail-defective-goods"));
    }

    @Test
    void aBudgetLargeEnoughChangesNothing() {
        CliRun within = CliRun.run("audit", RETAIL, "--as-of", "2026-11-22", "--max-audit-seconds", "60", "--max-rule-firings", "100000");
        CliRun byDefault = CliRun.run("audit", RETAIL, "--as-of", "2026-11-22");
        assertThat(within.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(within.out()).isEqualTo(byDefault.out());
    }

    @Test
    void aBudgetThatIsNotAPositiveWholeNumberIsAUsageError() {
        assertUsageError(CliRun.run("audit", RETAIL, "--max-rule-firings", "0"),
                "journey-audit: --max-rule-firings: '0' is not a positive whole number\n", "audit");
        assertUsageError(CliRun.run("diff", BEFORE, AFTER, "--max-rule-firings", "-3"),
                "journey-audit: --max-rule-firings: '-3' is not a positive whole number\n", "diff");
        assertUsageError(CliRun.run("compliance", RETAIL, "--max-audit-seconds", "ten"),
                "journey-audit: --max-audit-seconds: 'ten' is not a whole number\n", "compliance");
        assertUsageError(CliRun.run("audit", RETAIL, "--max-audit-seconds", "0"),
                "journey-audit: --max-audit-seconds: '0' is not a positive whole number\n", "audit");
        assertUsageError(CliRun.run("audit", RETAIL, "--max-audit-seconds", "86401"),
                "journey-audit: --max-audit-seconds: '86401' is more than 86400 seconds (a day)\n", "audit");
    }

    private static void assertUsageError(CliRun run, String message, String command) {
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(message + "Try 'journey-audit " + command + " --help' for usage.\n");
    }
}
