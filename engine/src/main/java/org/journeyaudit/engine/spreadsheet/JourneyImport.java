package org.journeyaudit.engine.spreadsheet;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.journeyaudit.engine.document.DocumentFormat;
import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.JourneyReader;
import org.journeyaudit.engine.document.Problem;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Turns a journey map or coverage matrix kept as a spreadsheet ({@code .xlsx}, {@code .csv}) into a journey
 * document. The document is written and then read back through {@link JourneyReader}, so an import never
 * yields a journey {@code validate} would refuse.
 */
public final class JourneyImport {

    private static final ObjectMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .stringQuotingChecker(new PlainTextQuoting())
            .build());

    /**
     * Quotes, beside what YAML itself needs quoted, every text a YAML reader could take for anything but text:
     * one that starts with a digit, a sign or a dot ({@code 0x1F}, {@code 2026-01-01}, {@code .inf}), so that
     * a cell's text stays text in any reader of the document.
     */
    private static final class PlainTextQuoting extends StringQuotingChecker.Default {
        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || (!value.isEmpty() && "0123456789+-.".indexOf(value.charAt(0)) >= 0);
        }
    }

    /** What to read: the sheet (the first when {@code null}), the layout (guessed when {@code null}), the labels, a CSV file's encoding. */
    public record Options(String sheet, GridLayout layout, RowLabels labels, Charset encoding, GridLimits limits) {

        public static Options defaults() {
            return new Options(null, null, RowLabels.builtIn(), null, GridLimits.DEFAULT);
        }

        public Options withSheet(String sheet) {
            return new Options(sheet, layout, labels, encoding, limits);
        }

        public Options withLayout(GridLayout layout) {
            return new Options(sheet, layout, labels, encoding, limits);
        }

        public Options withLabels(RowLabels labels) {
            return new Options(sheet, layout, labels, encoding, limits);
        }

        public Options withEncoding(Charset encoding) {
            return new Options(sheet, layout, labels, encoding, limits);
        }

        public Options withLimits(GridLimits limits) {
            return new Options(sheet, layout, labels, encoding, limits);
        }
    }

    /** The sheets a map's coverage is read from, beside the map, as {@code export} names them (case folded). */
    static final List<String> COVERAGE_SHEETS = List.of("coverage", "покрытие");

    private JourneyImport() {
    }

    /** Whether a file is one the import reads, by its name: {@code .xlsx} or {@code .csv}. */
    public static boolean isSpreadsheet(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xlsx") || lower.endsWith(".csv");
    }

    /** Reads the grid of a file; refuses it, every problem located, when it cannot be read or gives no valid journey. */
    public static ImportedJourney read(Path file, Options options) {
        String source = file.toString();
        String fileName = file.getFileName().toString();
        boolean csv = fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
        if (!csv && options.encoding() != null) {
            throw GridRefusal.refused(source, InvalidDocumentException.Kind.INVALID, "",
                    "an encoding is given for CSV files only; a workbook keeps its own");
        }
        if (csv && options.sheet() != null) {
            throw GridRefusal.refused(source, InvalidDocumentException.Kind.INVALID, "",
                    "a CSV file has no sheets; --sheet names a sheet of an Excel workbook (.xlsx)");
        }
        if (csv) {
            return read(CsvGrids.read(file, options.encoding(), options.limits()), source, stem(fileName), options);
        }
        WorkbookGrids.Sheets sheets = WorkbookGrids.read(file, options.sheet(), options.limits(), ChannelSheet.NAMES, COVERAGE_SHEETS);
        Options read = sheets.channels() == null ? options
                : options.withLabels(options.labels().withSheetChannels(ChannelSheet.read(sheets.channels(), source)));
        ImportedJourney imported = read(sheets.grid(), sheets.coverage(), source, stem(fileName), read);
        return new ImportedJourney(imported.yaml(), imported.journey(), imported.layout(), imported.guessedBecause(),
                imported.unmapped(), sheets.unread());
    }

    static ImportedJourney read(Grid grid, String source, String fileStem, Options options) {
        return read(grid, null, source, fileStem, options);
    }

    /**
     * A map is read with the workbook's coverage sheet beside it, when there is one: its absent and
     * not-applicable marks are what a map's touchpoint row cannot say.
     */
    static ImportedJourney read(Grid grid, Grid coverage, String source, String fileStem, Options options) {
        GridLayout layout = options.layout();
        String guessedBecause = null;
        if (layout == null) {
            GridLayout.Guess guess = GridLayout.guess(grid, options.labels());
            layout = guess.layout();
            guessedBecause = guess.why();
        }
        JourneyDraft draft = new JourneyDraft();
        List<Unmapped> unmapped = new ArrayList<>();
        if (layout == GridLayout.MAP) {
            MapLayout.read(grid, options.labels(), source, fileStem, draft, unmapped);
        } else {
            MatrixLayout.read(grid, options.labels(), source, fileStem, draft, unmapped);
        }
        unmapped.sort(Unmapped.SHEET_ORDER);
        if (layout == GridLayout.MAP && coverage != null && !MapLayout.isEmpty(coverage)) {
            JourneyDraft matrix = new JourneyDraft();
            List<Unmapped> notCovered = new ArrayList<>();
            MatrixLayout.read(coverage, options.labels(), source, fileStem, matrix, notCovered);
            draft.problems().addAll(matrix.problems());
            draft.cover(matrix, options.labels(), notCovered);
            notCovered.sort(Unmapped.SHEET_ORDER);
            unmapped.addAll(notCovered);
        }
        if (!draft.problems().isEmpty()) {
            throw GridRefusal.refused(source, InvalidDocumentException.Kind.INVALID, draft.problems());
        }
        Map<String, Object> tree = draft.tree();
        String yaml = YAML.writeValueAsString(tree);
        try {
            var journey = new JourneyReader().read(source, yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
            return new ImportedJourney(yaml, journey, layout, guessedBecause, unmapped, List.of());
        } catch (InvalidDocumentException invalid) {
            // the grid gave something the document refuses: the problems name the written document's fields
            List<Problem> problems = new ArrayList<>();
            for (Problem problem : invalid.problems()) {
                problems.add(GridRefusal.problem("", problem.pointer().isEmpty()
                        ? "the journey written from the grid is refused as a journey document: " + problem.message()
                        : "the journey written from the grid is not valid at " + problem.yamlPath() + ": " + problem.message()));
            }
            throw GridRefusal.refused(source, invalid.kind(), problems);
        }
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
