package org.journeyaudit.engine.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.journey.Journey;

/** The journey of the evidence tests, and small logs and mappings written for one test each. */
final class EvidenceLogs {

    private EvidenceLogs() {
    }

    static Journey complaint() {
        try {
            return new JourneyReader().read(Paths.get(EvidenceLogs.class.getResource("complaint.yaml").toURI()));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path write(Path dir, String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The measures of a CSV log read with the mapping by names. */
    static ObservedMeasures measure(Path dir, String csv) {
        Journey journey = complaint();
        LogMapping mapping = LogMappingReader.byNames(journey);
        return ObservedMeasures.of(journey, EventLog.open(write(dir, "log.csv", csv), mapping), mapping);
    }

    /** The measures of a CSV log read with a mapping file. */
    static ObservedMeasures measure(Path dir, String csv, String mappingYaml) {
        Journey journey = complaint();
        LogMapping mapping = new LogMappingReader().read(write(dir, "mapping.yaml", mappingYaml), journey);
        return ObservedMeasures.of(journey, EventLog.open(write(dir, "log.csv", csv), mapping), mapping);
    }
}
