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

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<Problem> list() {
        return List.copyOf(found);
    }
}
