package org.journeyaudit.cli;

/** How {@code impact} and {@code diff} write their reports. */
enum AnalysisFormat {
    TEXT, JSON, MARKDOWN
}
