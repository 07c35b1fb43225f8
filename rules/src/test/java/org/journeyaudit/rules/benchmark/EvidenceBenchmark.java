package org.journeyaudit.rules.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.evidence.EventLog;
import org.journeyaudit.engine.evidence.LogMapping;
import org.journeyaudit.engine.evidence.LogMappingReader;
import org.journeyaudit.engine.evidence.ObservedMeasures;
import org.journeyaudit.engine.journey.Journey;
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
 * The evidence readers' speed and memory on a generated log of a million events: the sample's ticket log
 * ({@code samples/evidence/GenerateTicketLog.java}) scaled up to {@link #CASES} tickets, written at benchmark time into
 * {@code target/evidence-benchmark/} as CSV and, the same events, as XES, and read beside the dash cam journey through
 * the sample's mapping. Targets: at least 200,000 events a second on one core, and a heap that holds only what the
 * measures keep (a few numbers per case), never the log. Run from the {@code rules} directory with the test classpath:
 * {@code java -cp ... org.journeyaudit.rules.benchmark.EvidenceBenchmark}. Exits with 1 when a target is missed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class EvidenceBenchmark {

    /** Tickets in the generated log; the generator writes 9.1 events a ticket, so about a million events. */
    static final int CASES = 110_000;
    static final long SEED = 20261128L;
    static final double MIN_EVENTS_PER_SECOND = 200_000;
    /** Bytes a case may leave on the heap once the log is read: its durations, variant and counts. */
    static final double MAX_RETAINED_BYTES_PER_CASE = 200;

    static final Path DIR = Path.of("target/evidence-benchmark");
    static final Path CSV = DIR.resolve("tickets-1m.csv");
    static final Path XES = DIR.resolve("tickets-1m.xes");
    static final Path XES_MAPPING = DIR.resolve("mapping-xes.yaml");
    static final Path SAMPLE = Path.of("../samples/evidence");
    static final Path JOURNEY = Path.of("../samples/dashcam-warranty-repair.yaml");

    private Journey journey;
    private LogMapping csvMapping;
    private LogMapping xesMapping;

    @Setup
    public void setUp() {
        generate(CASES);
        journey = new JourneyReader().read(JOURNEY);
        csvMapping = new LogMappingReader().read(SAMPLE.resolve("mapping.yaml"), journey);
        xesMapping = new LogMappingReader().read(XES_MAPPING, journey);
    }

    @Benchmark
    public Object readCsvLog() {
        return ObservedMeasures.of(journey, EventLog.open(CSV, csvMapping), csvMapping);
    }

    @Benchmark
    public Object readXesLog() {
        return ObservedMeasures.of(journey, EventLog.open(XES, xesMapping), xesMapping);
    }

    /** Writes the CSV log with the sample's generator, the same events as XES, and the XES log's mapping; once. */
    static void generate(int cases) {
        try {
            Files.createDirectories(DIR);
            if (!Files.exists(CSV)) {
                Process generator = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        SAMPLE.resolve("GenerateTicketLog.java").toString(), CSV.toString(), Integer.toString(cases), Long.toString(SEED))
                        .inheritIO().start();
                if (generator.waitFor() != 0) {
                    throw new IllegalStateException("the ticket log generator failed");
                }
            }
            if (!Files.exists(XES)) {
                asXes(CSV, XES);
            }
            // the sample's mapping of values, with XES's standard attributes instead of the CSV's columns
            String mapping = Files.readString(SAMPLE.resolve("mapping.yaml"), StandardCharsets.UTF_8);
            String values = mapping.substring(mapping.indexOf("repeatWithinDays:"));
            Files.writeString(XES_MAPPING, "columns: {case: concept:name, timestamp: time:timestamp, activity: concept:name, actor: org:group, channel: channel}\n"
                    + "sortedByCase: true\n" + values, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The CSV's events as an XES log: a trace per ticket (the CSV is sorted by ticket), ISO timestamps. */
    static void asXes(Path csv, Path xes) throws IOException {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                Writer out = Files.newBufferedWriter(xes, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<log xes.version=\"1849-2016\">\n");
            in.readLine();
            String open = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] v = line.split(";", -1);
                if (!v[0].equals(open)) {
                    if (open != null) {
                        out.write("</trace>\n");
                    }
                    open = v[0];
                    out.write("<trace><string key=\"concept:name\" value=\"" + open + "\"/>\n");
                }
                out.write("<event><string key=\"concept:name\" value=\"" + v[2] + "\"/>");
                if (!v[1].isEmpty()) {
                    out.write("<date key=\"time:timestamp\" value=\"" + LocalDateTime.parse(v[1], format) + ":00\"/>");
                }
                if (!v[3].isEmpty()) {
                    out.write("<string key=\"org:group\" value=\"" + v[3] + "\"/>");
                }
                if (!v[4].isEmpty()) {
                    out.write("<string key=\"channel\" value=\"" + v[4] + "\"/>");
                }
                out.write("</event>\n");
            }
            if (open != null) {
                out.write("</trace>\n");
            }
            out.write("</log>\n");
        }
    }

    /** The heap the measures of a log hold once it is read, after a full collection. */
    static long retainedBytes(Journey journey, Path log, LogMapping mapping) {
        Runtime runtime = Runtime.getRuntime();
        collect();
        long before = runtime.totalMemory() - runtime.freeMemory();
        ObservedMeasures measures = ObservedMeasures.of(journey, EventLog.open(log, mapping), mapping);
        collect();
        long after = runtime.totalMemory() - runtime.freeMemory();
        if (measures.whole() == null) {
            throw new IllegalStateException("no measures"); // keeps the measures reachable until the heap is measured
        }
        return after - before;
    }

    private static void collect() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    public static void main(String[] args) throws RunnerException, IOException {
        generate(CASES);
        long events;
        try (var lines = Files.lines(CSV, StandardCharsets.UTF_8)) {
            events = lines.count() - 1;
        }
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(EvidenceBenchmark.class.getSimpleName() + (args.length > 0 ? "." + args[0] : ""))
                .addProfiler(GCProfiler.class)
                .build()).run();

        boolean met = true;
        System.out.printf(Locale.ROOT, "%nTargets (%d events, %d cases, CSV %d MB, XES %d MB)%n  %-12s %10s %14s %10s %16s%n", events, CASES,
                Files.size(CSV) >> 20, Files.size(XES) >> 20, "benchmark", "ms/op", "events/s", "limit", "bytes/event");
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark().substring(result.getParams().getBenchmark().lastIndexOf('.') + 1);
            double millis = result.getPrimaryResult().getScore();
            double bytes = result.getSecondaryResults().get("gc.alloc.rate.norm").getScore();
            double perSecond = events / (millis / 1000);
            boolean ok = perSecond >= MIN_EVENTS_PER_SECOND;
            met &= ok;
            System.out.printf(Locale.ROOT, "  %-12s %10.0f %14.0f %10.0f %16.0f  %s%n", name, millis, perSecond, MIN_EVENTS_PER_SECOND,
                    bytes / events, ok ? "met" : "MISSED");
        }

        // constant memory per case: what stays on the heap grows with the cases only by what the measures keep
        Journey journey = new JourneyReader().read(JOURNEY);
        LogMapping mapping = new LogMappingReader().read(SAMPLE.resolve("mapping.yaml"), journey);
        Path tenth = DIR.resolve("tickets-100k.csv");
        if (!Files.exists(tenth)) {
            Process generator = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    SAMPLE.resolve("GenerateTicketLog.java").toString(), tenth.toString(), Integer.toString(CASES / 10), Long.toString(SEED))
                    .inheritIO().start();
            try {
                generator.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Map<String, Long> retained = new LinkedHashMap<>();
        retainedBytes(journey, tenth, mapping); // warm: classes loaded, caches filled
        retained.put("cases " + CASES / 10, retainedBytes(journey, tenth, mapping));
        retained.put("cases " + CASES, retainedBytes(journey, CSV, mapping));
        double perCase = (double) (retained.get("cases " + CASES) - retained.get("cases " + CASES / 10)) / (CASES - CASES / 10);
        boolean constant = perCase <= MAX_RETAINED_BYTES_PER_CASE;
        met &= constant;
        System.out.printf(Locale.ROOT, "  heap kept after reading: %s; %.0f bytes a case (limit %.0f)  %s%n", retained, perCase,
                MAX_RETAINED_BYTES_PER_CASE, constant ? "met" : "MISSED");
        System.out.printf(Locale.ROOT, "  peak heap of this JVM: %d MB%n", ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20);
        System.exit(met ? 0 : 1);
    }
}
