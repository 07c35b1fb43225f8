package org.journeyaudit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.recommend.Recommendation;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.journeyaudit.spark.PortfolioAudit.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portfolio job in {@code local[2]} on the sample journeys and one broken document: its tables, read back from
 * Parquet and from JSON, hold what the engine gives for each sample audited on its own (the same findings, the same
 * savings) and the statuses of the command line's compliance matrix ({@code samples/expected/compliance.csv}); the
 * broken document is exactly one located row of {@code problems/}.
 */
class PortfolioAuditJobTest {

    static final Path SAMPLES = Path.of("..", "samples");
    static final LocalDate AS_OF = LocalDate.parse("2026-11-22");
    static final String BROKEN = String.join("\n",
            "id: broken-journey",
            "name: A journey with a stage of no known kind",
            "stages:",
            "  - id: first",
            "    name: First",
            "    colour: blue",
            "");

    @TempDir
    static Path work;
    static Path documents;
    static Path output;
    static String printed;
    static int exitCode;

    @BeforeAll
    static void runTheJobOnTheSamples() throws IOException {
        documents = Files.createDirectories(work.resolve("documents"));
        // a portfolio is often filed in folders: the job looks at every depth
        Path nested = Files.createDirectories(documents.resolve("retail"));
        for (Path sample : samples()) {
            Path target = sample.getFileName().toString().startsWith("retail") ? nested : documents;
            Files.copy(sample, target.resolve(sample.getFileName()));
        }
        Files.writeString(nested.resolve("broken.yaml"), BROKEN);
        Files.writeString(documents.resolve("notes.txt"), "not a journey: the job leaves it alone");
        output = work.resolve("out");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exitCode = PortfolioAuditJob.run(new String[] {"--documents", documents.toString(), "--as-of", AS_OF.toString(),
                "--output", output.toString(), "--partitions", "3"}, LocalSpark::session, new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
        printed = out.toString(StandardCharsets.UTF_8);
    }

    static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
    }

    /** Each sample audited by the engine on its own, as the command line audits a file. */
    static Map<Path, Audit> engineAuditsBySample() throws IOException {
        Auditor auditor = new Auditor(RuleBase.builtIn());
        JourneyReader reader = new JourneyReader();
        Map<Path, Audit> audits = new LinkedHashMap<>();
        for (Path sample : samples()) {
            audits.put(sample, auditor.audit(reader.read(sample), AuditOptions.asOf(AS_OF)));
        }
        return audits;
    }

    static List<Audit> engineAudits() throws IOException {
        return new ArrayList<>(engineAuditsBySample().values());
    }

    static Dataset<Row> parquet(Table table) {
        return LocalSpark.session().read().parquet(output.resolve(table.directory()).resolve("parquet").toString());
    }

    static Dataset<Row> json(Table table) {
        SparkSession spark = LocalSpark.session();
        return spark.read().schema(parquet(table).schema()).json(output.resolve(table.directory()).resolve("json").toString());
    }

    @Test
    void saysWhatItDid() throws IOException {
        int findings = engineAudits().stream().mapToInt(a -> a.findings().size()).sum();
        int recommendations = engineAudits().stream().mapToInt(a -> a.recommendations().size()).sum();
        int rules = RuleBase.builtIn().catalogue().rules().size();
        assertThat(exitCode).isZero();
        assertThat(printed).isEqualTo("journey-audit-spark: 8 documents: 7 audited, 1 refused (problems/); " + findings + " findings, "
                + recommendations + " recommendations, " + 7 * rules + " compliance cells under " + output + System.lineSeparator());
    }

    @Test
    void findingsAreTheEnginesForEachJourney() throws IOException {
        Set<List<Object>> expected = new HashSet<>();
        for (Audit audit : engineAudits()) {
            for (Finding f : audit.findings()) {
                expected.add(List.of(audit.journey().id(), String.valueOf(audit.journey().version()), f.id(), f.ruleId(), f.family(),
                        f.severity().word(), String.valueOf(f.stage()), f.elements(), f.message()));
            }
        }
        assertThat(expected).hasSizeGreaterThan(50);
        for (Dataset<Row> rows : List.of(parquet(Table.FINDINGS), json(Table.FINDINGS))) {
            assertThat(Arrays.asList(rows.columns())).containsExactlyElementsOf(Table.FINDINGS.columns());
            List<List<Object>> actual = rows.collectAsList().stream().map(r -> List.<Object>of(r.getString(0), String.valueOf(r.getString(1)),
                    r.getString(3), r.getString(4), r.getString(5), r.getString(6), String.valueOf(r.getString(7)), r.getList(8),
                    r.getString(9))).toList();
            assertThat(actual).hasSize(expected.size());
            assertThat(new HashSet<>(actual)).isEqualTo(expected);
        }
        Row first = parquet(Table.FINDINGS).filter("journey = 'bank-card-loss' and finding = 'F2'").first();
        assertThat(first.getString(2)).endsWith("/documents/bank-card-loss.yaml");
        assertThat(first.getString(4)).isEqualTo("redundancy/unused-output");
        assertThat(first.getList(8)).containsExactly("step:note-replacement", "item:crm.replacementNote");
    }

