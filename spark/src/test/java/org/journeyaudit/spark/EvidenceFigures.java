package org.journeyaudit.spark;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.journeyaudit.engine.evidence.ObservedMeasures;

/**
 * The evidence job's speed on a large generated log, run by hand (never in the build): the log measured in
 * {@code local[N]} for each N given, each run timed from the first line read to the merged measures (one run each: on
 * ten million rows the JVM's warming up is lost in the run). Run by {@code scripts/evidence-job-figures.sh}.
 *
 * <pre>EvidenceFigures JOURNEY LOG MAPPING N...</pre>
 */
public final class EvidenceFigures {

    private EvidenceFigures() {
    }

    public static void main(String[] args) throws Exception {
        Path journey = Path.of(args[0]);
        String log = args[1];
        Path mapping = Path.of(args[2]);
        EvidenceInputs inputs = EvidenceInputs.of(journey, mapping);
        long rows = Files.lines(Path.of(log)).count() - 1;
        for (int i = 3; i < args.length; i++) {
            String master = "local[" + args[i] + "]";
            try (JavaSparkContext spark = new JavaSparkContext(new SparkConf().setMaster(master).setAppName("evidence-figures")
                    .set("spark.ui.enabled", "false"))) {
                spark.setLogLevel("WARN");
                for (int run = 1; run <= 1; run++) {
                    long start = System.nanoTime();
                    ObservedMeasures measures = PartitionedEvidence.measures(spark, inputs, log, log);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf("%s run %d: %d rows (%d events, %d cases, %d rows not read) in %.1f s: %.0f events/s%n", master, run,
                            rows, measures.whole().events(), measures.whole().cases(), measures.unreadRows(), seconds,
                            measures.whole().events() / seconds);
                }
            }
        }
    }
}
