package org.journeyaudit.engine.audit;

import java.util.List;

/**
 * What is wrong with one part of an audit request: the part ({@code field}), the entry within it when the
 * part is a list of entries (the {@code handoff/excess.max} of a threshold), the value given, what is
 * wrong with it in words (the value quoted, the nearest valid name suggested) and the values allowed,
 * when they can be listed.
 */
public record RequestProblem(RequestField field, String entry, String given, String message, List<String> allowed) {

    public RequestProblem {
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
    }

    static RequestProblem of(RequestField field, String given, String message, List<String> allowed) {
        return new RequestProblem(field, null, given, message, allowed);
    }

    static RequestProblem ofEntry(RequestField field, String entry, String given, String message, List<String> allowed) {
        return new RequestProblem(field, entry, given, message, allowed);
    }
}
