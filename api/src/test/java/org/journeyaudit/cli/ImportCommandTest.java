package org.journeyaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.journeyaudit.engine.spreadsheet.GridLayout;
import org.journeyaudit.engine.spreadsheet.JourneyImport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} and {@code export}, and spreadsheets read where journeys are: {@code audit}, {@code validate}. */
class ImportCommandTest {

    private static final Path SAMPLES = Path.of("../samples/spreadsheets");
    private static final String FITNESS = SAMPLES.resolve("fitness-club-map.xlsx").toString();

    @TempDir
    Path dir;

    private static String expected(String name) throws IOException {
        return Files.readString(SAMPLES.resolve("expected/" + name));
    }

    /** What {@code import} says on the error stream about the fitness map: the guess, then the cells not imported. */
    private static String fitnessNotes(String source) throws IOException {
        StringBuilder notes = new StringBuilder("journey-audit: " + source + ": read as a journey map, since column A labels its rows"
                + " as a journey map does ('Потребность клиента' at CJM!A3); --layout matrix reads it as a coverage matrix\n"
                + "journey-audit: " + source + ": 9 cells were not imported:\n");
        for (String line : Files.readAllLines(SAMPLES.resolve("expected/fitness-club-map.xlsx.unmapped.txt"))) {
            notes.append("  ").append(line).append('\n');
        }
        return notes.toString();
    }

    @Test
    void importWritesTheJourneyDocumentAndListsTheCellsNotImported() throws IOException {
        CliRun run = CliRun.run("import", FITNESS);

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo(expected("fitness-club-map.yaml"));
        assertThat(run.err()).isEqualTo(fitnessNotes(FITNESS));
    }

