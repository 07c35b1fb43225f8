package org.journeyaudit.cli;

/** How an audit report is written. */
enum ReportFormat {
    TEXT, JSON, MARKDOWN, HTML
}