    @Test
    void recommendationsCarryTheEnginesSavings() throws IOException {
        Set<List<Object>> expected = new HashSet<>();
        for (Audit audit : engineAudits()) {
            for (Recommendation r : audit.recommendations()) {
                BigDecimal annual = r.impact().annualSavings();
                expected.add(List.of(audit.journey().id(), r.rank(), r.priority().name(), r.action().word(), r.targets(), r.findings(),
                        annual == null ? "none" : annual.stripTrailingZeros().toPlainString(), String.valueOf(r.impact().currency()),
                        r.impact().inputs().stream().map(i -> i.source().word()).distinct().toList(), r.score(), r.impact().formula()));
            }
        }
        for (Dataset<Row> rows : List.of(parquet(Table.RECOMMENDATIONS), json(Table.RECOMMENDATIONS))) {
            assertThat(Arrays.asList(rows.columns())).containsExactlyElementsOf(Table.RECOMMENDATIONS.columns());
            List<List<Object>> actual = rows.collectAsList().stream().map(r -> List.<Object>of(r.getString(0), r.getInt(3), r.getString(4),
                    r.getString(5), r.getList(6), r.getList(7), r.isNullAt(11) ? "none" : r.getDecimal(11).stripTrailingZeros().toPlainString(),
                    String.valueOf(r.getString(12)), r.getList(13), r.getInt(15), r.getString(16))).toList();
            assertThat(actual).hasSize(expected.size());
            assertThat(new HashSet<>(actual)).isEqualTo(expected);
        }
        // samples/expected/bank-card-loss.yaml: rank 1 eliminates step:note-replacement for 139,320 EUR a year
        Row first = parquet(Table.RECOMMENDATIONS).filter("journey = 'bank-card-loss' and rank = 1").first();
        assertThat(first.getString(5)).isEqualTo("eliminate-step");
        assertThat(first.getList(6)).containsExactly("step:note-replacement");
        assertThat(first.getDecimal(11)).isEqualByComparingTo("139320");
        assertThat(first.getDecimal(10)).isEqualByComparingTo("11610");
        assertThat(first.getString(12)).isEqualTo("EUR");
    }

    @Test
    void complianceIsTheCommandLinesMatrix() throws IOException {
        List<String> csv = Files.readAllLines(SAMPLES.resolve("expected").resolve("compliance.csv"));
        List<String> header = Arrays.asList(csv.get(0).split(","));
        Set<List<String>> expected = new HashSet<>();
        for (String line : csv.subList(1, csv.size())) {
            String[] cells = line.split(",");
            // journey, version, one column per rule, then the counts per status
            for (int rule = 2; rule < header.size() - 4; rule++) {
                expected.add(List.of(cells[0], cells[1], header.get(rule), cells[rule]));
            }
        }
        assertThat(expected).hasSize(7 * (header.size() - 6));
        for (Dataset<Row> rows : List.of(parquet(Table.COMPLIANCE), json(Table.COMPLIANCE))) {
            assertThat(Arrays.asList(rows.columns())).containsExactlyElementsOf(Table.COMPLIANCE.columns());
            List<List<String>> actual = rows.collectAsList().stream()
                    .map(r -> List.of(r.getString(0), String.valueOf(r.getString(1)), r.getString(3), r.getString(4))).toList();
            assertThat(actual).hasSize(expected.size());
            assertThat(new HashSet<>(actual)).isEqualTo(expected);
        }
    }

    @Test
    void aBrokenDocumentIsExactlyItsProblemRow() {
        for (Dataset<Row> rows : List.of(parquet(Table.PROBLEMS), json(Table.PROBLEMS))) {
            assertThat(Arrays.asList(rows.columns())).containsExactlyElementsOf(Table.PROBLEMS.columns());
            List<Row> problems = rows.collectAsList();
            assertThat(problems).hasSize(1);
            Row problem = problems.get(0);
            assertThat(problem.getString(0)).endsWith("/documents/retail/broken.yaml");
            assertThat(problem.getInt(1)).as("line").isEqualTo(6);
            assertThat(problem.getInt(2)).as("column").isEqualTo(5);
            assertThat(problem.getString(3)).isEqualTo("stages[0].colour");
            assertThat(problem.getString(4)).isEqualTo("/stages/0/colour");
            assertThat(problem.getString(5)).isEqualTo("unknown field 'colour'; expected one of: barriers, casesPerMonth, contactReasons, "
                    + "customerSteps, decisions, emotion, ends, goal, id, name, needs24x7, next, optional, outcomes, pains, requiredInfo, "
                    + "share, steps, touchpoints");
        }
        assertThat(parquet(Table.FINDINGS).filter("path like '%broken.yaml'").count()).isZero();
        assertThat(parquet(Table.COMPLIANCE).filter("path like '%broken.yaml'").count()).isZero();
    }
}
