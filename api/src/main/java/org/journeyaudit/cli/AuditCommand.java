package org.journeyaudit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditRequest;
import org.journeyaudit.engine.audit.AuditRequestReader;
import org.journeyaudit.engine.audit.Baseline;
import org.journeyaudit.engine.audit.Portfolio;
import org.journeyaudit.engine.evidence.Evidence;
import org.journeyaudit.engine.evidence.EvidenceFacts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Audits journey documents and reports their findings and ranked, costed recommendations.",
                "A directory audits every .yaml, .yml and .json file in it and ends with a portfolio summary.",
                "Invalid documents are listed with their problems and not audited (exit code 3)."})
final class AuditCommand implements Callable<Integer>, RequestPart {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Journey documents (YAML or JSON), or directories of them.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json, markdown, html (a self-contained visual report), sarif (SARIF 2.1.0, for code scanning) or junit "
                    + "(JUnit XML, for CI test reports) or xlsx (a workbook for a client: summary, findings, recommendations, coverage, "
                    + "cost to serve; needs -o FILE) (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "SEVERITY",
            description = "Exit with 1 when a finding is at least this severe: error, warning, info or never (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Findings this baseline holds (see 'baseline create') are listed apart as baselined and never fail the audit.")
    Path baseline;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The audit date (YYYY-MM-DD) that ages and cadence are counted from (default: today).")
    String asOf;

    @Option(names = "--log", paramLabel = "FILE",
            description = "An event log of the journey's cases, read as 'evidence' reads it: the audit adds what the log shows "
                    + "against the design (the evidence rules). One journey only.")
    Path log;

    @Option(names = "--mapping", paramLabel = "MAPPING.yaml", description = "With --log: how the log's columns and values map to "
            + "the journey (default: columns by their usual names, values by the journey's ids and names).")
    Path mapping;

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

    @Mixin
    LanguageOption language;

    @Spec
    CommandSpec spec;

    @Override
    public void addTo(AuditRequestReader.Given given) {
        given.asOf(asOf).failOn(failOn);
    }

    /** What the log showed of the journey audited with {@code --log}, for the visual report to lay over its map. */
    private Evidence observed;

    @Override
    public List<Path> inputs() {
        return java.util.stream.Stream.of(baseline, log, mapping).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public Integer call() {
        if (mapping != null && log == null) {
            throw new ParameterException(spec.commandLine(), "--mapping says how an event log maps to the journey: give the log with --log");
        }
        if (log != null && (JourneyFiles.isDirectoryArgument(paths) || paths.size() != 1)) {
            throw new ParameterException(spec.commandLine(), "--log is the event log of one journey: give one journey document, not "
                    + (paths.size() == 1 ? "a directory" : paths.size() + " documents"));
        }
        if (format.binary()) {
            output.requireFileFor("xlsx", spec);
        }
        List<JourneyFiles.Read> readAhead = AuditPipeline.readAhead(paths);
        AuditPipeline pipeline = AuditPipeline.prepare(spec, JourneyFiles.inputs(paths));
        List<JourneyFiles.Read> reads = pipeline.readAheadNoted(readAhead);
        AuditRequest request = pipeline.request();
        List<JourneyFiles.Read> valid = new ArrayList<>();
        List<Portfolio.Rejected> rejected = new ArrayList<>();
        for (JourneyFiles.Read read : reads) {
            if (read.valid()) {
                valid.add(read);
            } else {
                rejected.add(new Portfolio.Rejected(read.source(), read.problems()));
            }
        }
        Baseline known = baseline == null ? null : BaselineFile.read(baseline);
        List<Audit> audits = log == null ? pipeline.auditAll(valid) : auditWithLog(pipeline, valid);
        if (known != null) {
            audits = audits.stream().map(known::apply).toList();
        }
        rejected.forEach(r -> Refusal.NOT_AUDITED.print(r.source(), r.problems(), spec.commandLine().getErr()));

        boolean portfolio = JourneyFiles.isDirectoryArgument(paths);
        if (format.binary() && (!audits.isEmpty() || portfolio)) {
            pipeline.write(Reports.auditWorkbook(audits, rejected, portfolio, request.language()), spec);
        } else if (format == ReportFormat.HTML && observed != null && audits.size() == 1) {
            pipeline.write(Reports.auditBesideLog(audits.get(0), observed, request.language()), spec);
        } else if (!audits.isEmpty() || portfolio) {
            SarifSources sources = format == ReportFormat.SARIF ? new SarifSources(audits, valid, pipeline.reader()) : null;
            pipeline.write(Reports.audit(format, audits, rejected, portfolio, request.failOn(), request.language(),
                    pipeline.rulesRun(), a -> sources.of(a)), spec);
        }
        if (!rejected.isEmpty()) {
            return ExitCode.INVALID_INPUT;
        }
        return request.failOn().fails(audits) ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /**
     * The one journey audited with what its log shows; rows of the log that cannot be read, and handle times that
     * cannot be read, are counted on standard error, as 'evidence' lists them, and never stop the audit.
     */
    private List<Audit> auditWithLog(AuditPipeline pipeline, List<JourneyFiles.Read> valid) {
        List<Audit> audits = new ArrayList<>();
        for (JourneyFiles.Read read : valid) {
            Evidence evidence = LogEvidence.of(read.journey(), log, mapping);
            long unread = evidence.measures().unreadRows();
            if (unread > 0) {
                spec.commandLine().getErr().println(log + ": " + unread + (unread == 1 ? " row could not be read and was left out"
                        : " rows could not be read and were left out") + " ('journey-audit evidence' lists them)");
            }
            long values = evidence.measures().unreadValueCount();
            if (values > 0) {
                spec.commandLine().getErr().println(log + ": " + values + (values == 1 ? " handle time could not be read; its contact is counted without it"
                        : " handle times could not be read; their contacts are counted without them") + " ('journey-audit evidence' lists them)");
            }
            audits.add(pipeline.audit(read, EvidenceFacts.of(evidence)));
            observed = evidence;
        }
        return audits;
    }
}
