package org.journeyaudit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.journeyaudit.engine.audit.PortfolioWorkers;
import org.journeyaudit.engine.document.DocPath;
import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.document.Location;
import org.journeyaudit.engine.document.Problem;
import org.journeyaudit.engine.journey.Journey;

/** The journey documents named on the command line: files as given, directories by their journey files. */
final class JourneyFiles {

    /** A path given on the command line, or found in a directory given there. */
    private record Entry(Path path, String error) {
    }

    private JourneyFiles() {
    }

    /**
     * Files as given; each directory contributes the {@code .yaml}, {@code .yml} and {@code .json} files
     * directly in it, in name order. A path that does not exist is kept with its error.
     */
    private static List<Entry> expand(List<Path> paths) {
        List<Entry> entries = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    List<Path> journeys = files
                            // pipes and devices with a journey's name are kept, to be refused by name rather than skipped
                            .filter(f -> !Files.isDirectory(f))
                            .filter(f -> DocumentFormat.isJourneyFileName(f.getFileName().toString()))
                            .filter(f -> !JourneyReader.isSidecar(f)) // read with the journey it belongs to
                            .sorted()
                            .toList();
                    if (journeys.isEmpty()) {
                        entries.add(new Entry(path, "the directory holds no .yaml, .yml or .json file"));
                    }
                    journeys.forEach(f -> entries.add(new Entry(f, null)));
                } catch (IOException e) {
                    entries.add(new Entry(path, "cannot list the directory: " + e.getMessage()));
                }
            } else if (Files.exists(path)) {
                entries.add(new Entry(path, null));
            } else {
                entries.add(new Entry(path, "no such file or directory"));
            }
        }
        return entries;
    }

    /**
     * Every file the paths make the command read: the journey files (directories by their journey files) and
     * the suppressions file beside each. What does not exist yet is no input.
     */
    static List<Path> inputs(List<Path> paths) {
        List<Path> inputs = new ArrayList<>();
        for (Entry entry : expand(paths)) {
            if (entry.error() == null) {
                inputs.add(entry.path());
                Path sidecar = JourneyReader.sidecarOf(entry.path());
                if (Files.exists(sidecar)) {
                    inputs.add(sidecar);
                }
            }
        }
        return inputs;
    }

    /** One document as read: the journey, or the problems that kept it from being read. */
    record Read(String source, Journey journey, List<Problem> problems) {
        boolean valid() {
            return problems.isEmpty();
        }
    }

    /** Reads every document the paths name, in order; none is skipped, whatever is wrong with it. */
    static List<Read> readAll(List<Path> paths, JourneyReader reader, PortfolioWorkers workers) {
        return workers.each(expand(paths), entry -> read(entry, reader));
    }

    private static Read read(Entry entry, JourneyReader reader) {
        String source = entry.path().toString();
        if (entry.error() != null) {
            return new Read(source, null, List.of(Problem.at(DocPath.ROOT, Location.UNKNOWN, entry.error())));
        }
        try {
            return new Read(source, reader.readWithSidecar(entry.path()), List.of());
        } catch (InvalidDocumentException invalid) {
            // the suppressions file beside a journey is reported under its own name
            return new Read(invalid.source(), null, invalid.problems());
        }
    }

    /** Problems are shown by YAML path in YAML files and by JSON pointer in JSON files. */
    static boolean yamlStyle(String source) {
        return DocumentFormat.ofFileName(source) == DocumentFormat.YAML;
    }

    static boolean isDirectoryArgument(List<Path> paths) {
        return paths.size() > 1 || paths.stream().anyMatch(Files::isDirectory);
    }
}
