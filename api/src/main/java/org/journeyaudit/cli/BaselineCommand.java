package org.journeyaudit.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditRequestReader;
import org.journeyaudit.engine.audit.Baseline;
import org.journeyaudit.engine.report.ReportWords;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = {"Records the findings a team knows of, so that 'audit --baseline FILE' fails only on new ones.",
                "Entries are keyed by rule, journey id and the elements a finding names, never by message or line."},
        subcommands = {BaselineCommand.Create.class, BaselineCommand.Prune.class})
final class BaselineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("journey-audit baseline: missing command (create or prune)");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    /** What both subcommands audit with: the same options as {@code audit}, so the baseline matches its findings. */
    abstract static class Audits implements RequestPart {

        @Option(names = "--as-of", paramLabel = "DATE", description = "The audit date (YYYY-MM-DD) (default: today).")
        String asOf;

        @Mixin
        AuditSettings settings;

        @Mixin
        ProfileOption profile;

        @Mixin
        RulePackOption rulePacks;

        @Mixin
        ChecksOption checks;

        @Mixin
        LanguageOption language;

        @Spec
        CommandSpec spec;

        @Override
        public void addTo(AuditRequestReader.Given given) {
            given.asOf(asOf);
        }

        /** The audits of every journey, or null when one is invalid: each refusal is printed and nothing is written. */
        List<Audit> audit(AuditPipeline pipeline, List<Path> paths) {
            List<JourneyFiles.Read> valid = new ArrayList<>();
            boolean refused = false;
            for (JourneyFiles.Read read : pipeline.read(paths)) {
                if (read.valid()) {
                    valid.add(read);
                } else {
                    Refusal.NOT_AUDITED.print(read.source(), read.problems(), spec.commandLine().getErr());
                    refused = true;
                }
            }
            return refused ? null : pipeline.auditAll(valid);
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Writes the current findings of the journeys as a baseline (to standard output without -o).")
    static final class Create extends Audits implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Journey documents, or directories of them.")
        List<Path> paths;

        @Mixin
        ReportOutput output;

        @Override
        public Integer call() {
            AuditPipeline pipeline = AuditPipeline.prepare(spec, JourneyFiles.inputs(paths));
            List<Audit> audits = audit(pipeline, paths);
            if (audits == null) {
                return ExitCode.INVALID_INPUT;
            }
            pipeline.write(Baseline.of(audits).yaml(), spec);
            return ExitCode.OK;
        }
    }

    @Command(name = "prune", mixinStandardHelpOptions = true,
            description = {"Drops the entries of a baseline that no longer match a finding of the journeys, and says how many.",
                    "Entries of journeys not named are kept."})
    static final class Prune extends Audits implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "BASELINE", description = "The baseline file, rewritten in place.")
        Path file;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE|DIR", description = "Journey documents, or directories of them.")
        List<Path> paths;

        @Override
        public Integer call() {
            AuditPipeline pipeline = AuditPipeline.prepare(spec, JourneyFiles.inputs(paths));
            Baseline before = BaselineFile.read(file);
            List<Audit> audits = audit(pipeline, paths);
            if (audits == null) {
                return ExitCode.INVALID_INPUT;
            }
            Baseline after = before.prunedBy(audits);
            try {
                ReportFile.write(file, after.yaml().getBytes(StandardCharsets.UTF_8));
            } catch (ReportFile.CannotWrite e) {
                throw new ReportNotWritten(file, e.getMessage());
            }
            ReportWords w = ReportWords.of(pipeline.request().language());
            spec.commandLine().getOut().println(w.get("baseline.pruned", w.count(before.entries().size() - after.entries().size(), "entry"),
                    w.count(after.entries().size(), "entry"), file));
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }
}
