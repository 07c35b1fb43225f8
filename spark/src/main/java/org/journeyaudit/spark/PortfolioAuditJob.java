package org.journeyaudit.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.journeyaudit.engine.audit.AuditRequest;
import org.journeyaudit.engine.audit.AuditRequestReader;
import org.journeyaudit.engine.audit.InvalidRequestException;
import org.journeyaudit.engine.audit.RequestField;
import org.journeyaudit.engine.audit.RequestProblem;
import org.journeyaudit.engine.document.DocumentFiles;
import org.journeyaudit.engine.document.DocumentLimits;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.Problem;
import org.journeyaudit.engine.rulebase.RuleBase;

/**
 * The portfolio audit as a Spark application, for {@code spark-submit}: every journey document of a directory or a
 * table audited with one profile, and the findings, recommendations, compliance matrix and refused documents written as
 * tables. A mistake in the arguments is said with the option it is about before any work starts (exit code 2); a
 * document that cannot be audited is a row of {@code problems/}, never a failed job.
 */
public final class PortfolioAuditJob {

    static final String NAME = "journey-audit-spark";
    static final int OK = 0;
    static final int USAGE = 2;

    private static final Map<RequestField, String> OPTIONS = Map.of(RequestField.AS_OF, "--as-of", RequestField.PROFILE, "--profile",
            RequestField.LANGUAGE, "--lang");

    private PortfolioAuditJob() {
    }

    public static void main(String[] args) {
        int code = run(args, () -> SparkSession.builder().appName("journey-audit portfolio").getOrCreate(), System.out, System.err);
        if (code != OK) {
            System.exit(code);
        }
    }

    /** Runs the job on the session {@code spark} gives (made only once the arguments are sound); the exit code. */
    static int run(String[] args, Supplier<SparkSession> spark, PrintStream out, PrintStream err) {
        if (args.length == 1 && List.of("--help", "-h").contains(args[0])) {
            out.println(JobArguments.USAGE);
            return OK;
        }
        try {
            JobArguments arguments = JobArguments.parse(args);
            AuditSettings settings = settings(request(arguments), checkFiles(arguments));
            SparkSession session = spark.get();
            Dataset<Row> documents = documents(session, arguments);
            refuseExisting(session, arguments.output());
            PortfolioAudit audit = new PortfolioAudit(settings);
            int partitions = arguments.partitions() != null ? arguments.partitions() : 4 * session.sparkContext().defaultParallelism();
            PortfolioAudit.Outcome outcome = audit.run(documents, partitions, arguments.output());
            out.println(NAME + ": " + outcome.documents() + (outcome.documents() == 1 ? " document: " : " documents: ")
                    + outcome.audited() + " audited, " + outcome.refused() + " refused (problems/); " + outcome.findings() + " findings, "
                    + outcome.recommendations() + " recommendations, " + outcome.complianceCells() + " compliance cells under "
                    + arguments.output());
            return OK;
        } catch (JobArguments.Refused refused) {
            refused.problems().forEach(problem -> err.println(NAME + ": " + problem));
            err.println(JobArguments.USAGE);
            return USAGE;
        }
    }

    /** The audit request the options make, judged by the engine as the command line's is. */
    static AuditRequest request(JobArguments arguments) {
        AuditRequestReader.Given given = new AuditRequestReader.Given(LocalDate.now())
                .asOf(arguments.asOf()).profile(arguments.profile()).language(arguments.language());
        try {
            return AuditRequestReader.readingProfileFiles(RuleBase.builtIn().catalogue()).read(given);
        } catch (InvalidRequestException invalid) {
            List<String> problems = new ArrayList<>();
            for (RequestProblem problem : invalid.problems()) {
                problems.add(OPTIONS.getOrDefault(problem.field(), problem.field().name()) + ": " + problem.message());
            }
            throw new JobArguments.Refused(problems);
        } catch (InvalidDocumentException invalid) {
            throw new JobArguments.Refused(located("--profile", invalid));
        }
    }

    /**
     * The settings every journey is audited with, the custom checks judged here on the driver by the code the executors
     * run on the same bytes, so that a file with a problem is refused, located, before any journey is read.
     */
    private static AuditSettings settings(AuditRequest request, LinkedHashMap<String, byte[]> checkFiles) {
        AuditSettings settings = AuditSettings.of(request, checkFiles);
        try {
            settings.checks();
        } catch (InvalidDocumentException invalid) {
            throw new JobArguments.Refused(located("--checks", invalid));
        }
        return settings;
    }

