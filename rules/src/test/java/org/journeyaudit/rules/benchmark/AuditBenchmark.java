package org.journeyaudit.rules.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.journeyaudit.engine.audit.AuditOptions;
import org.journeyaudit.engine.audit.Auditor;
import org.journeyaudit.engine.audit.PortfolioWorkers;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.report.JsonReport;
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

    static void targets() {
        TARGETS.put("auditSampleJourney", new double[] {2, 1_000_000});
        TARGETS.put("readAndAuditSampleJourney", new double[] {5, 4_000_000});
        TARGETS.put("auditLargeJourney", new double[] {400, 400_000_000});
        // per journey: read from its file, audited and written as JSON on one core
        TARGETS.put("readAuditAndRenderJourney", new double[] {0.4, 1_000_000});
        // the same for a portfolio of PORTFOLIO_SIZE sample journeys on every core: 5,000 journeys a second on two
        TARGETS.put("readAuditAndRenderPortfolio", new double[] {PORTFOLIO_SIZE * 0.2, PORTFOLIO_SIZE * 1_000_000.0});
        // 10,000 backstage steps as 4 journeys of 250 stages and as 40 of 25: 1,200 steps take at most 400 ms
        // (auditLargeJourney), so about 3,400 ms; what is checked is that the longer journeys cost at most
        // MAX_LENGTH_GROWTH times the shorter ones
        TARGETS.put("auditFourLongJourneys", new double[] {4_000, 4_000_000_000.0});
        TARGETS.put("auditFortyShortJourneys", new double[] {4_000, 4_000_000_000.0});
        // hostile shapes (see HostileJourney) at a size and twice it: each within the default audit budget
        for (String shape : HOSTILE_SIZES.keySet()) {
            TARGETS.put(shape + "N", new double[] {1_000, 1_000_000_000});
            TARGETS.put(shape + "2N", new double[] {2_000, 2_000_000_000});
        }
    }

    /** Each hostile shape and its size N: the benchmark audits it at N and 2N, and twice the size may take at most 2.5 times as long. */
    static final Map<String, Integer> HOSTILE_SIZES = new LinkedHashMap<>();

    static {
        HOSTILE_SIZES.put("auditAskingSteps", 2_000);
        HOSTILE_SIZES.put("auditSameNameSteps", 1_000);
        HOSTILE_SIZES.put("auditToldItem", 200);
        HOSTILE_SIZES.put("auditBouncingWork", 400);
        HOSTILE_SIZES.put("auditUnusedOutputs", 2_000);
        HOSTILE_SIZES.put("auditSharedItem", 1_000);
        HOSTILE_SIZES.put("auditRecontactSteps", 2_000);
    }

    static final double MAX_GROWTH = 2.5;

    /**
     * The same 10,000 backstage steps as 4 journeys of 250 stages and as 40 journeys of 25 (10 steps a stage): the
     * longer journeys may cost at most this many times the shorter ones.
     */
    static final double MAX_LENGTH_GROWTH = 1.5;

    /** The journeys of the portfolio benchmark: the samples, each as many times as it takes. */
    static final int PORTFOLIO_SIZE = 400;

    static {
        targets();
    }

    private Auditor auditor;
    private JourneyReader reader;
    private Journey sample;
    private Journey large;
    private AuditOptions options;
    private final Map<String, Journey> hostile = new LinkedHashMap<>();
    private Journey longJourney;
    private Journey shortJourney;
    private List<Path> samples;
    private List<Path> portfolio;
    private final PortfolioWorkers workers = new PortfolioWorkers();
    private int next;

    @Setup
    public void setUp() {
        auditor = new Auditor(RuleBase.builtIn());
        reader = new JourneyReader();
        sample = reader.read(Path.of("../samples/insurance-insured-event.yaml"));
        // 100 stages x 4 channels x 12 steps: ten times the largest journey map in the seeds
        large = SyntheticJourney.of(100, 4, 12);
        longJourney = SyntheticJourney.of(250, 4, 10);
        shortJourney = SyntheticJourney.of(25, 4, 10);
        options = AuditOptions.asOf(LocalDate.of(2026, 11, 22));
        try (Stream<Path> files = Files.list(Path.of("../samples"))) {
            samples = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        portfolio = IntStream.range(0, PORTFOLIO_SIZE).mapToObj(i -> samples.get(i % samples.size())).toList();
        for (int size : new int[] {1, 2}) {
            String suffix = size == 1 ? "N" : "2N";
            hostile.put("auditAskingSteps" + suffix, HostileJourney.askingSteps(size * HOSTILE_SIZES.get("auditAskingSteps")));
            hostile.put("auditSameNameSteps" + suffix, HostileJourney.sameNameSteps(size * HOSTILE_SIZES.get("auditSameNameSteps")));
            hostile.put("auditToldItem" + suffix, HostileJourney.toldItem(size * HOSTILE_SIZES.get("auditToldItem")));
            hostile.put("auditBouncingWork" + suffix, HostileJourney.bouncingWork(size * HOSTILE_SIZES.get("auditBouncingWork")));
            hostile.put("auditUnusedOutputs" + suffix, HostileJourney.unusedOutputs(size * HOSTILE_SIZES.get("auditUnusedOutputs")));
            hostile.put("auditSharedItem" + suffix, HostileJourney.sharedItem(size * HOSTILE_SIZES.get("auditSharedItem")));
            hostile.put("auditRecontactSteps" + suffix, HostileJourney.recontactSteps(size * HOSTILE_SIZES.get("auditRecontactSteps")));
        }
    }

    @Benchmark
    public Object auditSampleJourney() {
        return auditor.audit(sample, options);
    }

    @Benchmark
    public Object readAndAuditSampleJourney() {
        return auditor.audit(reader.read(Path.of("../samples/insurance-insured-event.yaml")), options);
    }

    /** One sample journey after another (all of them in turn): read, audited and written as JSON. */
    @Benchmark
    public Object readAuditAndRenderJourney() {
        Path sample = samples.get(next++ % samples.size());
        return JsonReport.write(JsonReport.audit(auditor.audit(reader.read(sample), options)));
    }

    /** {@link #PORTFOLIO_SIZE} sample journeys read, audited and written as JSON on every core, in order. */
    @Benchmark
    public Object readAuditAndRenderPortfolio() {
        return workers.each(portfolio, file -> JsonReport.write(JsonReport.audit(auditor.audit(reader.read(file), options))));
    }

    @Benchmark
    public Object auditLargeJourney() {
        return auditor.audit(large, options);
    }

    @Benchmark
    public Object auditAskingStepsN() {
        return auditor.audit(hostile.get("auditAskingStepsN"), options);
    }

    @Benchmark
    public Object auditAskingSteps2N() {
        return auditor.audit(hostile.get("auditAskingSteps2N"), options);
    }

    @Benchmark
    public Object auditSameNameStepsN() {
        return auditor.audit(hostile.get("auditSameNameStepsN"), options);
    }

    @Benchmark
    public Object auditSameNameSteps2N() {
        return auditor.audit(hostile.get("auditSameNameSteps2N"), options);
    }

    @Benchmark
    public Object auditToldItemN() {
        return auditor.audit(hostile.get("auditToldItemN"), options);
    }

    @Benchmark
    public Object auditToldItem2N() {
        return auditor.audit(hostile.get("auditToldItem2N"), options);
    }

    @Benchmark
    public Object auditBouncingWorkN() {
        return auditor.audit(hostile.get("auditBouncingWorkN"), options);
    }

    @Benchmark
    public Object auditBouncingWork2N() {
        return auditor.audit(hostile.get("auditBouncingWork2N"), options);
    }

    @Benchmark
    public Object auditUnusedOutputsN() {
        return auditor.audit(hostile.get("auditUnusedOutputsN"), options);
    }

    @Benchmark
    public Object auditUnusedOutputs2N() {
        return auditor.audit(hostile.get("auditUnusedOutputs2N"), options);
    }

    @Benchmark
    public Object auditSharedItemN() {
        return auditor.audit(hostile.get("auditSharedItemN"), options);
    }

    @Benchmark
    public Object auditSharedItem2N() {
        return auditor.audit(hostile.get("auditSharedItem2N"), options);
    }

    @Benchmark
    public Object auditRecontactStepsN() {
        return auditor.audit(hostile.get("auditRecontactStepsN"), options);
    }

    @Benchmark
    public Object auditRecontactSteps2N() {
        return auditor.audit(hostile.get("auditRecontactSteps2N"), options);
    }

    /** 10,000 backstage steps as 4 journeys of 250 stages (an operation takes seconds: longer iterations, so that each holds several). */
    @Benchmark
    @Warmup(iterations = 3, time = 5)
    @Measurement(iterations = 8, time = 5)
    public Object auditFourLongJourneys() {
        Object last = null;
        for (int i = 0; i < 4; i++) {
            last = auditor.audit(longJourney, options);
        }
        return last;
    }

    /** The same 10,000 backstage steps as 40 journeys of 25 stages. */
    @Benchmark
    @Warmup(iterations = 3, time = 5)
    @Measurement(iterations = 8, time = 5)
    public Object auditFortyShortJourneys() {
        Object last = null;
        for (int i = 0; i < 40; i++) {
            last = auditor.audit(shortJourney, options);
        }
        return last;
    }

    private static String figure(double limit) {
        return limit == Math.rint(limit) ? String.format(Locale.ROOT, "%.0f", limit) : String.format(Locale.ROOT, "%.1f", limit);
    }

    public static void main(String[] args) throws RunnerException {
        long start = System.nanoTime();
        RuleBase.builtIn();
        double loadMillis = (System.nanoTime() - start) / 1e6;

        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(AuditBenchmark.class.getSimpleName() + (args.length > 0 ? "." + args[0] : ""))
                .addProfiler(GCProfiler.class)
                .build()).run();

        boolean met = true;
        Map<String, Double> millisByName = new LinkedHashMap<>();
        System.out.printf(Locale.ROOT, "%nTargets%n  %-28s %12s %10s %16s %14s%n", "benchmark", "ms/op", "limit", "bytes/op", "limit");
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark().substring(result.getParams().getBenchmark().lastIndexOf('.') + 1);
            double millis = result.getPrimaryResult().getScore();
            double bytes = result.getSecondaryResults().get("gc.alloc.rate.norm").getScore();
            double[] limit = TARGETS.get(name);
            millisByName.put(name, millis);
            boolean ok = millis <= limit[0] && bytes <= limit[1];
            met &= ok;
            System.out.printf(Locale.ROOT, "  %-28s %12.3f %10s %16.0f %14.0f  %s%n", name, millis, figure(limit[0]), bytes, limit[1],
                    ok ? "met" : "MISSED");
            if (name.equals("readAuditAndRenderPortfolio")) {
                double perJourney = millis / PORTFOLIO_SIZE;
                System.out.printf(Locale.ROOT, "  %-28s %12.3f %10s  %s: %.0f journeys/s on %d cores (target 5000 on 2)%n",
                        "  per journey", perJourney, figure(limit[0] / PORTFOLIO_SIZE), ok ? "met" : "MISSED", 1000 / perJourney,
                        Runtime.getRuntime().availableProcessors());
            }
        }
        // Rules join through keys, so twice the hostile journey costs about twice the time, never four times.
        System.out.printf(Locale.ROOT, "%nGrowth from N to 2N (at most %.1f)%n", MAX_GROWTH);
        for (String shape : HOSTILE_SIZES.keySet()) {
            Double single = millisByName.get(shape + "N");
            Double twice = millisByName.get(shape + "2N");
            if (single == null || twice == null) {
                continue; // only part of the benchmarks ran
            }
            boolean ok = twice <= MAX_GROWTH * single;
            met &= ok;
            System.out.printf(Locale.ROOT, "  %-28s %12.2f  %s%n", shape + " (N=" + HOSTILE_SIZES.get(shape) + ")", twice / single,
                    ok ? "met" : "MISSED");
        }
        Double longer = millisByName.get("auditFourLongJourneys");
        Double shorter = millisByName.get("auditFortyShortJourneys");
        if (longer != null && shorter != null) {
            boolean ok = longer <= MAX_LENGTH_GROWTH * shorter;
            met &= ok;
            System.out.printf(Locale.ROOT, "%nThe same 10,000 steps in longer journeys (at most %.1f)%n  %-28s %12.2f  %s%n", MAX_LENGTH_GROWTH,
                    "4x250 stages / 40x25 stages", longer / shorter, ok ? "met" : "MISSED");
        }
        // Building the knowledge base happens once per process; it bounds the command line's start-up.
        boolean loadOk = loadMillis <= 2000;
        met &= loadOk;
        System.out.printf(Locale.ROOT, "  %-28s %12.0f %10d %16s %14s  %s%n", "loadRuleBase (once)", loadMillis, 2000, "", "",
                loadOk ? "met" : "MISSED");
        System.exit(met ? 0 : 1);
    }
}
