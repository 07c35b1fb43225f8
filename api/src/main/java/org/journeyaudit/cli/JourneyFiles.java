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
import org.journeyaudit.engine.spreadsheet.GridLayout;
import org.journeyaudit.engine.spreadsheet.ImportedJourney;
import org.journeyaudit.engine.spreadsheet.JourneyImport;

/** The journey documents named on the command line: files as given, directories by their journey files. */
final class JourneyFiles {

    /** A path given on the command line, or found in a directory given there. */
    private record Entry(Path path, String error) {
    }

    private JourneyFiles() {
    }

    /**
     * Files as given; each directory contributes the {@code .yaml}, {@code .yml} and {@code .json} files
     * directly in it, in name order. A path that does not exist is kept with its error. A spreadsheet
     * ({@code .xlsx}, {@code .csv}) is read when it is named, never picked up from a directory: a directory of
     * journeys often holds logs and exports as CSV that are no journey.
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

    /**
     * One document as read: the journey, or the problems that kept it from being read; and, for a journey read
     * from a spreadsheet, the notes that say how it was read and which cells were not imported.
     */
    record Read(String source, Journey journey, List<Problem> problems, List<String> notes) {
        Read(String source, Journey journey, List<Problem> problems) {
            this(source, journey, problems, List.of());
        }

        boolean valid() {
            return problems.isEmpty();
        }
    }

    /** Says on the error stream how each spreadsheet among the reads was read and what was not imported. */
    static void printNotes(List<Read> reads, java.io.PrintWriter err) {
        reads.forEach(read -> read.notes().forEach(err::println));
        err.flush();
    }

    /**
     * How a spreadsheet was read, for the error stream: the layout guessed and why, then each cell not
     * imported, with its sheet and cell.
     */
    static List<String> notes(String source, ImportedJourney imported) {
        List<String> notes = new ArrayList<>();
        if (imported.guessed()) {
            notes.add("journey-audit: " + source + ": read as a " + (imported.layout() == GridLayout.MAP ? "journey map" : "coverage matrix")
                    + ", since " + imported.guessedBecause() + "; --layout " + (imported.layout() == GridLayout.MAP ? "matrix" : "map")
                    + " reads it as a " + (imported.layout() == GridLayout.MAP ? "coverage matrix" : "journey map"));
        }
        if (!imported.unreadSheets().isEmpty()) {
            boolean one = imported.unreadSheets().size() == 1;
            notes.add("journey-audit: " + source + ": the " + (one ? "sheet " : "sheets ") + imported.unreadSheets().stream()
                    .map(name -> "'" + name + "'").collect(java.util.stream.Collectors.joining(", ")) + (one ? " was" : " were")
                    + " not read; --sheet NAME reads another sheet");
        }
        if (!imported.unmapped().isEmpty()) {
            int count = imported.unmapped().size();
            notes.add("journey-audit: " + source + ": " + count + (count == 1 ? " cell was" : " cells were") + " not imported:");
            imported.unmapped().forEach(cell -> notes.add("  " + cell));
        }
        return notes;
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
            if (JourneyImport.isSpreadsheet(entry.path().getFileName().toString())) {
                return spreadsheet(entry.path(), reader);
            }
            return new Read(source, reader.readWithSidecar(entry.path()), List.of());
        } catch (InvalidDocumentException invalid) {
            // the suppressions file beside a journey is reported under its own name
            return new Read(invalid.source(), null, invalid.problems());
        }
    }

    /** A journey map or coverage matrix read as {@code import} reads it, with the suppressions file beside it. */
    private static Read spreadsheet(Path file, JourneyReader reader) {
        ImportedJourney imported = JourneyImport.read(file, JourneyImport.Options.defaults());
        Path sidecar = JourneyReader.sidecarOf(file);
        Journey journey = Files.exists(sidecar) ? reader.readSuppressions(sidecar, imported.journey()) : imported.journey();
        return new Read(file.toString(), journey, List.of(), notes(file.toString(), imported));
    }

    /** Problems are shown by YAML path in YAML files and by JSON pointer in JSON files. */
    static boolean yamlStyle(String source) {
        return DocumentFormat.ofFileName(source) == DocumentFormat.YAML;
    }

    static boolean isDirectoryArgument(List<Path> paths) {
        return paths.size() > 1 || paths.stream().anyMatch(Files::isDirectory);
    }
}
