package org.journeyaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compliance --format csv --csv excel | --csv-delimiter}: the CSV as a spreadsheet opens it, byte for byte. */
class ExcelCsvTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private byte[] written(String... options) throws Exception {
        Path file = dir.resolve("matrix.csv");
        String[] args = new String[7 + options.length];
        System.arraycopy(new String[] {"compliance", "../samples", "--as-of", "2026-11-22", "--format", "csv", "-o=" + file}, 0, args, 0, 7);
        System.arraycopy(options, 0, args, 7, options.length);
        CliRun run = CliRun.run(args);
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        return Files.readAllBytes(file);
    }

    @Test
    void theDefaultIsTheExpectedCsvByteForByte() throws Exception {
        assertThat(written()).isEqualTo(Files.readAllBytes(ComplianceCommandTest.EXPECTED));
        assertThat(written("--csv", "plain")).isEqualTo(Files.readAllBytes(ComplianceCommandTest.EXPECTED));
    }

    @Test
    void excelIsAByteOrderMarkThenSemicolonsAndCrlf() throws Exception {
        byte[] excel = written("--csv", "excel");
        String expected = Files.readString(ComplianceCommandTest.EXPECTED).replace(',', ';');

        assertThat(excel).startsWith(BOM);
        assertThat(new String(excel, 3, excel.length - 3, StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(expected).startsWith("journey;version;consistency/conflicting-info;").contains("\r\nbank-card-loss;2026;pass;");
    }

    @Test
    void theDelimiterMayBeATabInEitherDialect() throws Exception {
        String expected = Files.readString(ComplianceCommandTest.EXPECTED).replace(',', '\t');

        assertThat(new String(written("--csv-delimiter", "tab"), StandardCharsets.UTF_8)).isEqualTo(expected);
        byte[] excel = written("--csv", "excel", "--csv-delimiter", "tab");
        assertThat(excel).startsWith(BOM);
        assertThat(new String(excel, 3, excel.length - 3, StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void inExcelATextThatWouldStartAFormulaIsLedByAnApostrophe() throws Exception {
        Path journeys = Files.createDirectory(dir.resolve("journeys"));
        Files.writeString(journeys.resolve("retail.yaml"), Files.readString(Path.of("../samples/retail-defective-goods.yaml"))
                .replace("version: \"before\"", "version: \"=1+2\""));
        CliRun excel = CliRun.run("compliance", journeys.toString(), "--as-of", "2026-11-22", "--format", "csv", "--csv", "excel");
        CliRun plain = CliRun.run("compliance", journeys.toString(), "--as-of", "2026-11-22", "--format", "csv");

        assertThat(excel.out().lines().skip(1).findFirst().orElseThrow()).startsWith("retail-defective-goods;'=1+2;");
        assertThat(plain.out().lines().skip(1).findFirst().orElseThrow()).startsWith("retail-defective-goods,=1+2,");
    }

    @Test
    void anUnknownDialectOrDelimiterIsAUsageError() {
        CliRun dialect = CliRun.run("compliance", "../samples", "--format", "csv", "--csv", "libreoffice");
        CliRun delimiter = CliRun.run("compliance", "../samples", "--format", "csv", "--csv-delimiter", "|");

        assertThat(dialect.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(dialect.err()).isEqualTo("journey-audit: --csv 'libreoffice' is not a CSV dialect: plain (RFC 4180, comma) or excel "
                + "(UTF-8 byte order mark, semicolons, for a spreadsheet)\nTry 'journey-audit compliance --help' for usage.\n");
        assertThat(delimiter.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(delimiter.err()).isEqualTo("journey-audit: --csv-delimiter '|' is not a CSV delimiter: , ; or tab\n"
                + "Try 'journey-audit compliance --help' for usage.\n");
    }
}
