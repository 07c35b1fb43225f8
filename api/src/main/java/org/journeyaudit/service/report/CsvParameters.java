package org.journeyaudit.service.report;

import java.util.List;

import org.journeyaudit.engine.report.CsvDialect;
import org.journeyaudit.service.problem.BadParameterException;

/** The query parameters {@code csv} ({@code plain} or {@code excel}) and {@code csvDelimiter} ({@code ,}, {@code ;}, {@code tab}) of a CSV answer. */
public final class CsvParameters {

    private CsvParameters() {
    }

    public static CsvDialect dialect(String csv, String csvDelimiter) {
        try {
            CsvDialect.of(csv, null);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("csv", csv, e.getMessage(), List.of("plain", "excel"));
        }
        try {
            return CsvDialect.of(csv, csvDelimiter);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("csvDelimiter", csvDelimiter, e.getMessage(), List.of(",", ";", "tab"));
        }
    }
}
