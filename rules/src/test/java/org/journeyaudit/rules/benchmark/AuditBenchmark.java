package org.journeyaudit.rules.benchmark;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.rulebase.RuleBase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The engine's speed and memory targets, measured with JMH and checked against their limits:
 * {@code mvn -B -q install -DskipTests && mvn -B -q -pl rules exec:exec@benchmark}. Exits with 1 when a
 * target is missed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AuditBenchmark {

    /** Benchmark name to its limits: milliseconds per operation and bytes allocated per operation. */
    static final Map<String, double[]> TARGETS = new LinkedHashMap<>();

    static {
        TARGETS.put("auditSampleJourney", new double[] {2, 2_000_000});
        TARGETS.put("readAndAuditSampleJourney", new double[] {5, 4_000_000});
        TARGETS.put("auditLargeJourney", new double[] {400, 400_000_000});
    }

    private Auditor auditor;
    private JourneyReader reader;
    private Journey sample;
    private Journey large;
    private AuditOptions options;

    @Setup
    public void setUp() {
        auditor = new Auditor(RuleBase.builtIn());
        reader = new JourneyReader();
        sample = reader.read(Path.of("../samples/insurance-insured-event.yaml"));
        // 100 stages x 4 channels x 12 steps: ten times the largest journey map in the seeds
        large = SyntheticJourney.of(100, 4, 12);
        options = AuditOptions.asOf(LocalDate.of(2026, 11, 22));
    }

    @Benchmark
    public Object auditSampleJourney() {
        return auditor.audit(sample, options);
    }

    @Benchmark
    public Object readAndAuditSampleJourney() {
        return auditor.audit(reader.read(Path.of("../samples/insurance-insured-event.yaml")), options);
    }

    @Benchmark
    public Object auditLargeJourney() {
        return auditor.audit(large, options);
    }

    public static void main(String[] args) throws RunnerException {
        long start = System.nanoTime();
        RuleBase.builtIn();
        double loadMillis = (System.nanoTime() - start) / 1e6;

        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(AuditBenchmark.class.getSimpleName())
                .addProfiler(GCProfiler.class)
                .build()).run();

        boolean met = true;
        System.out.printf(Locale.ROOT, "%nTargets%n  %-28s %12s %10s %16s %14s%n", "benchmark", "ms/op", "limit", "bytes/op", "limit");
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark().substring(result.getParams().getBenchmark().lastIndexOf('.') + 1);
            double millis = result.getPrimaryResult().getScore();
            double bytes = result.getSecondaryResults().get("gc.alloc.rate.norm").getScore();
            double[] limit = TARGETS.get(name);
            boolean ok = millis <= limit[0] && bytes <= limit[1];
            met &= ok;
            System.out.printf(Locale.ROOT, "  %-28s %12.3f %10.0f %16.0f %14.0f  %s%n", name, millis, limit[0], bytes, limit[1],
                    ok ? "met" : "MISSED");
        }
        // Building the knowledge base happens once per process; it bounds the command line's start-up.
        boolean loadOk = loadMillis <= 2000;
        met &= loadOk;
        System.out.printf(Locale.ROOT, "  %-28s %12.0f %10d %16s %14s  %s%n", "loadRuleBase (once)", loadMillis, 2000, "", "",
                loadOk ? "met" : "MISSED");
        System.exit(met ? 0 : 1);
    }
}
