package org.journeyaudit.engine.document;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of one document, so the user sees them all at once. */
final class Problems {

    private final List<Problem> found = new ArrayList<>();

    void add(DocNode node, String message) {
        found.add(Problem.at(node.path(), node.location(), message));
    }

    void add(DocPath path, Location location, String message) {
        found.add(Problem.at(path, location, message));
    }

    void add(Problem problem) {
        found.add(problem);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** In document order: by line, then column; problems without a line last. */
    List<Problem> list() {
        return found.stream()
                .sorted(java.util.Comparator.comparingInt((Problem p) -> p.location().known() ? p.location().line() : Integer.MAX_VALUE)
                        .thenComparingInt(p -> p.location().column()))
                .toList();
    }
}
