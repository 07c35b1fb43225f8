package org.journeyaudit.engine.evidence;

/** A row of the log that could not be read as an event, at its line (counted from 1), with what is wrong with it. */
public record UnreadRow(long line, String message) {
}
