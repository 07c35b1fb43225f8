package org.journeyaudit.engine.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a value sits in a document, kept as its segments so that it can be written both as a JSON
 * pointer ({@code /stages/0/steps/2/minutes}) and as a YAML path ({@code stages[0].steps[2].minutes}).
 */
public final class DocPath {

    public static final DocPath ROOT = new DocPath(List.of());

    private final List<Object> segments;

    private DocPath(List<Object> segments) {
        this.segments = segments;
    }

    public DocPath field(String name) {
        return append(name);
    }

    public DocPath index(int index) {
        return append(index);
    }

    private DocPath append(Object segment) {
        List<Object> longer = new ArrayList<>(segments);
        longer.add(segment);
        return new DocPath(List.copyOf(longer));
    }

    /** RFC 6901 JSON pointer. */
    public String pointer() {
        if (segments.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (Object segment : segments) {
            out.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }

    /** The same place written as YAML users read it; the document root is {@code $}. */
    public String yamlPath() {
        if (segments.isEmpty()) {
            return "$";
        }
        StringBuilder out = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer i) {
                out.append('[').append(i).append(']');
            } else {
                String name = segment.toString();
                boolean plain = name.matches("[A-Za-z_][A-Za-z0-9_-]*");
                if (plain) {
                    out.append(out.isEmpty() ? "" : ".").append(name);
                } else {
                    out.append("['").append(name.replace("'", "\\'")).append("']");
                }
            }
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DocPath path && path.segments.equals(segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    @Override
    public String toString() {
        return pointer();
    }
}
