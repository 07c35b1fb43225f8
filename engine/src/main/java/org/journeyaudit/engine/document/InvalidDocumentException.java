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

    /** What the refused document is, as messages name it, unless a reader says otherwise. */
    public static final String JOURNEY_DOCUMENT = "journey document";

    private final String source;
    private final Kind kind;
    private final List<Problem> problems;
    private final String documentName;

    public InvalidDocumentException(String source, Kind kind, List<Problem> problems) {
        this(source, kind, problems, JOURNEY_DOCUMENT);
    }

    /** {@code documentName} names what was refused in messages: "change request", "impact request". */
    public InvalidDocumentException(String source, Kind kind, List<Problem> problems, String documentName) {
        super(source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        this.source = source;
        this.kind = kind;
        this.problems = List.copyOf(problems);
        this.documentName = documentName;
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

    public String documentName() {
        return documentName;
    }
}
