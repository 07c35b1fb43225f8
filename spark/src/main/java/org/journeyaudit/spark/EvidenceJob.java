package org.journeyaudit.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.evidence.EventLog;
import org.journeyaudit.engine.evidence.Evidence;
import org.journeyaudit.engine.evidence.EvidenceFindings;
import org.journeyaudit.engine.evidence.LogMappingReader;
import org.journeyaudit.engine.evidence.ObservedMeasures;
import org.journeyaudit.engine.evidence.StrictLog;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.language.Language;
import org.journeyaudit.engine.report.EvidenceReport;
import org.journeyaudit.engine.report.TextReport;
import org.journeyaudit.engine.rulebase.RuleBase;

/**
 * The evidence of a journey's event log, on Spark: the same measures and findings as {@code journey-audit evidence},
 * for a log too large for one machine.
 *
 * <pre>spark-submit --class org.journeyaudit.spark.EvidenceJob journey-audit-spark-job.jar JOURNEY --log LOG
 *     [--mapping MAPPING.yaml] --out DIR [--strict] [--lang en|ru]</pre>
 *
 * Writes {@code evidence.json} (as {@code evidence --format json}) and {@code evidence.txt} (as {@code evidence}, in
 * the language asked) into {@code DIR}. Exit codes as the command line's: 0 done, 2 wrong arguments, 3 an input
 * refused (its problems on standard error, at their lines).
 */
public final class EvidenceJob {

    static final int OK = 0;
    static final int USAGE = 2;
    static final int INVALID_INPUT = 3;
    static final String USAGE_LINE = "Usage: EvidenceJob JOURNEY --log LOG [--mapping MAPPING.yaml] --out DIR [--strict] [--lang en|ru]";

    private EvidenceJob() {
    }

    public static void main(String[] args) {
        int code;
        SparkSession spark = SparkSession.builder().appName("journey-audit evidence").getOrCreate();
        try {
            code = run(JavaSparkContext.fromSparkContext(spark.sparkContext()), args, System.out, System.err);
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    /** What the job was asked. */
    record Request(Path journey, String log, Path mapping, Path out, boolean strict, Language language) {
    }

    /** Runs the job on {@code spark}; what it wrote goes to {@code out}, refusals to {@code err}; returns the exit code. */
    static int run(JavaSparkContext spark, String[] args, PrintStream out, PrintStream err) {
        Request request;
        try {
            request = request(args);
        } catch (IllegalArgumentException wrong) {
            err.println(wrong.getMessage());
            err.println(USAGE_LINE);
            return USAGE;
        }
        try {
            Evidence evidence = evidence(spark, request);
            List<Finding> json = findings(evidence, Language.EN);
            List<Finding> text = request.language() == Language.EN ? json : findings(evidence, request.language());
            Files.createDirectories(request.out());
            Files.writeString(request.out().resolve("evidence.json"), EvidenceReport.json(evidence, json), StandardCharsets.UTF_8);
            Files.writeString(request.out().resolve("evidence.txt"), EvidenceReport.text(evidence, text, request.language()),
                    StandardCharsets.UTF_8);
            out.println("Wrote " + request.out().resolve("evidence.json") + " and " + request.out().resolve("evidence.txt") + ": "
                    + evidence.measures().whole().events() + " events, " + evidence.measures().whole().cases() + " cases, "
                    + evidence.measures().unreadRows() + " rows not read"
                    + (evidence.measures().unreadValueCount() > 0 ? ", " + evidence.measures().unreadValueCount() + " values not read" : "")
                    + ".");
            return OK;
        } catch (InvalidDocumentException refused) {
            err.println(refused.source() + " " + refusal(refused) + ":");
            err.print(TextReport.problems(refused.source(), refused.problems(),
                    DocumentFormat.ofFileName(refused.source()) == DocumentFormat.YAML));
            return INVALID_INPUT;
        } catch (IOException unwritable) {
            err.println(request.out() + ": the report cannot be written there (" + unwritable.getMessage() + ")");
            return INVALID_INPUT;
        } catch (UncheckedIOException unreadable) {
            err.println(unreadable.getCause().getMessage());
            return INVALID_INPUT;
        }
    }

    /**
     * The journey beside its log, measured on Spark; a log read strictly is refused at its first row, or value, that
     * cannot be read.
     */
    static Evidence evidence(JavaSparkContext spark, Request request) {
        if (!request.log().contains("://") && !Files.isRegularFile(Path.of(request.log()))) {
            throw new UncheckedIOException(new IOException(request.log() + ": no such file, or it cannot be read"));
        }
        EvidenceInputs inputs = EvidenceInputs.of(request.journey(), request.mapping());
        Journey journey = new org.journeyaudit.engine.document.JourneyReader().readWithSidecar(request.journey());
        ObservedMeasures measures = PartitionedEvidence.measures(spark, inputs, request.log(), request.log());
        if (request.strict() && measures.firstUnread() != null) {
            throw StrictLog.refusal(request.log(), "--strict", measures.firstUnread());
        }
        return new Evidence(journey, request.log(), measures);
    }

    /** The findings of the evidence rules, run on the driver: the rule base is built here, once, and never sent anywhere. */
    private static List<Finding> findings(Evidence evidence, Language language) {
        return EvidenceFindings.of(new Auditor(RuleBase.builtIn()), evidence, AuditOptions.asOf(LocalDate.now()).withLanguage(language));
    }

    private static String refusal(InvalidDocumentException refused) {
        if (LogMappingReader.DOCUMENT_NAME.equals(refused.documentName())) {
            return "is not a valid evidence mapping";
        }
        if (EventLog.DOCUMENT_NAME.equals(refused.documentName())) {
            return "cannot be read as an event log";
        }
        return "is invalid and was not set beside the log";
    }

    static Request request(String[] args) {
        List<String> positional = new ArrayList<>();
        String log = null;
        Path mapping = null;
        Path out = null;
        boolean strict = false;
        Language language = Language.EN;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--log" -> log = value(args, ++i, "--log");
                case "--mapping" -> mapping = Path.of(value(args, ++i, "--mapping"));
                case "--out" -> out = Path.of(value(args, ++i, "--out"));
                case "--strict" -> strict = true;
                case "--lang" -> {
                    String tag = value(args, ++i, "--lang");
                    language = Language.of(tag).orElseThrow(() -> new IllegalArgumentException("--lang: " + Language.notALanguage(tag)));
                }
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new IllegalArgumentException("Unknown option: '" + args[i] + "'");
                    }
                    positional.add(args[i]);
                }
            }
        }
        if (positional.size() != 1) {
            throw new IllegalArgumentException(positional.isEmpty() ? "Missing the journey document (JOURNEY)"
                    : "One journey document is read, found " + positional.size() + ": " + String.join(", ", positional));
        }
        if (log == null) {
            throw new IllegalArgumentException("Missing required option: '--log=LOG'");
        }
        if (log.endsWith(".xes") || log.endsWith(".xes.gz")) {
            throw new IllegalArgumentException("--log: the evidence job reads CSV logs; read an XES log with journey-audit evidence");
        }
        if (out == null) {
            throw new IllegalArgumentException("Missing required option: '--out=DIR'");
        }
        return new Request(Path.of(positional.get(0)), log, mapping, out, strict, language);
    }

    private static String value(String[] args, int at, String option) {
        if (at >= args.length) {
            throw new IllegalArgumentException("Missing value for option '" + option + "'");
        }
        return args[at];
    }
}
