package org.journeyaudit.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/**
 * Writes a generated portfolio as a table of documents (Parquet, columns {@code path} and {@code document}), so that a
 * hundred thousand journeys need no hundred thousand files: variants of the sample journeys, each with an id of its
 * own and its monthly volumes (cases and contacts) scaled by a factor from 0.5 to 1.49, filed by region.
 *
 * <pre>GeneratePortfolio JOURNEYS OUTPUT [SAMPLES_DIR]</pre>
 *
 * Run by {@code scripts/spark-portfolio-figures.sh}, never by the tests: README's "On Apache Spark" gives its figures.
 */
public final class GeneratePortfolio {

    static final List<String> REGIONS = List.of("north", "south", "east", "west", "centre");

    private static final Pattern ID = Pattern.compile("(?m)^id: *(\\S+) *$");
    private static final Pattern VOLUME = Pattern.compile("(?m)^(\\s*(?:casesPerMonth|volumePerMonth): *)(\\d+)");

    private GeneratePortfolio() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GeneratePortfolio JOURNEYS OUTPUT [SAMPLES_DIR]");
            System.exit(2);
        }
        long journeys = Long.parseLong(args[0]);
        Path samples = Path.of(args.length > 2 ? args[2] : "samples");
        SparkSession spark = SparkSession.builder().appName("journey-audit portfolio generator")
                .config("spark.ui.enabled", "false").getOrCreate();
        Variants variants = new Variants(samples(samples));
        spark.range(journeys).as(Encoders.LONG())
                .map((MapFunction<Long, Document>) variants::document, Encoders.bean(Document.class))
                .select("path", "document")
                .write().parquet(args[1]);
        spark.stop();
    }

    static List<String> samples(Path directory) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                texts.add(Files.readString(file));
            }
        }
        return texts;
    }

    /** The n-th journey of the portfolio: the sample n cycles to, renamed, its volumes scaled. */
    static final class Variants implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ArrayList<String> samples;

        Variants(List<String> samples) {
            this.samples = new ArrayList<>(samples);
        }

        Document document(long n) {
            String sample = samples.get((int) (n % samples.size()));
            Matcher id = ID.matcher(sample);
            if (!id.find()) {
                throw new IllegalStateException("a sample without an id");
            }
            String newId = id.group(1) + "-" + String.format(Locale.ROOT, "%06d", n);
            String renamed = sample.substring(0, id.start(1)) + newId + sample.substring(id.end(1));
            double factor = 0.5 + (n * 37 % 100) / 100.0;
            Matcher volume = VOLUME.matcher(renamed);
            StringBuilder scaled = new StringBuilder();
            while (volume.find()) {
                long value = Math.max(1, Math.round(Long.parseLong(volume.group(2)) * factor));
                volume.appendReplacement(scaled, Matcher.quoteReplacement(volume.group(1) + value));
            }
            volume.appendTail(scaled);
            return new Document("portfolio/" + REGIONS.get((int) (n % REGIONS.size())) + "/" + newId + ".yaml", scaled.toString());
        }
    }

    /** One row of the table. */
    public static final class Document implements Serializable {
        private String path;
        private String document;

        public Document() {
        }

        Document(String path, String document) {
            this.path = path;
            this.document = document;
        }

        public String getPath() { return path; }
        public void setPath(String path) { this.path = path; }
        public String getDocument() { return document; }
        public void setDocument(String document) { this.document = document; }
    }
}