    @Test
    void importWritesTheFileNamedByOutput() throws IOException {
        Path out = dir.resolve("journey.yaml");

        CliRun run = CliRun.run("import", SAMPLES.resolve("insurance-matrix.csv").toString(), "--layout", "matrix", "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("Journey written to " + out + "\n");
        assertThat(Files.readString(out)).isEqualTo(expected("insurance-matrix.yaml"));
        // a layout given is not a guess, so only the cells not imported are listed
        assertThat(run.err()).startsWith("journey-audit: " + SAMPLES.resolve("insurance-matrix.csv") + ": 5 cells were not imported:\n"
                + "  insurance-matrix.csv!B6: the row 'Внутренние процессы' is a journey map's row, not a channel of the coverage matrix;");
        CliRun validate = CliRun.run("validate", out.toString());
        assertThat(validate.out()).isEqualTo(out + ": valid\n");
    }

    @Test
    void importRefusesWhatItCannotReadWithTheUsualMessagesAndExitCodes() throws IOException {
        CliRun layout = CliRun.run("import", FITNESS, "--layout", "grid");
        CliRun sheet = CliRun.run("import", FITNESS, "--sheet", "Лист1");
        CliRun encoding = CliRun.run("import", SAMPLES.resolve("insurance-matrix.csv").toString(), "--encoding", "cp-nowhere");
        CliRun yaml = CliRun.run("import", "../samples/bank-card-loss.yaml");
        Path labels = Files.writeString(dir.resolve("labels.yaml"), "labels: {moods: [Настроение]}\n");
        CliRun badLabels = CliRun.run("import", FITNESS, "--labels", labels.toString());

        assertThat(layout.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(layout.err()).isEqualTo("journey-audit: --layout: 'grid' is not a layout; expected map or matrix\n"
                + "Try 'journey-audit import --help' for usage.\n");
        assertThat(sheet.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(sheet.err()).isEqualTo(FITNESS + " cannot be imported as a journey:\n"
                + FITNESS + ": the workbook has no sheet 'Лист1'; its sheets are 'CJM'\n");
        assertThat(encoding.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(encoding.err()).startsWith("journey-audit: --encoding: 'cp-nowhere' is not an encoding this Java knows;");
        assertThat(yaml.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(yaml.err()).startsWith("journey-audit: ../samples/bank-card-loss.yaml: import reads an Excel workbook (.xlsx) or a CSV file"
                + " (.csv); a journey document is read by validate and audit as it is\n");
        CliRun sheetOfCsv = CliRun.run("import", SAMPLES.resolve("insurance-matrix.csv").toString(), "--sheet", "Матрица");
        CliRun encodingOfWorkbook = CliRun.run("import", FITNESS, "--encoding", "windows-1251");
        assertThat(sheetOfCsv.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(sheetOfCsv.err()).isEqualTo("journey-audit: --sheet: a CSV file has no sheets; --sheet names a sheet of an Excel"
                + " workbook (.xlsx)\nTry 'journey-audit import --help' for usage.\n");
        assertThat(encodingOfWorkbook.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(encodingOfWorkbook.err()).isEqualTo("journey-audit: --encoding: an encoding is given for CSV files only; a workbook"
                + " keeps its own\nTry 'journey-audit import --help' for usage.\n");
        assertThat(badLabels.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(badLabels.err()).isEqualTo(labels + " is not a valid label file:\n"
                + labels + ":1:17: labels.moods: 'moods' is no row of a journey map; expected one of: stages, goal, customerSteps,"
                + " channels, pains, barriers, solutions, emotion, steps, systems, owner, losses\n");
    }

    @Test
    void exportWritesAWorkbookWhoseSheetsImportBack() throws IOException {
        Path workbook = dir.resolve("claim.xlsx");

        CliRun run = CliRun.run("export", "../samples/insurance-insured-event.yaml", "--format", "xlsx", "-o", workbook.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("Workbook written to " + workbook + "\n");
        var matrix = JourneyImport.read(workbook, JourneyImport.Options.defaults().withSheet("Coverage").withLayout(GridLayout.MATRIX)).journey();
        assertThat(matrix.stages()).extracting(s -> s.name() + " " + s.touchpoints().stream().map(t -> t.channel() + "=" + t.status().word())
                .toList()).containsExactly(
                "Get advice [chat=present, phone=present, e-mail-in-the-personal-account=present]",
                "Call emergency services [chat=absent, phone=present, e-mail-in-the-personal-account=not-applicable]",
                "File a claim [chat=absent, phone=present, e-mail-in-the-personal-account=present]",
                "Check the status of the claim [chat=present, phone=present, e-mail-in-the-personal-account=absent]",
                "Learn the decision [chat=present, phone=present, e-mail-in-the-personal-account=present]");
    }

    @Test
    void theSheetsOfAWorkbookThatAreNotReadAreNamed() throws IOException {
        Path workbook = dir.resolve("claim.xlsx");
        CliRun.run("export", "../samples/insurance-insured-event.yaml", "-o", workbook.toString());

        CliRun run = CliRun.run("import", workbook.toString(), "--sheet", "Coverage");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEqualTo("journey-audit: " + workbook + ": read as a coverage matrix, since 15 of its 15 cells below the"
                + " stages are coverage marks (+, -, N/A); --layout map reads it as a journey map\n"
                + "journey-audit: " + workbook + ": the sheet 'Journey map' was not read; --sheet NAME reads another sheet\n");
    }

    @Test
    void exportNeedsAFileToWriteTheWorkbookTo() {
        CliRun run = CliRun.run("export", "../samples/insurance-insured-event.yaml");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).isEqualTo("journey-audit: -o FILE.xlsx is required: a workbook is not written to the terminal\n"
                + "Try 'journey-audit export --help' for usage.\n");
        CliRun directory = CliRun.run("export", "../samples", "-o", dir.resolve("all.xlsx").toString());
        assertThat(directory.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(directory.err()).isEqualTo("journey-audit: ../samples is a directory; export writes one journey: name its file\n"
                + "Try 'journey-audit export --help' for usage.\n");
    }

    @Test
    void auditReadsAWorkbookAsImportReadsIt() throws IOException {
        Path yaml = Files.writeString(dir.resolve("fitness.yaml"), expected("fitness-club-map.yaml"));

        CliRun fromWorkbook = CliRun.run("audit", FITNESS, "--as-of", "2026-11-28", "--format", "json");
        CliRun fromYaml = CliRun.run("audit", yaml.toString(), "--as-of", "2026-11-28", "--format", "json");

        assertThat(fromWorkbook.exitCode()).isEqualTo(fromYaml.exitCode());
        assertThat(fromWorkbook.out()).isEqualTo(fromYaml.out());
        assertThat(fromWorkbook.err()).isEqualTo(fitnessNotes(FITNESS));
    }

    @Test
    void aDirectoryAuditLeavesSpreadsheetsAlone() {
        CliRun run = CliRun.run("audit", SAMPLES.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains(SAMPLES + ": the directory holds no .yaml, .yml or .json file");
    }

    @Test
    void validateNamesAnInvalidSpreadsheetsProblemsByCell() throws IOException {
        Path csv = Files.writeString(dir.resolve("map.csv"), "Stage;Order\nTouchpoints;Голубиная связь\n");

        CliRun run = CliRun.run("validate", csv.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.out()).isEqualTo(csv + ": map.csv!B2: the channel 'Голубиная связь' does not say whether people serve it"
                + " (assisted) or customers serve themselves (self-service), which the journey document needs; name it under"
                + " 'channels' in a label file (--labels) with its mode\n" + csv + ": 1 problem\n");
        assertThat(List.of(run.err())).containsExactly("");
    }
}
