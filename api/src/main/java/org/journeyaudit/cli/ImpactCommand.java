package org.journeyaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.journeyaudit.engine.audit.AuditRequest;
import org.journeyaudit.engine.audit.AuditRequestReader;
import org.journeyaudit.engine.change.ChangeImpact;
import org.journeyaudit.engine.change.ChangeRequest;
import org.journeyaudit.engine.change.ChangeRequestReader;
import org.journeyaudit.engine.change.ImpactAnalyzer;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.journey.Journey;

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
final class ImpactCommand implements Callable<Integer>, RequestPart {

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
    String asOf;

    @Mixin
    ReportOutput output;

    @Mixin
    LanguageOption language;

    @Spec
    CommandSpec spec;

    @Override
    public void addTo(AuditRequestReader.Given given) {
        given.asOf(asOf);
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> documents = new ArrayList<>(List.of(change));
        documents.addAll(JourneyFiles.inputs(portfolio));
        AuditPipeline pipeline = AuditPipeline.prepare(spec, documents);
        AuditRequest request = pipeline.request();
        ChangeRequest changeRequest;
        try {
            changeRequest = new ChangeRequestReader().read(change);
        } catch (InvalidDocumentException invalid) {
            throw new InvalidInput(Refusal.CHANGE_REQUEST, invalid);
        }
        List<Journey> journeys = new ArrayList<>();
        boolean rejected = false;
        for (JourneyFiles.Read read : pipeline.read(portfolio)) {
            if (read.valid()) {
                journeys.add(read.journey());
            } else {
                rejected = true;
                Refusal.NOT_ANALYSED.print(read.source(), read.problems(), err);
            }
        }
        if (journeys.isEmpty()) {
            err.println("journey-audit: no valid journey to analyse the change against");
            err.flush();
            return ExitCode.INVALID_INPUT;
        }
        ChangeImpact impact = new ImpactAnalyzer(pipeline.ruleBase()).analyse(changeRequest, journeys, request.asOf(),
                request.language());
        pipeline.write(Reports.impact(format, impact, request.language()), spec);
        return rejected ? ExitCode.INVALID_INPUT : ExitCode.OK;
    }
}
