package org.journeyaudit.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The portfolio job's command line, as given: where the documents are (a directory or a table), the profile, the audit
 * date, the language, the partitions and the output directory. Every mistake is found at once, each naming the option
 * and what is wrong; the request's own values (profile, date, language) are judged by the engine's request reader.
 */
public record JobArguments(String documents, String table, String tableFormat, String profile, String asOf, String language,
        Integer partitions, String output, List<String> checks) {

    public JobArguments {
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    /** Without custom checks. */
    public JobArguments(String documents, String table, String tableFormat, String profile, String asOf, String language,
            Integer partitions, String output) {
        this(documents, table, tableFormat, profile, asOf, language, partitions, output, List.of());
    }

    public static final String USAGE = String.join("\n",
            "Usage: spark-submit --class org.journeyaudit.spark.PortfolioAuditJob journey-audit-spark-job.jar",
            "         (--documents DIR | --table PATH [--table-format parquet|json]) --output DIR",
            "         [--profile NAME|FILE] [--checks FILE]... [--as-of YYYY-MM-DD] [--lang en|ru] [--partitions N]",
            "Audits every journey document and writes findings/, recommendations/, compliance/ and problems/ under DIR,",
            "each as Parquet (parquet/) and JSON lines (json/).",
            "  --documents DIR     journey documents (.yaml, .yml, .json) under DIR, at any depth",
            "  --table PATH        a table of documents, one a row, with the columns path and document",
            "  --table-format F    parquet or json (default: json when PATH ends in .json, else parquet)",
            "  --output DIR        where the tables are written; it must not exist yet",
            "  --profile P         recommended, copc, all, or a profile file (default: recommended)",
            "  --checks FILE       a file of custom checks (YAML or JSON), reported as rules custom/<id> (repeatable)",
            "  --as-of DATE        the audit date (default: today)",
            "  --lang L            the language of messages and formulas, en or ru (default: en)",
            "  --partitions N      how many parts the documents are audited in (default: 4 per core of the cluster)");

    /** A mistake on the command line, with the option it is about. */
    public static final class Refused extends RuntimeException {
        private final List<String> problems;

        Refused(List<String> problems) {
            super(String.join("\n", problems), null, false, false);
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    private static final List<String> OPTIONS = List.of("--documents", "--table", "--table-format", "--output", "--profile", "--checks",
            "--as-of", "--lang", "--partitions");

    /** Options that may be given more than once, each time with another value. */
    private static final List<String> REPEATABLE = List.of("--checks");

    public static JobArguments parse(String... args) {
        List<String> problems = new ArrayList<>();
        Map<String, String> given = new LinkedHashMap<>();
        List<String> checks = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            if (!OPTIONS.contains(name)) {
                problems.add(arg.startsWith("-") ? "unknown option '" + name + "'; the options are " + String.join(", ", OPTIONS)
                        : "'" + arg + "' is no option; name what it is, e.g. --documents " + arg);
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length || OPTIONS.contains(args[i + 1])) {
                    problems.add(name + " needs a value");
                    continue;
                }
                value = args[++i];
            }
            if (REPEATABLE.contains(name)) {
                checks.add(value);
                continue;
            }
            if (given.containsKey(name)) {
                problems.add(name + " is given twice ('" + given.get(name) + "' and '" + value + "')");
                continue;
            }
            given.put(name, value);
        }
        String documents = given.get("--documents");
        String table = given.get("--table");
        if (documents == null && table == null) {
            problems.add("name the documents: --documents DIR or --table PATH");
        } else if (documents != null && table != null) {
            problems.add("--documents and --table both name the documents; give one of them");
        }
        String tableFormat = given.get("--table-format");
        if (tableFormat != null) {
            if (table == null) {
                problems.add("--table-format is for --table only");
            } else if (!List.of("parquet", "json").contains(tableFormat.toLowerCase(Locale.ROOT))) {
                problems.add("--table-format: '" + tableFormat + "' is not parquet or json");
            }
        }
        if (given.get("--output") == null) {
            problems.add("name where the tables go: --output DIR");
        }
        Integer partitions = null;
        String partitionsText = given.get("--partitions");
        if (partitionsText != null) {
            try {
                partitions = Integer.valueOf(partitionsText);
            } catch (NumberFormatException e) {
                partitions = -1;
            }
            if (partitions < 1 || partitions > 100_000) {
                problems.add("--partitions: '" + partitionsText + "' is not a whole number from 1 to 100000");
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        String format = table == null ? null
                : tableFormat != null ? tableFormat.toLowerCase(Locale.ROOT)
                : table.toLowerCase(Locale.ROOT).endsWith(".json") ? "json" : "parquet";
        return new JobArguments(documents, table, format, given.get("--profile"), given.get("--as-of"), given.get("--lang"),
                partitions, given.get("--output"), checks);
    }
}
