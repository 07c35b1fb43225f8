package org.journeyaudit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.spark.PortfolioAudit.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents from a table (one a row, columns {@code path} and {@code document}) are audited as documents from files;
 * a table, a directory or an output the job cannot use is refused before any work, with the option it is about.
 */
class TableOfDocumentsTest {

    @TempDir
    Path work;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return PortfolioAuditJob.run(args, LocalSpark::session, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String firstErrorLine() {
        return err.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
    }

    @Test
    void auditsTheRowsOfAParquetTableAsFiles() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (Path sample : PortfolioAuditJobTest.samples()) {
            rows.add(RowFactory.create("portfolio/" + sample.getFileName(), Files.readString(sample), "kept with the row, never read"));
        }
        StructType schema = new StructType().add("path", DataTypes.StringType).add("document", DataTypes.StringType)
                .add("owner", DataTypes.StringType);
        Path table = work.resolve("documents.parquet");
        LocalSpark.session().createDataFrame(rows, schema).write().parquet(table.toString());
        Path output = work.resolve("out");

        assertThat(run("--table", table.toString(), "--output", output.toString(), "--as-of", "2026-11-22")).isZero();

        Set<List<String>> expected = new HashSet<>();
        for (Map.Entry<Path, Audit> audited : PortfolioAuditJobTest.engineAuditsBySample().entrySet()) {
            for (Finding f : audited.getValue().findings()) {
                expected.add(List.of(audited.getValue().journey().id(), "portfolio/" + audited.getKey().getFileName(), f.id(), f.ruleId(),
                        f.message()));
            }
        }
        Dataset<Row> findings = LocalSpark.session().read().parquet(output.resolve(Table.FINDINGS.directory()).resolve("parquet").toString());
        List<List<String>> actual = findings.collectAsList().stream()
                .map(r -> List.of(r.getString(0), r.getString(2), r.getString(3), r.getString(4), r.getString(9))).toList();
        assertThat(actual).hasSize(expected.size());
        assertThat(new HashSet<>(actual)).isEqualTo(expected);
    }

    @Test
    void refusesATableWithoutTheDocumentColumn() {
        Path table = work.resolve("journeys.json");
        LocalSpark.session().createDataFrame(List.of(RowFactory.create("a.yaml", "id: a")),
                new StructType().add("file", DataTypes.StringType).add("text", DataTypes.StringType)).write().json(table.toString());

        assertThat(run("--table", table.toString(), "--output", work.resolve("out").toString())).isEqualTo(2);
        assertThat(firstErrorLine()).isEqualTo("journey-audit-spark: --table: '" + table + "' has no column path and no column document; "
                + "its columns are file, text (a table of documents has path and document)");
    }

    @Test
    void refusesWhatIsNotThere() throws IOException {
        assertThat(run("--table", work.resolve("none").toString(), "--output", work.resolve("out").toString())).isEqualTo(2);
        assertThat(firstErrorLine()).isEqualTo("journey-audit-spark: --table: '" + work.resolve("none") + "' does not exist");

        err.reset();
        Path empty = Files.createDirectories(work.resolve("empty"));
        Files.writeString(empty.resolve("readme.txt"), "no journey here");
        assertThat(run("--documents", empty.toString(), "--output", work.resolve("out").toString())).isEqualTo(2);
        assertThat(firstErrorLine()).isEqualTo("journey-audit-spark: --documents: '" + empty + "' holds no .yaml, .yml or .json file");

        err.reset();
        assertThat(run("--documents", PortfolioAuditJobTest.SAMPLES.toString(), "--output", empty.toString())).isEqualTo(2);
        assertThat(firstErrorLine()).isEqualTo("journey-audit-spark: --output: '" + empty
                + "' exists already; the job writes its tables into a new directory");
        assertThat(out.size()).isZero();
    }
}
