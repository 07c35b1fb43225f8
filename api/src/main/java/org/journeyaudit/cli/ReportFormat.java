package org.journeyaudit.cli;

/** How an audit report is written: for people (text, markdown, html), for programs (json), for CI (sarif, junit). */
enum ReportFormat {
    TEXT, JSON, MARKDOWN, HTML, SARIF, JUNIT
}
