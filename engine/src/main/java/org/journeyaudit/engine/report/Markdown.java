package org.journeyaudit.engine.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escaping for every Markdown report. Journey, check and change texts are written by users and the reports
 * are pasted into wikis, so a text renders as the characters it holds, never as markup: no HTML, no link or
 * image, no emphasis or code, no table cell or line of its own, no heading, quote or list.
 */
public final class Markdown {

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");
    /** What opens a block at the start of a line: a heading, a list item, a setext underline. */
    private static final Pattern BLOCK_START = Pattern.compile("^([#+=-])");
    /** An ordered list item: up to nine digits, then a dot or a parenthesis. */
    private static final Pattern ORDERED_ITEM = Pattern.compile("^(\\d{1,9})([.)])");
    private static final Pattern BACKTICKS = Pattern.compile("`+");

    private Markdown() {
    }

    /**
     * Text in a heading, paragraph, list item or table cell. HTML's {@code < > &} become entities (so a raw
     * tag or an entity shows as written); Markdown's punctuation is escaped with a backslash; line breaks
     * fold into spaces (a table row is one line); a leading block marker is escaped.
     */
    public static String text(String text) {
        if (text == null) {
            return "";
        }
        String folded = LINE_BREAKS.matcher(text).replaceAll(" ").strip();
        StringBuilder out = new StringBuilder(folded.length() + 16);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\\', '`', '*', '_', '[', ']', '|', '~' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        String escaped = out.toString();
        Matcher ordered = ORDERED_ITEM.matcher(escaped);
        if (ordered.find()) {
            return ordered.group(1) + "\\" + ordered.group(2) + escaped.substring(ordered.end());
        }
        return BLOCK_START.matcher(escaped).replaceFirst("\\\\$1");
    }

    /**
     * Several lines of text (a change's description): each line as {@link #text}, line breaks kept, blank
     * lines kept as one paragraph break.
     */
    public static String paragraphs(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        boolean blank = false;
        for (String line : text.strip().split("\\R")) {
            if (line.isBlank()) {
                blank = true;
                continue;
            }
            if (!out.isEmpty()) {
                out.append(blank ? "\n\n" : "\n");
            }
            out.append(text(line));
            blank = false;
        }
        return out.toString();
    }

    /**
     * An identifier shown as code ({@code step:ask-photo}). Nothing inside a code span is markup, so only
     * its fence needs care: longer than any run of backticks in it. A text with a pipe is written as
     * {@link #text} instead, since a table would split a code span at the pipe.
     */
    public static String code(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String folded = LINE_BREAKS.matcher(text).replaceAll(" ").strip();
        if (folded.indexOf('|') >= 0) {
            return text(folded);
        }
        int longest = 0;
        Matcher runs = BACKTICKS.matcher(folded);
        while (runs.find()) {
            longest = Math.max(longest, runs.group().length());
        }
        String fence = "`".repeat(longest + 1);
        // a space keeps a backtick at either end from joining the fence; Markdown strips one from each side
        String padding = folded.startsWith("`") || folded.endsWith("`") ? " " : "";
        return fence + padding + folded + padding + fence;
    }
}
