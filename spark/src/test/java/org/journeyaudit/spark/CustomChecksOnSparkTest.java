package org.journeyaudit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.spark.sql.Row;
import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.check.CheckReader;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.journeyaudit.spark.PortfolioAudit.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quality team's own checks across a portfolio on Spark: {@code --checks FILE} gives the job the same custom checks
 * as {@code journey-audit compliance --checks FILE}, with their findings and their columns of the matrix; a checks file
 * with a problem is refused before any journey is audited, the problem located in the file.
 */
class CustomChecksOnSparkTest {

    static final Path SAMPLES = Path.of("..", "samples");
    static final Path CHECKS = SAMPLES.resolve("checks").resolve("copc-consistency.yaml");

    @TempDir
    Path work;

    @Test
    void theChecksFindAsTheCommandLinesAndAreColumnsOfTheMatrix() throws IOException {
        Path documents = Files.createDirectories(work.resolve("documents"));
        for (String sample : List.of("dashcam-warranty-repair.yaml", "retail-defective-goods.yaml")) {
            Files.copy(SAMPLES.resolve(sample), documents.resolve(sample));
        }
        Path output = work.resolve("out");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exitCode = PortfolioAuditJob.run(new String[] {"--documents", documents.toString(), "--checks", CHECKS.toString(),
                "--as-of", "2026-11-22", "--output", output.toString()}, LocalSpark::session, new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
        assertThat(exitCode).isZero();

        // the findings of the checks: those of the engine's audit with the same file, journey by journey
        Auditor auditor = new Auditor(RuleBase.builtIn());
        AuditOptions options = AuditOptions.asOf(java.time.LocalDate.parse("2026-11-22")).withChecks(new CheckReader().read(CHECKS, List.of()));
        Audit dashcam = auditor.audit(new JourneyReader().read(SAMPLES.resolve("dashcam-warranty-repair.yaml")), options);
        List<String> expected = dashcam.findings().stream().filter(f -> f.ruleId().startsWith("custom/"))
                .map(f -> f.id() + " " + f.ruleId() + " " + f.stage() + " " + f.message()).sorted().toList();
        assertThat(expected).hasSize(4);
        List<String> found = rows(output, Table.FINDINGS).stream()
                .filter(r -> r.getString(4).startsWith("custom/"))
                .map(r -> r.getString(3) + " " + r.getString(4) + " " + r.getString(7) + " " + r.getString(9)).sorted().toList();
        assertThat(found).isEqualTo(expected);

        // the checks' columns, with the statuses journey-audit compliance --checks gives the two journeys
        Map<String, String> cells = new TreeMap<>();
        for (Row row : rows(output, Table.COMPLIANCE)) {
            if (row.getString(3).startsWith("custom/")) {
                cells.put(row.getString(0) + " " + row.getString(3), row.getString(4));
            }
        }
        assertThat(cells).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "dashcam-warranty-repair custom/claim-documents-alike", "pass",
                "dashcam-warranty-repair custom/complaint-handoffs", "pass",
                "dashcam-warranty-repair custom/few-transfers", "pass",
                "dashcam-warranty-repair custom/self-service-notifies", "fail",
                "dashcam-warranty-repair custom/status-in-chat", "pass",
                "retail-defective-goods custom/claim-documents-alike", "pass",
                "retail-defective-goods custom/complaint-handoffs", "pass",
                "retail-defective-goods custom/few-transfers", "pass",
                "retail-defective-goods custom/self-service-notifies", "pass",
                "retail-defective-goods custom/status-in-chat", "pass")));
    }

    private static List<Row> rows(Path output, Table table) {
        return LocalSpark.session().read().parquet(output.resolve(table.directory()).resolve("parquet").toString()).collectAsList();
    }

    @Test
    void aChecksFileWithAProblemIsRefusedWithItsPlace() throws IOException {
        Path checks = Files.writeString(work.resolve("team.yaml"), String.join("\n",
                "checks:",
                "  - id: notifies",
                "    title: Self-service notifies",
                "    severity: urgent",
                "    message: '{stage}'",
                "    select: {touchpoint: {channelMode: self-service}}",
                "    require: {equals: {field: notifies, value: true}}",
                ""));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = PortfolioAuditJob.run(new String[] {"--documents", SAMPLES.toString(), "--checks", checks.toString(),
                "--output", work.resolve("out").toString()}, LocalSpark::session, System.out, new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exitCode).isEqualTo(PortfolioAuditJob.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("journey-audit-spark: --checks: " + checks
                + ": line 4, column 15: ");
        assertThat(Files.exists(work.resolve("out"))).isFalse();
    }

    @Test
    void aMissingChecksFileIsRefusedWithItsName() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path missing = work.resolve("none.yaml");
        int exitCode = PortfolioAuditJob.run(new String[] {"--documents", SAMPLES.toString(), "--checks", missing.toString(),
                "--output", work.resolve("out").toString()}, LocalSpark::session, System.out, new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exitCode).isEqualTo(PortfolioAuditJob.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("journey-audit-spark: --checks: " + missing + ": no such file\n");
    }
}
