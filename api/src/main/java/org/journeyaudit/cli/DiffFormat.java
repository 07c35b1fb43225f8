package org.journeyaudit.cli;

/** How {@code diff} writes its report: the formats of {@code impact}, and the visual side-by-side page. */
enum DiffFormat {
    TEXT, JSON, MARKDOWN, HTML
}
