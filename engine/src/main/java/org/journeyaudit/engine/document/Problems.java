package org.journeyaudit.engine.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of one document, so the user sees them all at once; up to {@link #MAX_LISTED},
 * so that a document built to fail everywhere cannot make its own refusal huge.
 */
public final class Problems {

    /** More than anyone reads; the first ones show what to fix. */
    public static final int MAX_LISTED = 1000;

    private final List<Problem> found = new ArrayList<>();
    private int count;

    public Problems() {
    }

    public void add(DocNode node, String message) {
        add(Problem.at(node.path(), node.location(), message));
    }

    public void add(DocPath path, Location location, String message) {
        add(Problem.at(path, location, message));
    }

    public void add(Problem problem) {
        count++;
        if (found.size() < MAX_LISTED) {
            found.add(problem);
        }
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** How many problems were found, listed or not. */
    public int count() {
        return count;
    }

    /** Whether further problems would no longer be listed: work spent on their wording is wasted. */
    public boolean full() {
        return found.size() >= MAX_LISTED;
    }

    /** In document order: by line, then column; problems without a line last; then how many more there are. */
    public List<Problem> list() {
        List<Problem> listed = new ArrayList<>(found.stream()
                .sorted(java.util.Comparator.comparingInt((Problem p) -> p.location().known() ? p.location().line() : Integer.MAX_VALUE)
                        .thenComparingInt(p -> p.location().column()))
                .toList());
        if (count > found.size()) {
            listed.add(Problem.at(DocPath.ROOT, Location.UNKNOWN, "and " + (count - found.size()) + " more problems; the first "
                    + MAX_LISTED + " are listed"));
        }
        return listed;
    }
}
