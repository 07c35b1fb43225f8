package org.journeyaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditRequest;
import org.journeyaudit.engine.audit.AuditRequestReader;
import org.journeyaudit.engine.compliance.ComplianceMatrix;
import org.journeyaudit.engine.report.CsvDialect;
import org.journeyaudit.engine.report.workbook.ComplianceWorkbook;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compliance", mixinStandardHelpOptions = true,
        description = {"Audits a portfolio of journeys and reports the journeys x rules matrix: pass, fail, suppressed or n/a,",
                "with counts per rule and per journey, the worst journeys and the most broken rules.",
                "Invalid documents are listed with their problems and left out of the matrix (exit code 3)."})
final class ComplianceCommand implements Callable<Integer>, RequestPart {

    enum Format { TEXT, JSON, CSV, MARKDOWN, XLSX }

    @Parameters(arity = "1..*", paramLabel = "DIR|FILE", description = "Directories of journey documents, or journey documents.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json, csv (one row per journey, for a spreadsheet), markdown or xlsx (a workbook; needs -o FILE) "
                    + "(default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "SEVERITY",
            description = "Exit with 1 when an open finding is at least this severe: error, warning, info or never (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The audit date, YYYY-MM-DD (default: today).")
    String asOf;

    @Option(names = "--progress", description = "Report progress on standard error even when it is not a terminal.")
    boolean progress;

    @Mixin
    ProfileOption profile;

    @Mixin
    ChecksOption checks;

    @Mixin
    ReportOutput output;

    @Mixin
    CsvOptions csv;

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
        PrintWriter err = spec.commandLine().getErr();
        if (format == Format.XLSX) {
            output.requireFileFor("xlsx", spec);
        }
        CsvDialect dialect = csv.dialect(spec);
        AuditPipeline pipeline = AuditPipeline.prepare(spec, JourneyFiles.inputs(paths));
        AuditRequest request = pipeline.request();
        boolean showProgress = progress || System.console() != null;

        List<JourneyFiles.Read> reads = pipeline.read(paths);
        List<Audit> audits = new ArrayList<>();
        int done = 0;
        for (JourneyFiles.Read read : reads) {
            done++;
            if (read.valid()) {
                audits.add(pipeline.audit(read));
            }
            if (showProgress) {
                err.print("\rcompliance: " + done + "/" + reads.size() + " journeys audited");
                err.flush();
            }
        }
        if (showProgress) {
            err.println();
        }
        List<JourneyFiles.Read> invalid = reads.stream().filter(read -> !read.valid()).toList();
        invalid.forEach(read -> Refusal.LEFT_OUT.print(read.source(), read.problems(), err));
        ComplianceMatrix matrix = ComplianceMatrix.of(audits, pipeline.catalogue(), request.profile());
        boolean failed = request.failOn().fails(audits);
        if (format == Format.XLSX) {
            pipeline.write(ComplianceWorkbook.of(matrix, request.language()), spec);
        } else {
            pipeline.write(Reports.compliance(format, matrix, request.failOn(), failed, request.language(), dialect), spec);
        }
        if (!invalid.isEmpty()) {
            return ExitCode.INVALID_INPUT;
        }
        return failed ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
