package org.journeyaudit.engine.document;

import java.util.List;

/** A document that cannot be audited, with every problem found in it. */
public class InvalidDocumentException extends RuntimeException {

    private final String source;
    private final List<Problem> problems;

    public InvalidDocumentException(String source, List<Problem> problems) {
        super(source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public List<Problem> problems() {
        return problems;
    }
}
