package org.journeyaudit.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.journeyaudit.engine.evidence.CsvLines;
import org.journeyaudit.engine.evidence.LogEvent;
import org.journeyaudit.engine.evidence.LogMapping;
import org.journeyaudit.engine.evidence.LogSink;
import org.journeyaudit.engine.evidence.ObservedMeasures;
import org.journeyaudit.engine.evidence.PartialMeasures;
import org.journeyaudit.engine.evidence.UnreadRow;
import org.journeyaudit.engine.journey.Journey;

import scala.Tuple2;

/**
 * A CSV event log measured against its journey on Spark, giving the measures one pass over the file gives
 * ({@link ObservedMeasures#of}): the log is read as text lines with their index (the line a row is reported at), each
 * line read into an event or an unread row by the engine's own row reading ({@link CsvLines}); the rows are sent to
 * partitions by case and sorted there by case and line, each partition is measured as a share of whole cases
 * ({@link PartialMeasures}) and the shares are merged on the way to the driver.
 */
final class PartitionedEvidence {

    private PartitionedEvidence() {
    }

    /**
     * The measures of the log at {@code logPath} (a file or any path Spark reads text from; {@code .gz} is unpacked),
     * named {@code logName} in messages.
     */
    static ObservedMeasures measures(JavaSparkContext spark, EvidenceInputs inputs, String logPath, String logName) {
        JavaRDD<String> text = spark.textFile(logPath);
        List<String> first = text.take(1);
        String header = first.isEmpty() ? null : first.get(0);
        Journey journey = inputs.readJourney();
        LogMapping mapping = inputs.readMapping(journey);
        // the header is read on the driver first, so that a column the log lacks is refused before any work is done
        CsvLines.of(logName, header, mapping);
        int partitions = Math.max(spark.defaultParallelism(), text.getNumPartitions());
        JavaPairRDD<CaseLine, Serializable> rows = text.zipWithIndex()
                .mapPartitionsToPair(lines -> rows(inputs, logName, header, lines))
                .repartitionAndSortWithinPartitions(new CaseLine.ByCase(partitions), CaseLine.LOG_ORDER);
        // one pass over a log sorted by case closes a case when a later case begins: where each case begins is wanted
        // (collected from the sorted partitions, whose shuffle the measuring below reads again)
        Broadcast<PartialMeasures.CaseStarts> starts = mapping.sortedByCase()
                ? spark.broadcast(PartialMeasures.CaseStarts.of(rows.mapPartitions(PartitionedEvidence::caseStarts).collect().stream()
                        .mapToLong(Long::longValue).toArray()))
                : null;
        PartialMeasures merged = rows.mapPartitions(share -> List.of(measure(inputs, starts == null ? null : starts.value(), share)).iterator())
                .treeReduce(PartialMeasures::merge);
        if (starts != null) {
            starts.destroy();
        }
        return merged.finish();
    }

    /** Each line after the header as a row keyed by its case and line. */
    private static Iterator<Tuple2<CaseLine, Serializable>> rows(EvidenceInputs inputs, String logName, String header,
            Iterator<Tuple2<String, Long>> lines) {
        Journey journey = inputs.readJourney();
        CsvLines csv = CsvLines.of(logName, header, inputs.readMapping(journey));
        List<Tuple2<CaseLine, Serializable>> rows = new ArrayList<>();
        LogSink sink = new LogSink() {
            @Override
            public void event(LogEvent event) {
                rows.add(new Tuple2<>(new CaseLine(event.caseId(), event.line()), event));
            }

            @Override
            public void unread(UnreadRow row) {
                rows.add(new Tuple2<>(new CaseLine(null, row.line()), row));
            }
        };
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                while (rows.isEmpty() && lines.hasNext()) {
                    Tuple2<String, Long> line = lines.next();
                    if (line._2() > 0) {
                        csv.read(line._2() + 1, line._1(), sink);
                    }
                }
                return !rows.isEmpty();
            }

            @Override
            public Tuple2<CaseLine, Serializable> next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return rows.remove(rows.size() - 1);
            }
        };
    }

    /** The line each case of a sorted partition begins at. */
    private static Iterator<Long> caseStarts(Iterator<Tuple2<CaseLine, Serializable>> share) {
        List<Long> starts = new ArrayList<>();
        String caseId = null;
        while (share.hasNext()) {
            CaseLine row = share.next()._1();
            if (row.caseId() != null && !row.caseId().equals(caseId)) {
                caseId = row.caseId();
                starts.add(row.line());
            }
        }
        return starts.iterator();
    }

    private static PartialMeasures measure(EvidenceInputs inputs, PartialMeasures.CaseStarts starts,
            Iterator<Tuple2<CaseLine, Serializable>> share) {
        Journey journey = inputs.readJourney();
        PartialMeasures.Cases cases = PartialMeasures.cases(journey, inputs.readMapping(journey), starts);
        while (share.hasNext()) {
            Serializable row = share.next()._2();
            if (row instanceof LogEvent event) {
                cases.event(event);
            } else {
                cases.unread((UnreadRow) row);
            }
        }
        return cases.finish();
    }
}
