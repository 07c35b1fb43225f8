package org.journeyaudit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.journeyaudit.engine.audit.AuditRequest;
import org.journeyaudit.spark.rows.AuditedJourney;
import org.journeyaudit.spark.rows.FindingRow;
import org.junit.jupiter.api.Test;

/**
 * The engine (Jackson 3, Drools) and Spark (Jackson 2) in one JVM: one sample journey audited in {@code local[2]}
 * inside a partition gives the findings its expected report holds.
 */
class OneJourneyOnSparkTest {

    static final Path SAMPLES = Path.of("..", "samples");

    @Test
    void auditsOneSampleInAPartitionAsTheEngineDoes() throws Exception {
        byte[] document = Files.readAllBytes(SAMPLES.resolve("bank-card-loss.yaml"));
        StructType schema = new StructType().add("path", DataTypes.StringType).add("document", DataTypes.BinaryType);
        Dataset<Row> documents = LocalSpark.session().createDataFrame(List.of(RowFactory.create("bank-card-loss.yaml", document)), schema);
        AuditSettings settings = AuditSettings.of(new AuditRequest(LocalDate.parse("2026-11-22"), null, null, null, null, null, null, null));

        List<AuditedJourney> audited = new PortfolioAudit(settings).audit(documents, 2).collectAsList();

        assertThat(audited).hasSize(1);
        AuditedJourney journey = audited.get(0);
        assertThat(journey.getProblems()).isEmpty();
        assertThat(journey.getFindings()).extracting(FindingRow::getFinding, FindingRow::getRule, FindingRow::getSeverity, FindingRow::getStage)
                .startsWith(
                        tuple("F1", "experience/low-point-unaddressed", "warning", "report-loss"),
                        tuple("F2", "redundancy/unused-output", "warning", "order-replacement"),
                        tuple("F3", "coverage/assisted-only", "info", "deliver-activate"));
        assertThat(journey.getFindings().get(1).getElements()).containsExactly("step:note-replacement", "item:crm.replacementNote");
        assertThat(journey.getFindings().get(1).getMessage()).isEqualTo(
                "Step 'note-replacement' produces crm.replacementNote, which no later step or decision uses: the work can be dropped");
        assertThat(journey.getRecommendations().get(0).getAnnualSavings()).isEqualByComparingTo("139320");
        assertThat(journey.getRecommendations().get(0).getMonthlySavings()).isEqualByComparingTo("11610");
    }
}
