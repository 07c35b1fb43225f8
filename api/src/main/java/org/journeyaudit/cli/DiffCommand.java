package org.journeyaudit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.journeyaudit.engine.audit.AuditRequest;
import org.journeyaudit.engine.audit.AuditRequestReader;
import org.journeyaudit.engine.compare.JourneyComparator;
import org.journeyaudit.engine.compare.JourneyComparison;

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
final class DiffCommand implements Callable<Integer>, RequestPart {

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
    String failOn;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The audit date (YYYY-MM-DD) of both versions (default: today).")
    String asOf;

    @Mixin
    AuditSettings settings;

    @Mixin
    ReportOutput output;

    @Mixin
    RulePackOption rulePacks;

    @Mixin
    AuditBudgetOptions budget;

    @Mixin
    LanguageOption language;

    @Spec
    CommandSpec spec;

    @Override
    public void addTo(AuditRequestReader.Given given) {
        given.asOf(asOf).failOn(failOn);
    }

    @Override
    public Integer call() {
        requireTwoFiles();
        AuditPipeline pipeline = AuditPipeline.prepare(spec, JourneyFiles.inputs(files));
        AuditRequest request = pipeline.request();
        List<JourneyFiles.Read> reads = pipeline.read(files);
        List<JourneyFiles.Read> invalid = reads.stream().filter(read -> !read.valid()).toList();
        invalid.forEach(read -> Refusal.NOT_COMPARED.print(read.source(), read.problems(), spec.commandLine().getErr()));
        if (!invalid.isEmpty()) {
            return ExitCode.INVALID_INPUT;
        }
        JourneyComparison comparison = JourneyComparator.compare(pipeline.audit(reads.get(0)), pipeline.audit(reads.get(1)),
                request.language());
        boolean failed = comparison.failedBy(request.failOn());
        pipeline.write(Reports.diff(format, comparison, request.failOn(), failed, request.language()), spec);
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
