package org.journeyaudit.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.ElementLocations;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.report.SarifReport;

/**
 * The journey files behind the audits, as SARIF names them: a URI reference relative to the working directory
 * (forward slashes, percent-encoded), with where each element of the file is written.
 */
final class SarifSources {

    private final Map<Audit, SarifReport.Source> sources = new IdentityHashMap<>();

    /** The audits of the reads, in the same order. */
    SarifSources(List<Audit> audits, List<JourneyFiles.Read> reads, JourneyReader reader) {
        for (int i = 0; i < audits.size(); i++) {
            Path file = Path.of(reads.get(i).source());
            sources.put(audits.get(i), new SarifReport.Source(audits.get(i), uri(file), locations(file, reader)));
        }
    }

    SarifReport.Source of(Audit audit) {
        return sources.get(audit);
    }

    /** The file relative to the working directory, as a URI reference: {@code journeys/my%20claim.yaml}. */
    static String uri(Path file) {
        Path relative = Path.of("").toAbsolutePath().relativize(file.toAbsolutePath().normalize());
        List<String> segments = new ArrayList<>();
        relative.forEach(segment -> segments.add(segment.toString()));
        try {
            // a path-only URI percent-encodes what a path may not hold (spaces, '%', '#', '?') and keeps the rest
            String path = new URI(null, null, String.join("/", segments), null).getRawPath();
            // a first segment with a colon would read as a scheme
            return segments.get(0).contains(":") ? "./" + path : path;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the path " + file + " cannot be written as a URI: " + e.getReason(), e);
        }
    }

    /** The file read again for where its elements are; it was read a moment ago, so a failure now leaves every result at the top. */
    private static ElementLocations locations(Path file, JourneyReader reader) {
        try {
            byte[] content = Files.readAllBytes(file);
            return ElementLocations.of(reader.parse(file.toString(), content, DocumentFormat.ofFileName(file.getFileName().toString())).root());
        } catch (IOException | RuntimeException e) {
            return ElementLocations.unknown();
        }
    }
}
