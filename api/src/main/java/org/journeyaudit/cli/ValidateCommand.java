package org.journeyaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.journeyaudit.engine.document.DocPath;
import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.document.Location;
import org.journeyaudit.engine.document.Problem;
import org.journeyaudit.engine.report.JsonReport;
import org.journeyaudit.engine.report.TextReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks journey documents without auditing them and lists every problem with its location.",
                "Exit code 0 when all are valid, 3 when any is not."})
final class ValidateCommand implements Callable<Integer> {

    enum Format { TEXT, JSON }

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Journey documents (YAML or JSON), or directories of them.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        JourneyReader reader = new JourneyReader();
        Map<String, List<Problem>> results = new LinkedHashMap<>();
        for (JourneyFiles.Entry entry : JourneyFiles.expand(paths)) {
            String source = entry.path().toString();
            if (entry.error() != null) {
                results.put(source, List.of(Problem.at(DocPath.ROOT, Location.UNKNOWN, entry.error())));
                continue;
            }
            try {
                reader.read(entry.path());
                results.put(source, List.of());
            } catch (InvalidDocumentException invalid) {
                results.put(source, invalid.problems());
            }
        }
        if (format == Format.JSON) {
            out.print(JsonReport.write(JsonReport.validation(results)));
        } else {
            results.forEach((source, problems) -> {
                if (problems.isEmpty()) {
                    out.println(source + ": valid");
                } else {
                    out.print(TextReport.problems(source, problems, DocumentFormat.ofFileName(source) == DocumentFormat.YAML));
                    out.println(source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
                }
            });
        }
        out.flush();
        return results.values().stream().allMatch(List::isEmpty) ? ExitCode.OK : ExitCode.INVALID_INPUT;
    }
}
