package org.journeyaudit.cli;

/**
 * How an audit report is written: for people (text, markdown, html), for programs (json), for CI (sarif, junit), for a
 * spreadsheet (xlsx, a workbook, only to a file).
 */
enum ReportFormat {
    TEXT, JSON, MARKDOWN, HTML, SARIF, JUNIT, XLSX;

    /** Whether the report is a binary file, never written to a terminal. */
    boolean binary() {
        return this == XLSX;
    }
}
