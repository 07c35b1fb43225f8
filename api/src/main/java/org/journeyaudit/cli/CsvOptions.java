package org.journeyaudit.cli;

import org.journeyaudit.engine.report.CsvDialect;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --csv plain|excel} and {@code --csv-delimiter , | ; | tab}: how a CSV report is written. */
final class CsvOptions {

    @Option(names = "--csv", paramLabel = "DIALECT", description = "With --format csv: plain (RFC 4180, comma; the default) or excel "
            + "(UTF-8 byte order mark, semicolons, CRLF: opens in columns in a spreadsheet set to a Russian or European locale).")
    String dialect;

    @Option(names = "--csv-delimiter", paramLabel = "DELIMITER", description = "With --format csv: the delimiter, , ; or tab "
            + "(default: the dialect's, a comma for plain, a semicolon for excel).")
    String delimiter;

    /** The dialect asked for; a usage error naming the option when it is not one (the dialect's name checked first). */
    CsvDialect dialect(CommandSpec spec) {
        try {
            CsvDialect.of(dialect, null);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--csv " + e.getMessage());
        }
        try {
            return CsvDialect.of(dialect, delimiter);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--csv-delimiter " + e.getMessage());
        }
    }
}
