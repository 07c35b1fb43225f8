package org.journeyaudit.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.spreadsheet.GridLayout;
import org.journeyaudit.engine.spreadsheet.ImportedJourney;
import org.journeyaudit.engine.spreadsheet.JourneyImport;
import org.journeyaudit.engine.spreadsheet.RowLabels;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Turns a journey map or coverage matrix kept as a spreadsheet (.xlsx, .csv) into a journey document (YAML).",
                "Cells that could not be placed in the journey are listed on standard error by sheet and cell.",
                "Exit code 0 when the journey was written, 2 for a usage error, 3 when the spreadsheet gives no valid journey."})
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "An Excel workbook (.xlsx) or a CSV file (.csv).")
    Path file;

    @Option(names = "--sheet", paramLabel = "NAME", description = "The sheet of the workbook to read (default: the first).")
    String sheet;

    @Option(names = "--layout", paramLabel = "LAYOUT",
            description = "map (row labels in column A, stages across) or matrix (stages across, channels down, +, - and N/A);"
                    + " guessed when not given, and the guess is stated.")
    String layout;

    @Option(names = "--labels", paramLabel = "FILE", description = "A label file: more row labels, and what the channels are.")
    Path labels;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "The encoding of a CSV file (default UTF-8; windows-1251 for a CSV file Russian Excel saved).")
    String encoding;

    @Mixin
    ReportOutput output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> inputs = new ArrayList<>(List.of(file));
        if (labels != null) {
            inputs.add(labels);
        }
        output.refuseToOverwrite(inputs, spec);
        if (!JourneyImport.isSpreadsheet(file.getFileName().toString())) {
            throw new ParameterException(spec.commandLine(), file + ": import reads an Excel workbook (.xlsx) or a CSV file (.csv);"
                    + " a journey document is read by validate and audit as it is");
        }
        boolean csv = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
        if (csv && sheet != null) {
            throw new ParameterException(spec.commandLine(), "--sheet: a CSV file has no sheets; --sheet names a sheet of an Excel workbook (.xlsx)");
        }
        if (!csv && encoding != null) {
            throw new ParameterException(spec.commandLine(), "--encoding: an encoding is given for CSV files only; a workbook keeps its own");
        }
        JourneyImport.Options options = JourneyImport.Options.defaults().withSheet(sheet);
        if (layout != null) {
            options = options.withLayout(GridLayout.ofWord(layout).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--layout: '" + layout + "' is not a layout; expected map or matrix")));
        }
        if (encoding != null) {
            options = options.withEncoding(charset());
        }
        if (labels != null) {
            try {
                options = options.withLabels(RowLabels.read(labels));
            } catch (InvalidDocumentException invalid) {
                throw new InvalidInput(Refusal.LABEL_FILE, invalid);
            }
        }
        ImportedJourney imported;
        try {
            imported = JourneyImport.read(file, options);
        } catch (InvalidDocumentException invalid) {
            throw new InvalidInput(Refusal.SPREADSHEET, invalid);
        }
        PrintWriter err = spec.commandLine().getErr();
        JourneyFiles.notes(file.toString(), imported).forEach(err::println);
        err.flush();
        write(imported.yaml());
        return ExitCode.OK;
    }

    private Charset charset() {
        try {
            return Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            throw new ParameterException(spec.commandLine(), "--encoding: '" + encoding + "' is not an encoding this Java knows;"
                    + " write it as UTF-8 or windows-1251, for example");
        }
    }

    private void write(String yaml) {
        PrintWriter out = spec.commandLine().getOut();
        if (output.file == null) {
            out.print(yaml);
            out.flush();
            return;
        }
        try {
            ReportFile.write(output.file, yaml.getBytes(StandardCharsets.UTF_8));
        } catch (ReportFile.CannotWrite e) {
            throw new ReportNotWritten(output.file, e.getMessage());
        }
        out.println("Journey written to " + output.file);
        out.flush();
    }
}
