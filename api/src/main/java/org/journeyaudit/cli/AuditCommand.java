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
import org.journeyaudit.engine.audit.Portfolio;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.report.HtmlReport;
import org.journeyaudit.engine.report.JsonReport;
import org.journeyaudit.engine.report.MarkdownReport;
import org.journeyaudit.engine.report.TextReport;
import org.journeyaudit.engine.rulebase.RuleBase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Audits journey documents and reports their findings and ranked, costed recommendations.",
                "A directory audits every .yaml, .yml and .json file in it and ends with a portfolio summary.",
                "Invalid documents are listed with their problems and not audited (exit code 3)."})
final class AuditCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Journey documents (YAML or JSON), or directories of them.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json, markdown or html, a self-contained visual report (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "SEVERITY",
            description = "Exit with 1 when a finding is at least this severe: error, warning, info or never (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The audit date (YYYY-MM-DD) that ages and cadence are counted from (default: today).")
    LocalDate asOf;

    @Mixin
    AuditSettings settings;

    @Mixin
    AuditBudgetOptions budget;

    @Mixin
    ReportOutput output;

    @Mixin
    ProfileOption profile;

    @Mixin
    RulePackOption rulePacks;

    @Mixin
    ChecksOption checks;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        output.refuseToOverwrite(inputs(), spec);
        RuleBase ruleBase = rulePacks.ruleBase();
        AuditOptions options = settings.options(asOf, ruleBase.catalogue(), spec);
        try {
            options = options.withChecks(checks.load());
        } catch (InvalidDocumentException invalid) {
            ChecksOption.report(invalid, err);
            return ExitCode.INVALID_INPUT;
        }
        try {
            // a profile may name the custom checks (custom/<id>) like any rule
            options = options.withProfile(profile.load(options.checks().addedTo(ruleBase.catalogue()), spec));
        } catch (InvalidDocumentException invalid) {
            ProfileOption.report(invalid, err);
            return ExitCode.INVALID_INPUT;
        }
        JourneyReader reader = new JourneyReader();
        Auditor auditor = budget.auditor(ruleBase);

        List<Audit> audits = new ArrayList<>();
        List<Portfolio.Rejected> rejected = new ArrayList<>();
        for (JourneyFiles.Read read : JourneyFiles.readAll(paths, reader)) {
            if (read.valid()) {
                audits.add(JourneyTooLarge.audit(auditor, read.source(), read.journey(), options));
            } else {
                rejected.add(new Portfolio.Rejected(read.source(), read.problems()));
            }
        }
        for (Portfolio.Rejected r : rejected) {
            err.println(r.source() + " is invalid and was not audited:");
            err.print(TextReport.problems(r.source(), r.problems(), JourneyFiles.yamlStyle(r.source())));
        }
        err.flush();

        boolean portfolio = JourneyFiles.isDirectoryArgument(paths);
        if (!audits.isEmpty() || portfolio) {
            if (!output.write(render(audits, rejected, portfolio), out, err)) {
                return ExitCode.INVALID_INPUT;
            }
        }
        if (!rejected.isEmpty()) {
            return ExitCode.INVALID_INPUT;
        }
        return failOn.fails(audits) ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** What the command reads, which {@code -o} may not overwrite. */
    private List<Path> inputs() {
        List<Path> inputs = new ArrayList<>(JourneyFiles.inputs(paths));
        inputs.addAll(checks.files);
        profile.file().ifPresent(inputs::add);
        inputs.addAll(rulePacks.packs);
        return inputs;
    }

    private String render(List<Audit> audits, List<Portfolio.Rejected> rejected, boolean portfolio) {
        Portfolio all = new Portfolio(audits, rejected);
        return switch (format) {
            case JSON -> JsonReport.write(JsonReport.withOutcome(
                    portfolio ? JsonReport.portfolio(all) : JsonReport.audit(audits.get(0)), failOn, failOn.fails(audits)));
            case TEXT -> joined(audits, TextReport::audit, "\n" + "=".repeat(78) + "\n\n")
                    + (portfolio ? "\n" + "=".repeat(78) + "\n\n" + TextReport.portfolio(all) : "");
            case MARKDOWN -> joined(audits, MarkdownReport::audit, "\n---\n\n")
                    + (portfolio ? "\n---\n\n" + MarkdownReport.portfolio(all) : "");
            // one document either way: several journeys are a portfolio even when named file by file
            case HTML -> portfolio || audits.size() > 1 ? HtmlReport.portfolio(all) : HtmlReport.audit(audits.get(0));
        };
    }

    private static String joined(List<Audit> audits, java.util.function.Function<Audit, String> writer, String separator) {
        return String.join(separator, audits.stream().map(writer).toList());
    }
}
