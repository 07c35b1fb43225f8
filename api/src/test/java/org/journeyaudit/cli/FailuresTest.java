package org.journeyaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.journeyaudit.engine.audit.AuditTooLargeException;
import org.journeyaudit.engine.audit.InvalidRequestException;
import org.journeyaudit.engine.audit.RequestField;
import org.journeyaudit.engine.audit.RequestProblem;
import org.journeyaudit.engine.document.DocPath;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.Location;
import org.journeyaudit.engine.document.Problem;
import org.journeyaudit.engine.rulebase.RulePackException;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The one mapping of the command line from what went wrong to its exit code, with what it says. */
class FailuresTest {

    private final StringWriter err = new StringWriter();
    private final CommandLine audit = Cli.create(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
            .getSubcommands().get("audit");

    private record Reported(int exitCode, String err) {
    }

    private Reported report(Exception failure) {
        int exitCode = Failures.report(failure, audit);
        return new Reported(exitCode, err.toString());
    }

    @Test
    void aWrongCommandLineIsAUsageError() {
        assertThat(report(new ParameterException(audit, "-o claim.yaml would overwrite claim.yaml, an input of this command")))
                .isEqualTo(new Reported(ExitCode.USAGE, "journey-audit: -o claim.yaml would overwrite claim.yaml, an input of this command\n"
                        + "Try 'journey-audit audit --help' for usage.\n"));
    }

    @Test
    void anInvalidRequestIsAUsageErrorWithEachProblemAtItsOption() {
        Reported reported = report(new InvalidRequestException(List.of(
                new RequestProblem(RequestField.LANGUAGE, null, "fr", "'fr' is not a language reports are written in; expected one of: en, ru",
                        List.of("en", "ru")),
                new RequestProblem(RequestField.PARAMETER, "handoff/excess.max", "x", "a threshold must be between 0 and 1,000,000, found 'x'",
                        List.of()))));

        assertThat(reported).isEqualTo(new Reported(ExitCode.USAGE,
                "journey-audit: --lang: 'fr' is not a language reports are written in; expected one of: en, ru\n"
                        + "journey-audit: --param handoff/excess.max: a threshold must be between 0 and 1,000,000, found 'x'\n"
                        + "Try 'journey-audit audit --help' for usage.\n"));
    }

    @Test
    void everyPartOfARequestIsNamedByItsOption() {
        assertThat(List.of(RequestField.values())).extracting(Failures::option).containsExactly(
                "--as-of", "--fail-on", "--profile", "--param", "--effort", "--lang", "--max-audit-seconds", "--max-rule-firings");
    }

    @Test
    void aDocumentThatCannotBeUsedIsInvalidInputListedProblemByProblem() {
        InvalidDocumentException checks = new InvalidDocumentException("team.yaml", InvalidDocumentException.Kind.INVALID,
                List.of(Problem.at(DocPath.ROOT.field("checks").index(1).field("severity"), new Location(10, 15),
                        "'fatal' is not a valid severity; expected one of: error, warning, info")), "checks document");

        assertThat(report(new InvalidInput(Refusal.CHECKS, checks))).isEqualTo(new Reported(ExitCode.INVALID_INPUT,
                "team.yaml is not a valid checks file:\n"
                        + "team.yaml:10:15: checks[1].severity: 'fatal' is not a valid severity; expected one of: error, warning, info\n"));
    }

    @Test
    void aRulePackThatCannotBeLoadedIsInvalidInput() {
        assertThat(report(new RulePackException(List.of("/opt/packs/copc/copc/late.md: missing the heading '## How to fix it'"))))
                .isEqualTo(new Reported(ExitCode.INVALID_INPUT, "/opt/packs/copc/copc/late.md: missing the heading '## How to fix it'\n"
                        + "journey-audit: a rule pack cannot be loaded (see above); nothing was run\n"));
    }

    @Test
    void aJourneyOverTheBudgetIsInvalidInputNamingItsFile() {
        AuditTooLargeException tooLarge = new AuditTooLargeException("claim",
                "the audit of journey 'claim' needed more than 5 rule firings, the most one audit may spend; it was stopped");

        assertThat(report(new JourneyTooLarge("claim.yaml", tooLarge))).isEqualTo(new Reported(ExitCode.INVALID_INPUT,
                "journey-audit: claim.yaml: the audit of journey 'claim' needed more than 5 rule firings, the most one audit may spend; "
                        + "it was stopped\n"));
    }

    @Test
    void anAuditOverTheBudgetWithoutItsFileIsInvalidInput() {
        assertThat(report(new AuditTooLargeException("claim", "the audit of journey 'claim' took longer than 1 s; it was stopped")))
                .isEqualTo(new Reported(ExitCode.INVALID_INPUT,
                        "journey-audit: the audit of journey 'claim' took longer than 1 s; it was stopped\n"));
    }

    @Test
    void aReportThatCannotBeWrittenIsInvalidInput() {
        assertThat(report(new ReportNotWritten(Path.of("out/report.json"), "the directory out does not exist")))
                .isEqualTo(new Reported(ExitCode.INVALID_INPUT, "journey-audit: cannot write out/report.json: the directory out does not exist\n"));
    }

    @Test
    void anythingElseIsAnInternalError() {
        assertThat(report(new IllegalStateException("the knowledge base has no session")))
                .isEqualTo(new Reported(ExitCode.INTERNAL_ERROR, "journey-audit: internal error: the knowledge base has no session\n"));
        StringWriter nameOnly = new StringWriter();
        CommandLine quiet = Cli.create(new PrintWriter(new StringWriter(), true), new PrintWriter(nameOnly, true));
        assertThat(Failures.report(new NullPointerException(), quiet)).isEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(nameOnly.toString()).isEqualTo("journey-audit: internal error: NullPointerException\n");
    }

    @Test
    void theVirtualMachinesOwnLimitsAreInternalErrors() {
        StringWriter exhausted = new StringWriter();
        assertThat(Failures.exhausted(new OutOfMemoryError("Java heap space"), new PrintWriter(exhausted, true))).isEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(Failures.exhausted(new StackOverflowError(), new PrintWriter(exhausted, true))).isEqualTo(ExitCode.INTERNAL_ERROR);
        assertThat(exhausted.toString()).isEqualTo(
                "journey-audit: internal error: the Java virtual machine ran out of memory (give it more with -Xmx)\n"
                        + "journey-audit: internal error: the Java virtual machine ran out of stack\n");
    }

    @Test
    void theOutcomesOfACommandAreTheirOwnCodes() {
        assertThat(CliRun.run("audit", "../samples/insurance-insured-event.yaml", "--as-of", "2026-11-22", "--fail-on", "never").exitCode())
                .isEqualTo(ExitCode.OK);
        assertThat(CliRun.run("audit", "../samples/retail-defective-goods.yaml", "--as-of", "2026-11-22", "--fail-on", "info").exitCode())
                .isEqualTo(ExitCode.FINDINGS);
        assertThat(List.of(ExitCode.OK, ExitCode.FINDINGS, ExitCode.USAGE, ExitCode.INVALID_INPUT, ExitCode.INTERNAL_ERROR))
                .containsExactly(0, 1, 2, 3, 4);
    }
}
