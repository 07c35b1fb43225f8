package org.journeyaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.journeyaudit.engine.change.ChangeImpact;
import org.journeyaudit.engine.change.ChangeRequest;
import org.journeyaudit.engine.change.ChangeRequestReader;
import org.journeyaudit.engine.change.ImpactAnalyzer;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.report.ImpactReport;
import org.journeyaudit.engine.report.JsonReport;
import org.journeyaudit.engine.report.TextReport;
import org.journeyaudit.engine.rulebase.RuleBase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "impact", mixinStandardHelpOptions = true,
        description = {"Shows what a change request touches in a portfolio of journeys: its classification (significant or "
                + "operational), every affected journey with its stages, touchpoints, steps and items and why, the contacts and "
                + "cost exposed, related journeys, and the checklist the standard demands.",
                "An invalid change request or journey is listed with its problems (exit code 3); the other journeys are still analysed."})
final class ImpactCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CHANGE", description = "The change request (YAML or JSON).")
    Path change;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PORTFOLIO",
            description = "Journey documents, or directories of them (every .yaml, .yml and .json file directly in each).")
    List<Path> portfolio;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    AnalysisFormat format;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The analysis date (YYYY-MM-DD) the schedule is counted from (default: today).")
    LocalDate asOf;

    @Mixin
    ReportOutput output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> inputs = new ArrayList<>(List.of(change));
        inputs.addAll(JourneyFiles.inputs(portfolio));
        output.refuseToOverwrite(inputs, spec);
        ChangeRequest request;
        try {
            request = new ChangeRequestReader().read(change);
        } catch (InvalidDocumentException invalid) {
            err.println(invalid.source() + " is an invalid change request:");
            err.print(TextReport.problems(invalid.source(), invalid.problems(), JourneyFiles.yamlStyle(invalid.source())));
            err.flush();
            return ExitCode.INVALID_INPUT;
        }
        List<Journey> journeys = new ArrayList<>();
        boolean rejected = false;
        for (JourneyFiles.Read read : JourneyFiles.readAll(portfolio, new JourneyReader())) {
            if (read.valid()) {
                journeys.add(read.journey());
            } else {
                rejected = true;
                err.println(read.source() + " is invalid and was not analysed:");
                err.print(TextReport.problems(read.source(), read.problems(), JourneyFiles.yamlStyle(read.source())));
            }
        }
        err.flush();
        if (journeys.isEmpty()) {
            err.println("journey-audit: no valid journey to analyse the change against");
            err.flush();
            return ExitCode.INVALID_INPUT;
        }
        ChangeImpact impact = new ImpactAnalyzer(RuleBase.builtIn()).analyse(request, journeys, asOf == null ? LocalDate.now() : asOf);
        String report = switch (format) {
            case JSON -> JsonReport.write(ImpactReport.json(impact));
            case TEXT -> ImpactReport.text(impact);
            case MARKDOWN -> ImpactReport.markdown(impact);
        };
        if (!output.write(report, out, err)) {
            return ExitCode.INVALID_INPUT;
        }
        return rejected ? ExitCode.INVALID_INPUT : ExitCode.OK;
    }
}
