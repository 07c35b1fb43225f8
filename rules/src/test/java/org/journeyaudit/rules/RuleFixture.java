package org.journeyaudit.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.evidence.EventLog;
import org.journeyaudit.engine.evidence.Evidence;
import org.journeyaudit.engine.evidence.EvidenceFacts;
import org.journeyaudit.engine.evidence.LogMapping;
import org.journeyaudit.engine.evidence.LogMappingReader;
import org.journeyaudit.engine.evidence.ObservedMeasures;
import org.journeyaudit.engine.journey.Journey;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One fixture file: {@code fixtures/<family>/<slug>.yaml}, the cases of one rule (built-in or of a rule pack). Each case holds a
 * journey document, optional parameter overrides and the exact findings of that rule it must yield.
 */
record RuleFixture(Path file, String rule, List<Case> cases) {

    static final Path ROOT = Path.of("src/test/resources/fixtures");
    static final LocalDate DEFAULT_AS_OF = LocalDate.parse("2026-01-15");

    private static final ObjectMapper YAML = YAMLMapper.builder().build();
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    record Case(String name, boolean nearMiss, LocalDate asOf, Map<String, Double> parameters, Journey journey,
            List<Object> observed, List<Expected> expected) {
    }

    /** A finding the case must yield: its stage, its elements (in any order) and, if given, its exact message. */
    record Expected(String stage, List<String> elements, String message) {
    }

    /** The built-in rules' fixtures. */
    static List<RuleFixture> all() {
        return all(ROOT);
    }

    /** Every fixture file under a fixtures folder (the built-in one, or a rule pack's {@code fixtures/}). */
    static List<RuleFixture> all(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().map(RuleFixture::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RuleFixture read(Path file) {
        JsonNode root = YAML.readTree(file.toFile());
        String rule = root.path("rule").asString();
        LocalDate fileAsOf = root.hasNonNull("asOf") ? LocalDate.parse(root.get("asOf").asString()) : DEFAULT_AS_OF;
        List<Case> cases = new ArrayList<>();
        for (JsonNode node : root.path("cases")) {
            String name = node.path("name").asString();
            Map<String, Double> parameters = new LinkedHashMap<>();
            node.path("parameters").properties().forEach(e -> parameters.put(e.getKey(), e.getValue().asDouble()));
            List<Expected> expected = new ArrayList<>();
            for (JsonNode finding : node.path("expect")) {
                List<String> elements = new ArrayList<>();
                finding.path("elements").forEach(e -> elements.add(e.asString()));
                expected.add(new Expected(finding.hasNonNull("stage") ? finding.get("stage").asString() : null, elements,
                        finding.hasNonNull("message") ? finding.get("message").asString() : null));
            }
            byte[] document = JSON.writeValueAsBytes(node.get("journey"));
            Journey journey = new JourneyReader().read(file + " case '" + name + "'", document, DocumentFormat.JSON);
            LocalDate asOf = node.hasNonNull("asOf") ? LocalDate.parse(node.get("asOf").asString()) : fileAsOf;
            cases.add(new Case(name, node.path("nearMiss").asBoolean(false), asOf, parameters, journey,
                    observed(node, journey), expected));
        }
        return new RuleFixture(file, rule, cases);
    }

    /**
     * What the case's event log shows, for the {@code evidence/} rules: its optional {@code log} (CSV text) read through
     * its optional {@code mapping} (the mapping file's YAML text; by default the log's columns and values carry the
     * journey's own names); none without a log.
     */
    private static List<Object> observed(JsonNode node, Journey journey) {
        if (!node.hasNonNull("log")) {
            return List.of();
        }
        try {
            Path dir = Files.createTempDirectory("fixture-log");
            Path log = Files.writeString(dir.resolve("log.csv"), node.get("log").asString());
            LogMapping mapping = node.hasNonNull("mapping")
                    ? new LogMappingReader().read(Files.writeString(dir.resolve("mapping.yaml"), node.get("mapping").asString()), journey)
                    : LogMappingReader.byNames(journey);
            ObservedMeasures measures = ObservedMeasures.of(journey, EventLog.open(log, mapping), mapping);
            return EvidenceFacts.of(new Evidence(journey, "log.csv", measures));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
