package org.journeyaudit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.journeyaudit.engine.document.DocumentFormat;

/** The journey documents named on the command line: files as given, directories by their journey files. */
final class JourneyFiles {

    /** A path given on the command line, or found in a directory given there. */
    record Entry(Path path, String error) {
    }

    private JourneyFiles() {
    }

    /**
     * Files as given; each directory contributes the {@code .yaml}, {@code .yml} and {@code .json} files
     * directly in it, in name order. A path that does not exist is kept with its error.
     */
    static List<Entry> expand(List<Path> paths) {
        List<Entry> entries = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    List<Path> journeys = files
                            .filter(Files::isRegularFile)
                            .filter(f -> DocumentFormat.isJourneyFileName(f.getFileName().toString()))
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

    static boolean isDirectoryArgument(List<Path> paths) {
        return paths.size() > 1 || paths.stream().anyMatch(Files::isDirectory);
    }
}
