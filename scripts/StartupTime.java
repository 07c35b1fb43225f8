import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.tools.ToolProvider;

/**
 * The cold start of a command-line audit beside a JVM that only prints "hi", measured in one run on this
 * machine: the two are run in turns (hello, audit, hello, audit ...) so that whatever else the machine is
 * doing weighs on both alike, and the ratio of their medians is compared with its target. Absolute times
 * from different runs, or other machines, say little; the ratio is what is checked.
 *
 * <pre>java scripts/StartupTime.java [--runs N] [--launcher PATH] [--sample PATH] [--jar PATH]</pre>
 *
 * {@code --jar} adds {@code java -jar} on the packaged jar to the turns, to show what the launcher saves.
 * Exits with 1 when the ratio misses its target.
 */
public class StartupTime {

    /** The cold audit of one sample may take at most this many times a JVM hello-world. */
    static final double TARGET_RATIO = 7.0;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int runs = Integer.parseInt(options.getOrDefault("runs", "7"));
        Path launcher = Path.of(options.getOrDefault("launcher", "bin/journey-audit"));
        Path sample = Path.of(options.getOrDefault("sample", "samples/retail-defective-goods.yaml"));
        String jar = options.get("jar");
        if (runs < 5) {
            fail("--runs must be at least 5 for a median worth reading");
        }
        if (!Files.isExecutable(launcher)) {
            fail(launcher + " is missing or not executable");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path hello = helloWorld();

        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("JVM hello-world", List.of(java, "-cp", hello.toString(), "Hello"));
        commands.put(launcher + " audit " + sample.getFileName(), List.of(launcher.toString(), "audit", sample.toString()));
        if (jar != null) {
            commands.put("java -jar " + jar + " audit " + sample.getFileName(), List.of(java, "-jar", jar, "audit", sample.toString()));
        }
        // One untimed turn each first: the files are then in the page cache for every timed run alike.
        for (List<String> command : commands.values()) {
            run(command);
        }
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        commands.keySet().forEach(name -> seconds.put(name, new ArrayList<>()));
        for (int i = 0; i < runs; i++) {
            for (Map.Entry<String, List<String>> command : commands.entrySet()) {
                seconds.get(command.getKey()).add(run(command.getValue()));
            }
        }

        double helloMedian = median(seconds.get("JVM hello-world"));
        System.out.printf("medians of %d interleaved runs on %d cores:%n", runs, Runtime.getRuntime().availableProcessors());
        boolean missed = false;
        boolean first = true;
        for (Map.Entry<String, List<Double>> measured : seconds.entrySet()) {
            double median = median(measured.getValue());
            double ratio = median / helloMedian;
            String verdict = "";
            if (measured.getKey().startsWith(launcher.toString())) {
                boolean met = ratio <= TARGET_RATIO;
                missed |= !met;
                verdict = String.format("  target <= %.0fx: %s", TARGET_RATIO, met ? "met" : "MISSED");
            }
            System.out.printf("  %-72s %6.3f s  %5.1fx%s%n", measured.getKey(), median, first ? 1.0 : ratio, verdict);
            first = false;
        }
        System.exit(missed ? 1 : 0);
    }

    /** A class that prints "hi", compiled into a directory of its own. */
    private static Path helloWorld() throws IOException {
        Path dir = Files.createTempDirectory("startup-hello");
        dir.toFile().deleteOnExit();
        Path source = dir.resolve("Hello.java");
        Files.writeString(source, "public class Hello { public static void main(String[] args) { System.out.println(\"hi\"); } }\n");
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", dir.toString(), source.toString());
        if (compiled != 0) {
            fail("cannot compile the hello-world in " + dir);
        }
        dir.resolve("Hello.class").toFile().deleteOnExit();
        source.toFile().deleteOnExit();
        return dir;
    }

    /** Seconds from start to exit; the output is discarded, a failing command stops the measurement. */
    private static double run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish within 60 s");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (process.exitValue() > 1) {
            fail(String.join(" ", command) + " exited with " + process.exitValue());
        }
        return seconds;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                fail("usage: java scripts/StartupTime.java [--runs N] [--launcher PATH] [--sample PATH] [--jar PATH]");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private static void fail(String message) {
        System.err.println("startup-time: " + message);
        System.exit(2);
    }
}
