package org.journeyaudit.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditRequest;
import org.journeyaudit.engine.audit.AuditRequestReader;
import org.journeyaudit.engine.audit.AuditTooLargeException;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.audit.PortfolioWorkers;
import org.journeyaudit.engine.check.CustomChecks;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.journeyaudit.engine.rulebase.RuleCatalogue;

import picocli.CommandLine.Model.CommandSpec;

/**
 * What every command that audits does before and around its own work, in one order: refuse an {@code -o}
 * that names an input, load the rule packs and the custom checks, make the catalogue, read the request
 * from the command's options (the engine checks it once), then read and audit journeys and write the
 * report. Each command only chooses what it reads and what it reports.
 */
final class AuditPipeline {

    private final ReportOutput output;
    private final RuleBase ruleBase;
    private final RuleCatalogue catalogue;
    private final AuditRequest request;
    private final Auditor auditor;
    private final JourneyReader reader = new JourneyReader();
    private final PortfolioWorkers workers = new PortfolioWorkers();
    /** Where the notes on journeys read from spreadsheets go. */
    private final java.io.PrintWriter err;

    private AuditPipeline(ReportOutput output, RuleBase ruleBase, RuleCatalogue catalogue, AuditRequest request,
            java.io.PrintWriter err) {
        this.output = output;
        this.err = err;
        this.ruleBase = ruleBase;
        this.catalogue = catalogue;
        this.request = request;
        this.auditor = new Auditor(ruleBase, request.budget());
    }

    /**
     * The pipeline of the command {@code spec}, whose own documents are {@code documents} (journeys, a
     * change request); its options add the rest. Throws what {@link Failures} maps to an exit code.
     */
    static AuditPipeline prepare(CommandSpec spec, List<Path> documents) {
        List<Object> parts = parts(spec);
        ReportOutput output = find(parts, ReportOutput.class).orElse(null);
        if (output != null) {
            List<Path> inputs = new ArrayList<>(documents);
            parts.stream().filter(RequestPart.class::isInstance).map(RequestPart.class::cast).forEach(p -> inputs.addAll(p.inputs()));
            output.refuseToOverwrite(inputs, spec);
        }
        RuleBase ruleBase = ruleBase(parts);
        CustomChecks checks = checks(parts);
        RuleCatalogue catalogue = checks.addedTo(ruleBase.catalogue());
        AuditRequestReader.Given given = new AuditRequestReader.Given(LocalDate.now()).checks(checks);
        parts.stream().filter(RequestPart.class::isInstance).map(RequestPart.class::cast).forEach(p -> p.addTo(given));
        try {
            // a profile may name the custom checks (custom/<id>) like any rule
            return new AuditPipeline(output, ruleBase, catalogue, AuditRequestReader.readingProfileFiles(catalogue).read(given),
                    spec.commandLine().getErr());
        } catch (InvalidDocumentException invalid) {
            throw new InvalidInput(Refusal.PROFILE, invalid);
        }
    }

    /** The catalogue a listing shows: the built-in rules, the packs of {@code --rule-pack} and the {@code --checks}. */
    static RuleCatalogue catalogue(CommandSpec spec) {
        List<Object> parts = parts(spec);
        return checks(parts).addedTo(ruleBase(parts).catalogue());
    }

    AuditRequest request() {
        return request;
    }

    RuleBase ruleBase() {
        return ruleBase;
    }

    RuleCatalogue catalogue() {
        return catalogue;
    }

    /** The rules of the catalogue the profile runs, in catalogue order. */
    List<org.journeyaudit.engine.rulebase.RuleDescription> rulesRun() {
        return catalogue.rules().stream().filter(request.profile()::enabled).toList();
    }

    JourneyReader reader() {
        return reader;
    }

    /**
     * Every document the paths name, in order, read on every core; a journey that cannot be read is kept with
     * its problems.
     */
    List<JourneyFiles.Read> read(List<Path> paths) {
        List<JourneyFiles.Read> reads = JourneyFiles.readAll(paths, reader, workers);
        JourneyFiles.printNotes(reads, err);
        return reads;
    }

    /**
     * Every document the paths name, read as {@link #read} reads them but before the pipeline is prepared: reading
     * needs no rules, so a command reads its journeys while the knowledge base is still being built (see
     * {@link Main}). Nothing is reported until the pipeline is prepared, so a refused option is refused as before.
     */
    static List<JourneyFiles.Read> readAhead(List<Path> paths) {
        return JourneyFiles.readAll(paths, new JourneyReader(), new PortfolioWorkers());
    }

    /** The notes on journeys read ahead from spreadsheets, once the pipeline is prepared, as {@link #read} prints them. */
    List<JourneyFiles.Read> readAheadNoted(List<JourneyFiles.Read> reads) {
        JourneyFiles.printNotes(reads, err);
        return reads;
    }

    /**
     * Audits journeys as read on every core, in their order; over the budget, the first journey in order that
     * is over it is refused, as if they had been audited one by one.
     */
    List<Audit> auditAll(List<JourneyFiles.Read> reads) {
        return workers.each(reads, this::audit);
    }

    /** Audits one journey as read; over the budget, the refusal names its file and the run stops. */
    Audit audit(JourneyFiles.Read read) {
        return audit(read, List.of());
    }

    /** Audits one journey as read with facts observed in its event log beside its own (the evidence rules'). */
    Audit audit(JourneyFiles.Read read, List<?> observed) {
        try {
            return auditor.audit(read.journey(), observed, request.options());
        } catch (AuditTooLargeException e) {
            throw new JourneyTooLarge(read.source(), e);
        }
    }

    /** Writes the report where {@code -o} says, or to standard output. */
    void write(String report, CommandSpec spec) {
        if (output == null) {
            spec.commandLine().getOut().print(report);
            spec.commandLine().getOut().flush();
        } else {
            output.write(report, spec.commandLine().getOut());
        }
    }

    /** Writes a binary report (a workbook) to the file {@code -o} names; the command checked beforehand that it names one. */
    void write(byte[] report, CommandSpec spec) {
        output.write(report, spec.commandLine().getOut());
    }

    private static RuleBase ruleBase(List<Object> parts) {
        return find(parts, RulePackOption.class).map(RulePackOption::ruleBase).orElseGet(RuleBase::builtIn);
    }

    private static CustomChecks checks(List<Object> parts) {
        Optional<ChecksOption> option = find(parts, ChecksOption.class);
        try {
            return option.map(ChecksOption::load).orElse(CustomChecks.NONE);
        } catch (InvalidDocumentException invalid) {
            throw new InvalidInput(Refusal.CHECKS, invalid);
        }
    }

    /** The command and its option groups, nested ones included. */
    private static List<Object> parts(CommandSpec spec) {
        List<Object> parts = new ArrayList<>();
        parts.add(spec.userObject());
        spec.mixins().values().forEach(mixin -> parts.addAll(parts(mixin)));
        return parts;
    }

    private static <T> Optional<T> find(List<Object> parts, Class<T> type) {
        return parts.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
