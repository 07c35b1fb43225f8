package org.journeyaudit.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.evidence.LogMapping;
import org.journeyaudit.engine.evidence.LogMappingReader;
import org.journeyaudit.engine.journey.Journey;

/**
 * The journey document and the log's mapping as the files hold them. They travel to the executors as text, and each
 * partition reads them again: a journey and a mapping take milliseconds to read, and nothing of the engine (least of
 * all a rule base) is ever serialized.
 */
record EvidenceInputs(String journeyName, byte[] journey, String mappingName, byte[] mapping) implements java.io.Serializable {

    /** The files' contents; {@code mappingFile} null when the log's columns and values go by the journey's own names. */
    static EvidenceInputs of(Path journeyFile, Path mappingFile) {
        return new EvidenceInputs(journeyFile.toString(), bytes(journeyFile), mappingFile == null ? null : mappingFile.toString(),
                mappingFile == null ? null : bytes(mappingFile));
    }

    Journey readJourney() {
        return new JourneyReader().read(journeyName, journey, DocumentFormat.ofFileName(journeyName));
    }

    LogMapping readMapping(Journey of) {
        return mapping == null ? LogMappingReader.byNames(of)
                : new LogMappingReader().read(mappingName, mapping, DocumentFormat.ofFileName(mappingName), of);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(new IOException(file + ": no such file, or it cannot be read", unreadable));
        }
    }
}
