package org.journeyaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.audit.FailOn;
import org.journeyaudit.engine.check.CustomChecks;
import org.journeyaudit.engine.compliance.ComplianceMatrix;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.profile.Profile;
import org.journeyaudit.engine.report.ComplianceReport;
import org.journeyaudit.engine.report.JsonReport;
import org.journeyaudit.engine.report.TextReport;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.journeyaudit.engine.rulebase.RuleCatalogue;

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
final class ComplianceCommand implements Callable<Integer> {

    enum Format { TEXT, JSON, CSV, MARKDOWN }

    @Parameters(arity = "1..*", paramLabel = "DIR|FILE", description = "Directories of journey documents, or journey documents.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json, csv (one row per journey, for a spreadsheet) or markdown (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "SEVERITY",
            description = "Exit with 1 when an open finding is at least this severe: error, warning, info or never (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The audit date, YYYY-MM-DD (default: today).")
    LocalDate asOf;

    @Option(names = "--progress", description = "Report progress on standard error even when it is not a terminal.")
    boolean progress;

    @Mixin
    ProfileOption profile;

    @Mixin
    ChecksOption checks;

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
        List<Path> inputs = new ArrayList<>(JourneyFiles.inputs(paths));
        inputs.addAll(checks.files);
        profile.file().ifPresent(inputs::add);
        inputs.addAll(rulePacks.packs);
        output.refuseToOverwrite(inputs, spec);
        RuleBase ruleBase = rulePacks.ruleBase();
        CustomChecks custom;
        try {
            custom = checks.load();
        } catch (InvalidDocumentException invalid) {
            ChecksOption.report(invalid, err);
            return ExitCode.INVALID_INPUT;
        }
        RuleCatalogue catalogue = custom.addedTo(ruleBase.catalogue());
        Profile chosen;
        try {
            chosen = profile.load(catalogue, spec);
        } catch (InvalidDocumentException invalid) {
            ProfileOption.report(invalid, err);
            return ExitCode.INVALID_INPUT;
        }
        AuditOptions options = AuditOptions.asOf(asOf == null ? LocalDate.now() : asOf).withProfile(chosen).withChecks(custom);
        Auditor auditor = budget.auditor(ruleBase);
        boolean showProgress = progress || System.console() != null;

        List<JourneyFiles.Read> reads = JourneyFiles.readAll(paths, new JourneyReader());
        List<Audit> audits = new ArrayList<>();
        int done = 0;
        for (JourneyFiles.Read read : reads) {
            done++;
            if (read.valid()) {
                audits.add(JourneyTooLarge.audit(auditor, read.source(), read.journey(), options));
            }
            if (showProgress) {
                err.print("\rcompliance: " + done + "/" + reads.size() + " journeys audited");
                err.flush();
            }
        }
        if (showProgress) {
            err.println();
        }
        boolean invalid = false;
        for (JourneyFiles.Read read : reads) {
            if (!read.valid()) {
                invalid = true;
                err.println(read.source() + " is invalid and was left out:");
                err.print(TextReport.problems(read.source(), read.problems(), JourneyFiles.yamlStyle(read.source())));
            }
        }
        err.flush();
        ComplianceMatrix matrix = ComplianceMatrix.of(audits, catalogue, chosen);
        String report = switch (format) {
            case TEXT -> ComplianceReport.text(matrix);
            case JSON -> JsonReport.write(JsonReport.withOutcome(JsonReport.compliance(matrix), failOn, failOn.fails(audits)));
            case CSV -> ComplianceReport.csv(matrix);
            case MARKDOWN -> ComplianceReport.markdown(matrix);
        };
        if (!output.write(report, out, err)) {
            return ExitCode.INVALID_INPUT;
        }
        if (invalid) {
            return ExitCode.INVALID_INPUT;
        }
        return failOn.fails(audits) ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
