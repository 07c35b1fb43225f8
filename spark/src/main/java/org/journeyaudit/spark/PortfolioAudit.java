package org.journeyaudit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.util.List;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.journeyaudit.spark.rows.AuditedJourney;

/**
 * The portfolio audit on Spark: documents (path, document) in, every journey audited where its partition is, and the
 * rows written as the tables {@code findings/}, {@code recommendations/}, {@code compliance/} and {@code problems/},
 * each as Parquet ({@code parquet/}) and as JSON lines ({@code json/}).
 */
public final class PortfolioAudit {

    /** The tables, with their columns in the order they are written. */
    public enum Table {
        FINDINGS("findings", "journey", "version", "path", "finding", "rule", "family", "severity", "stage", "elements", "message"),
        RECOMMENDATIONS("recommendations", "journey", "version", "path", "rank", "priority", "action", "targets", "findings",
                "contactsAvoidedPerMonth", "minutesSavedPerMonth", "monthlySavings", "annualSavings", "currency", "sources", "effort",
                "score", "formula"),
        COMPLIANCE("compliance", "journey", "version", "path", "rule", "status"),
        PROBLEMS("problems", "path", "line", "column", "field", "pointer", "message");

        private final String directory;
        private final List<String> columns;

        Table(String directory, String... columns) {
            this.directory = directory;
            this.columns = List.of(columns);
        }

        public String directory() {
            return directory;
        }

        public List<String> columns() {
            return columns;
        }
    }

    /** What the job did: journeys audited, documents refused, and the rows of each table. */
    public record Outcome(long documents, long audited, long refused, long findings, long recommendations, long complianceCells) {
    }

    private final AuditSettings settings;

    public PortfolioAudit(AuditSettings settings) {
        this.settings = settings;
    }

    /**
     * The journey documents under a directory, at any depth: {@code .yaml}, {@code .yml} and {@code .json} files, as the
     * command line takes them from a directory; suppressions files ({@code .suppressions.yaml}) are no journeys.
     */
    public static Dataset<Row> directory(SparkSession spark, String directory) {
        return spark.read().format("binaryFile")
                .option("recursiveFileLookup", "true")
                .option("pathGlobFilter", "*.{yaml,yml,json,YAML,YML,JSON}")
                .load(directory)
                .filter(col("path").rlike("(?i)\\.suppressions\\.yaml$").unary_$bang())
                .select(col("path"), col("content").as("document"));
    }

    /** A table of documents, one a row, with the columns {@code path} and {@code document} (the text). */
    public static Dataset<Row> table(Dataset<Row> table) {
        return table.select(col("path").cast(DataTypes.StringType), col("document").cast(DataTypes.BinaryType).as("document"));
    }

    /** Every document audited once; the result is kept (memory, then disk) while the tables are written from it. */
    public Dataset<AuditedJourney> audit(Dataset<Row> documents, int partitions) {
        return documents.repartition(partitions)
                .mapPartitions(new PartitionAudit(settings), Encoders.bean(AuditedJourney.class))
                .persist(StorageLevel.MEMORY_AND_DISK());
    }

    /** The rows of one table, in its columns' order. */
    public static Dataset<Row> rows(Dataset<AuditedJourney> audited, Table table) {
        Column[] columns = table.columns().stream().map(name -> col("row." + name)).toArray(Column[]::new);
        return audited.select(explode(col(table.directory())).as("row")).select(columns);
    }

    /** Audits the documents and writes the four tables under {@code output}, which must not exist yet. */
    public Outcome run(Dataset<Row> documents, int partitions, String output) {
        Dataset<AuditedJourney> audited = audit(documents, partitions);
        try {
            long[] counts = new long[Table.values().length];
            for (Table table : Table.values()) {
                Dataset<Row> rows = rows(audited, table).persist(StorageLevel.MEMORY_AND_DISK());
                rows.write().parquet(output + "/" + table.directory() + "/parquet");
                rows.write().json(output + "/" + table.directory() + "/json");
                counts[table.ordinal()] = rows.count();
                rows.unpersist();
            }
            long documentCount = audited.count();
            long refused = audited.filter(org.apache.spark.sql.functions.size(col("problems")).gt(0)).count();
            return new Outcome(documentCount, documentCount - refused, refused, counts[Table.FINDINGS.ordinal()],
                    counts[Table.RECOMMENDATIONS.ordinal()], counts[Table.COMPLIANCE.ordinal()]);
        } finally {
            audited.unpersist();
        }
    }

}
