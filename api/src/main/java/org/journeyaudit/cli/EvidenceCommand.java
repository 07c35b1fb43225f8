package org.journeyaudit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.evidence.ColumnTally;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.AuditRequestReader;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.evidence.Evidence;
import org.journeyaudit.engine.evidence.EvidenceFacts;
import org.journeyaudit.engine.evidence.EvidenceFindings;
import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.rulebase.RuleBase;
import java.time.LocalDate;
import java.util.List;
import org.journeyaudit.engine.evidence.EventLog;
import org.journeyaudit.engine.evidence.LogMapping;
import org.journeyaudit.engine.evidence.MappingDraft;
import org.journeyaudit.engine.evidence.ObservedMeasures;
import org.journeyaudit.engine.evidence.StrictLog;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.report.EvidenceReport;
import org.journeyaudit.engine.report.HtmlReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "evidence", mixinStandardHelpOptions = true,
        description = {"Sets a journey beside the event log it produces (a ticket or contact log, CSV or XES) and reports, per stage,",
                "what the design says (steps, actors, handoffs, SLA standard) and what really happens (handovers, ping-pong, rework,",
                "escalations, channel switches, repeat contacts, durations). Rows that cannot be read are counted and listed;",
                "with --strict the first one stops the run (exit code 3). --suggest-mapping prints the log's columns and a draft",
                "mapping instead."})
final class EvidenceCommand implements Callable<Integer> {

    enum Format { TEXT, JSON, HTML }

    @Parameters(index = "0", paramLabel = "JOURNEY", description = "The journey document (YAML or JSON).")
    Path journeyFile;

    @Option(names = "--log", required = true, paramLabel = "FILE",
            description = "The event log: CSV (any of , ; tab; UTF-8, with or without BOM; a header row) or XES; .gz compressed too.")
    Path logFile;

    @Option(names = "--mapping", paramLabel = "MAPPING.yaml",
            description = "Which columns hold the case, timestamp, activity, actor ..., and how their values map to the journey "
                    + "(default: columns by their usual names, values by the journey's ids and names).")
    Path mappingFile;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text, json, or html: the visual report with the log's figures laid over the matrix and the swimlanes "
                    + "(default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--strict", description = "Stop at the first row of the log that cannot be read (exit code 3).")
    boolean strict;

    @Option(names = "--suggest-mapping", description = "Print the log's columns, their commonest values and a draft mapping.")
    boolean suggestMapping;

    @Option(names = "--top", defaultValue = "10", paramLabel = "N",
            description = "Values shown per column by --suggest-mapping (default: ${DEFAULT-VALUE}).")
    int top;

    @Mixin
    LanguageChoice languageChoice;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The audit date (YYYY-MM-DD) that the findings' ages and cadence are counted from (default: today).")
    String asOf;

    @Option(names = "--progress", description = "Report progress on standard error even when it is not a terminal.")
    boolean progress;

    @Mixin
    ReportOutput output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Language language = language();
        LocalDate auditDate = AuditRequestReader.asOf(asOf, LocalDate.now());
        if (top < 1 || top > 1000) {
            throw new ParameterException(spec.commandLine(), "--top must be a whole number from 1 to 1000, found " + top);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        output.refuseToOverwrite(java.util.stream.Stream.of(journeyFile, logFile, mappingFile).filter(java.util.Objects::nonNull).toList(),
                spec);
        Journey journey = LogEvidence.read(Refusal.NOT_EVIDENCED, () -> new JourneyReader().readWithSidecar(journeyFile));
        LogMapping mapping = LogEvidence.mapping(mappingFile, journey);
        EventLog log = EventLog.open(logFile, mapping);
        if (suggestMapping) {
            ColumnTally tally = new ColumnTally();
            LogEvidence.read(Refusal.EVENT_LOG, () -> {
                log.tally(tally);
                return tally;
            });
            out.print(EvidenceReport.suggestion(logFile.toString(), tally, MappingDraft.of(tally, journey), top, language));
            out.flush();
            return ExitCode.OK;
        }
        LogProgress shown = new LogProgress(err, progress || System.console() != null);
        ObservedMeasures measures = LogEvidence.read(Refusal.EVENT_LOG,
                () -> ObservedMeasures.of(journey, strict ? new StrictLog(log, logFile.toString(), "--strict") : log, mapping, shown::show));
        shown.done();
        Evidence evidence = new Evidence(journey, logFile.toString(), measures);
        if (format == Format.HTML) {
            // the visual report is the journey's audit with the log's facts beside it, and what the log shows laid over it
            Audit audit = new Auditor(RuleBase.builtIn()).audit(journey, EvidenceFacts.of(evidence),
                    AuditOptions.asOf(auditDate).withLanguage(language));
            output.write(HtmlReport.audit(audit, evidence, language), out);
            return ExitCode.OK;
        }
        List<Finding> findings = EvidenceFindings.of(new Auditor(RuleBase.builtIn()), evidence,
                AuditOptions.asOf(auditDate).withLanguage(format == Format.JSON ? Language.EN : language));
        output.write(format == Format.JSON ? EvidenceReport.json(evidence, findings) : EvidenceReport.text(evidence, findings, language), out);
        return ExitCode.OK;
    }

    private Language language() {
        return languageChoice.language(spec);
    }


    /** How far a large log has been read, on one line of standard error, rewritten in place. */
    private static final class LogProgress {
        private final PrintWriter err;
        private final boolean shown;
        private int lastPercent = -1;

        LogProgress(PrintWriter err, boolean shown) {
            this.err = err;
            this.shown = shown;
        }

        void show(long bytes, long total) {
            if (!shown || total <= 0) {
                return;
            }
            int percent = (int) Math.min(100, bytes * 100 / total);
            if (percent != lastPercent) {
                lastPercent = percent;
                err.print("\revidence: " + percent + "% of the log read");
                err.flush();
            }
        }

        void done() {
            if (shown && lastPercent >= 0) {
                err.println();
                err.flush();
            }
        }
    }
}
