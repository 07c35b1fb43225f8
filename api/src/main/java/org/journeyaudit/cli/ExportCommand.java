package org.journeyaudit.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.journeyaudit.engine.audit.PortfolioWorkers;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.spreadsheet.JourneyWorkbook;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes a journey as an Excel workbook a consultant can hand on: the journey map, the coverage matrix and"
                + " the channels, each sheet one that import reads back.",
                "Exit code 0 when the workbook was written, 2 for a usage error, 3 when the journey is invalid or the file cannot be written."})
final class ExportCommand implements Callable<Integer> {

    /** What a journey is exported as. */
    enum ExportFormat { xlsx }

    @Parameters(index = "0", paramLabel = "JOURNEY", description = "A journey document (YAML or JSON) or a journey map kept as a spreadsheet.")
    Path journey;

    @Option(names = "--format", paramLabel = "FORMAT", description = "xlsx (the default, and the only format).")
    ExportFormat format = ExportFormat.xlsx;

    @Option(names = "--lang", paramLabel = "LANG", description = "The language of the sheets' names and row labels: en (default) or ru.")
    String language;

    @Mixin
    ReportOutput output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (output.file == null) {
            throw new ParameterException(spec.commandLine(), "-o FILE.xlsx is required: a workbook is not written to the terminal");
        }
        if (java.nio.file.Files.isDirectory(journey)) {
            throw new ParameterException(spec.commandLine(), journey + " is a directory; export writes one journey: name its file");
        }
        output.refuseToOverwrite(List.of(journey), spec);
        Language lang = language == null ? Language.EN : Language.of(language).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "--lang: '" + language + "' is not a language the workbook is written in; expected one of: "
                        + String.join(", ", Language.tags())));
        JourneyFiles.Read read = JourneyFiles.readAll(List.of(journey), new JourneyReader(), new PortfolioWorkers()).get(0);
        JourneyFiles.printNotes(List.of(read), spec.commandLine().getErr());
        if (!read.valid()) {
            throw new InvalidInput(Refusal.NOT_EXPORTED, new InvalidDocumentException(read.source(), InvalidDocumentException.Kind.INVALID,
                    read.problems()));
        }
        try {
            ReportFile.write(output.file, JourneyWorkbook.write(read.journey(), lang));
        } catch (ReportFile.CannotWrite e) {
            throw new ReportNotWritten(output.file, e.getMessage());
        }
        spec.commandLine().getOut().println("Workbook written to " + output.file);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
