package org.journeyaudit.engine.document;

/** A line and column in a document, both counted from 1; either may be unknown (0). */
public record Location(int line, int column) {

    public static final Location UNKNOWN = new Location(0, 0);

    public boolean known() {
        return line > 0;
    }

    @Override
    public String toString() {
        return column > 0 ? line + ":" + column : String.valueOf(line);
    }
}