    /** The --checks files' bytes, by name, read once on the driver within the document size limit, for it and the executors. */
    private static LinkedHashMap<String, byte[]> checkFiles(JobArguments arguments) {
        LinkedHashMap<String, byte[]> files = new LinkedHashMap<>();
        for (String file : arguments.checks()) {
            try {
                files.put(file, DocumentFiles.read(Path.of(file), DocumentLimits.DEFAULT, InvalidDocumentException.JOURNEY_DOCUMENT));
            } catch (InvalidDocumentException unreadable) {
                throw new JobArguments.Refused(located("--checks", unreadable));
            }
        }
        return files;
    }

    private static List<String> located(String option, InvalidDocumentException invalid) {
        List<String> problems = new ArrayList<>();
        for (Problem problem : invalid.problems()) {
            problems.add(option + ": " + invalid.source() + (problem.location().known()
                    ? ": line " + problem.location().line() + ", column " + problem.location().column() : "") + ": " + problem.message());
        }
        return problems;
    }

    private static Dataset<Row> documents(SparkSession session, JobArguments arguments) {
        if (arguments.documents() != null) {
            String directory = arguments.documents();
            if (!isDirectory(session, directory)) {
                throw new JobArguments.Refused(List.of("--documents: '" + directory + "' is no directory"));
            }
            Dataset<Row> documents = PortfolioAudit.directory(session, directory);
            if (documents.isEmpty()) {
                throw new JobArguments.Refused(List.of("--documents: '" + directory + "' holds no .yaml, .yml or .json file"));
            }
            return documents;
        }
        String table = arguments.table();
        if (!exists(session, table)) {
            throw new JobArguments.Refused(List.of("--table: '" + table + "' does not exist"));
        }
        Dataset<Row> rows;
        try {
            rows = "json".equals(arguments.tableFormat()) ? session.read().json(table) : session.read().parquet(table);
        } catch (RuntimeException unreadable) {
            // Spark's own words name its internals; the user needs to know which option and which format
            throw new JobArguments.Refused(List.of("--table: '" + table + "' cannot be read as a " + arguments.tableFormat()
                    + " table" + ("json".equals(arguments.tableFormat()) ? "" : "; --table-format json reads JSON lines")));
        }
        List<String> columns = Arrays.asList(rows.columns());
        List<String> missing = new ArrayList<>();
        for (String needed : List.of("path", "document")) {
            if (!columns.contains(needed)) {
                missing.add(needed);
            }
        }
        if (!missing.isEmpty()) {
            throw new JobArguments.Refused(List.of("--table: '" + table + "' has no column " + String.join(" and no column ", missing)
                    + "; its columns are " + (columns.isEmpty() ? "none" : String.join(", ", columns))
                    + " (a table of documents has path and document)"));
        }
        return PortfolioAudit.table(rows);
    }

    private static void refuseExisting(SparkSession session, String output) {
        if (exists(session, output)) {
            throw new JobArguments.Refused(List.of("--output: '" + output + "' exists already; the job writes its tables into a new directory"));
        }
    }

    private static boolean exists(SparkSession session, String path) {
        try {
            return fileSystem(session, path).exists(new org.apache.hadoop.fs.Path(path));
        } catch (IOException | IllegalArgumentException e) {
            throw new JobArguments.Refused(List.of("'" + path + "' cannot be looked at: " + e.getMessage()));
        }
    }

    private static boolean isDirectory(SparkSession session, String path) {
        try {
            return fileSystem(session, path).getFileStatus(new org.apache.hadoop.fs.Path(path)).isDirectory();
        } catch (java.io.FileNotFoundException e) {
            return false;
        } catch (IOException | IllegalArgumentException e) {
            throw new JobArguments.Refused(List.of("'" + path + "' cannot be looked at: " + e.getMessage()));
        }
    }

    private static FileSystem fileSystem(SparkSession session, String path) throws IOException {
        Configuration configuration = session.sparkContext().hadoopConfiguration();
        return new org.apache.hadoop.fs.Path(path).getFileSystem(configuration);
    }
}
