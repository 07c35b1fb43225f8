package org.journeyaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.audit.FailOn;
import org.journeyaudit.engine.compare.JourneyComparator;
import org.journeyaudit.engine.compare.JourneyComparison;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.report.ComparisonReport;
import org.journeyaudit.engine.report.HtmlReport;
import org.journeyaudit.engine.report.JsonReport;
import org.journeyaudit.engine.report.TextReport;
import org.journeyaudit.engine.rulebase.RuleBase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compares two versions of a journey: audits both as of the same date and reports the findings resolved, "
                + "introduced, changed and unchanged, the change in steps, handoffs, ping-pongs, coverage, customer requests and "
                + "savings potential, and a verdict (better, worse, mixed or unchanged) with its reasons.",
                "Exit code 1 when the after version introduces a finding at or above --fail-on; 3 when a document is invalid."})
final class DiffCommand implements Callable<Integer> {

    /** Taken as a list so that a wrong count is reported with what was given. */
    @Parameters(arity = "0..*", paramLabel = "BEFORE AFTER",
            description = "Two journey files (YAML or JSON): the journey as it is, then as it will be.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json, markdown or html (the two versions side by side; default: ${DEFAULT-VALUE}).")
    DiffFormat format;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "SEVERITY",
            description = "Exit with 1 when the after version introduces a finding at least this severe: error, warning, info or "
                    + "never (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The audit date (YYYY-MM-DD) of both versions (default: today).")
    LocalDate asOf;

    @Mixin
    AuditSettings settings;

    @Mixin
    ReportOutput output;

    @Mixin
    RulePackOption rulePacks;

    @Mixin
    AuditBudgetOptions budget;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        requireTwoFiles();
        List<Path> inputs = new ArrayList<>(JourneyFiles.inputs(files));
        inputs.addAll(rulePacks.packs);
        output.refuseToOverwrite(inputs, spec);
        RuleBase ruleBase = rulePacks.ruleBase();
        AuditOptions options = settings.options(asOf, ruleBase.catalogue(), spec);
        List<JourneyFiles.Read> reads = JourneyFiles.readAll(files, new JourneyReader());
        boolean invalid = false;
        for (JourneyFiles.Read read : reads) {
            if (!read.valid()) {
                invalid = true;
                err.println(read.source() + " is invalid and was not compared:");
                err.print(TextReport.problems(read.source(), read.problems(), JourneyFiles.yamlStyle(read.source())));
            }
        }
        err.flush();
        if (invalid) {
            return ExitCode.INVALID_INPUT;
        }
        Auditor auditor = budget.auditor(ruleBase);
        JourneyComparison comparison = JourneyComparator.compare(
                JourneyTooLarge.audit(auditor, reads.get(0).source(), reads.get(0).journey(), options),
                JourneyTooLarge.audit(auditor, reads.get(1).source(), reads.get(1).journey(), options));
        boolean failed = comparison.failedBy(failOn);
        String report = switch (format) {
            case JSON -> JsonReport.write(JsonReport.withOutcome(ComparisonReport.json(comparison), failOn, failed));
            case TEXT -> ComparisonReport.text(comparison);
            case MARKDOWN -> ComparisonReport.markdown(comparison);
            case HTML -> HtmlReport.diff(comparison, failOn);
        };
        if (!output.write(report, out, err)) {
            return ExitCode.INVALID_INPUT;
        }
        return failed ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** Exactly two journey files: a directory would make the comparison of files nobody named. */
    private void requireTwoFiles() {
        if (files.size() != 2) {
            throw new ParameterException(spec.commandLine(), "diff compares exactly two journey files, BEFORE and AFTER; "
                    + (files.isEmpty() ? "none was given" : "given " + files.size() + ": "
                    + String.join(", ", files.stream().map(Path::toString).toList())));
        }
        for (Path file : files) {
            if (Files.isDirectory(file)) {
                throw new ParameterException(spec.commandLine(), "diff compares exactly two journey files, BEFORE and AFTER; "
                        + file + " is a directory");
            }
        }
    }
}
