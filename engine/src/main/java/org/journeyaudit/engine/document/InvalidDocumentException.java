package org.journeyaudit.engine.document;

import java.util.List;

/** A document that cannot be audited, with every problem found in it and what kind of failure it is. */
public class InvalidDocumentException extends RuntimeException {

    /** Why the document was refused: a service answers each kind with its own status. */
    public enum Kind {
        /** The file could not be read at all. */
        UNREADABLE,
        /** Over the size limit; refused before parsing. */
        TOO_LARGE,
        /** Not well-formed YAML or JSON, empty, nested too deep, or more than one document. */
        MALFORMED,
        /** Well-formed, but not a valid journey: wrong fields, types, values or references. */
        INVALID
    }

    private final String source;
    private final Kind kind;
    private final List<Problem> problems;

    public InvalidDocumentException(String source, Kind kind, List<Problem> problems) {
        super(source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        this.source = source;
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public Kind kind() {
        return kind;
    }

    public List<Problem> problems() {
        return problems;
    }
}
