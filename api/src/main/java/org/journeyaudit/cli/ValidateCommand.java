package org.journeyaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.journeyaudit.engine.audit.PortfolioWorkers;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.document.Problem;
import org.journeyaudit.engine.report.JsonReport;
import org.journeyaudit.engine.report.TextReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks journey documents without auditing them and lists every problem with its location.",
                "Exit code 0 when all are valid, 3 when any is not."})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Journey documents (YAML or JSON) or journey maps kept as spreadsheets (.xlsx, .csv), or directories of documents.")
    List<Path> paths;

    @Mixin
    ListingFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, List<Problem>> results = new LinkedHashMap<>();
        List<JourneyFiles.Read> reads = JourneyFiles.readAll(paths, new JourneyReader(), new PortfolioWorkers());
        JourneyFiles.printNotes(reads, spec.commandLine().getErr());
        reads.forEach(read -> results.put(read.source(), read.problems()));
        if (format.json()) {
            out.print(JsonReport.write(JsonReport.validation(results)));
        } else {
            results.forEach((source, problems) -> {
                if (problems.isEmpty()) {
                    out.println(source + ": valid");
                } else {
                    out.print(TextReport.problems(source, problems, JourneyFiles.yamlStyle(source)));
                    out.println(source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
                }
            });
        }
        out.flush();
        return results.values().stream().allMatch(List::isEmpty) ? ExitCode.OK : ExitCode.INVALID_INPUT;
    }
}
