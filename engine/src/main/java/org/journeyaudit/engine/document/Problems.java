package org.journeyaudit.engine.document;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of one document, so the user sees them all at once. */
public final class Problems {

    public Problems() {
    }

    private final List<Problem> found = new ArrayList<>();

    public void add(DocNode node, String message) {
        found.add(Problem.at(node.path(), node.location(), message));
    }

    public void add(DocPath path, Location location, String message) {
        found.add(Problem.at(path, location, message));
    }

    public void add(Problem problem) {
        found.add(problem);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** In document order: by line, then column; problems without a line last. */
    public List<Problem> list() {
        return found.stream()
                .sorted(java.util.Comparator.comparingInt((Problem p) -> p.location().known() ? p.location().line() : Integer.MAX_VALUE)
                        .thenComparingInt(p -> p.location().column()))
                .toList();
    }
}
