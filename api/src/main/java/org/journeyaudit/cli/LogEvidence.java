package org.journeyaudit.cli;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.evidence.Evidence;
import org.journeyaudit.engine.evidence.EventLog;
import org.journeyaudit.engine.evidence.LogMapping;
import org.journeyaudit.engine.evidence.LogMappingReader;
import org.journeyaudit.engine.evidence.ObservedMeasures;
import org.journeyaudit.engine.journey.Journey;

/** A journey's event log read as evidence, as {@code evidence} and {@code audit --log} read it, with the same refusals. */
final class LogEvidence {

    private LogEvidence() {
    }

    /** The mapping of {@code mappingFile}, or the journey's own names when none is given. */
    static LogMapping mapping(Path mappingFile, Journey journey) {
        return mappingFile == null ? LogMappingReader.byNames(journey)
                : read(Refusal.EVIDENCE_MAPPING, () -> new LogMappingReader().read(mappingFile, journey));
    }

    /** Reads the whole log beside the journey; a row that cannot be read is counted, never stops the reading. */
    static Evidence of(Journey journey, Path logFile, Path mappingFile) {
        LogMapping mapping = mapping(mappingFile, journey);
        EventLog log = EventLog.open(logFile, mapping);
        ObservedMeasures measures = read(Refusal.EVENT_LOG, () -> ObservedMeasures.of(journey, log, mapping));
        return new Evidence(journey, logFile.toString(), measures);
    }

    /**
     * Reads an input, refusing it as {@code refusal} says; a column the mapping names that the log lacks is refused as
     * the mapping's problem, since that is where it is fixed.
     */
    static <T> T read(Refusal refusal, Supplier<T> reading) {
        try {
            return reading.get();
        } catch (InvalidDocumentException refused) {
            Refusal as = LogMappingReader.DOCUMENT_NAME.equals(refused.documentName()) ? Refusal.EVIDENCE_MAPPING
                    : EventLog.DOCUMENT_NAME.equals(refused.documentName()) ? Refusal.EVENT_LOG : refusal;
            throw new InvalidInput(as, refused);
        }
    }
}
