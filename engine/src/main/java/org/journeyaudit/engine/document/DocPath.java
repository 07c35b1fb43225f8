package org.journeyaudit.engine.document;

import java.util.List;

/**
 * Where a value sits in a document, kept as its segments so that it can be written both as a JSON
 * pointer ({@code /stages/0/steps/2/minutes}) and as a YAML path ({@code stages[0].steps[2].minutes}).
 */
public final class DocPath {

    public static final DocPath ROOT = new DocPath(null, null);

    /**
     * The path one segment shorter, and this path's last segment: a path is made for every value of every document
     * read, so a longer one shares its parent instead of copying the segments before it.
     */
    private final DocPath parent;
    private final Object segment;
    private final int length;
    /** {@link List#hashCode()} of the segments, built up as a list builds it. */
    private final int hash;

    private DocPath(DocPath parent, Object segment) {
        this.parent = parent;
        this.segment = segment;
        this.length = parent == null ? 0 : parent.length + 1;
        this.hash = parent == null ? 1 : 31 * parent.hash + segment.hashCode();
    }

    public DocPath field(String name) {
        return append(name);
    }

    public DocPath index(int index) {
        return append(index);
    }

    private DocPath append(Object segment) {
        return new DocPath(this, java.util.Objects.requireNonNull(segment));
    }

    /** The segments from the root down. */
    private List<Object> segments() {
        Object[] out = new Object[length];
        for (DocPath at = this; at.parent != null; at = at.parent) {
            out[at.length - 1] = at.segment;
        }
        return List.of(out);
    }

    /** RFC 6901 JSON pointer. */
    public String pointer() {
        if (length == 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (Object segment : segments()) {
            out.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }

    /** The same place written as YAML users read it; the document root is {@code $}. */
    public String yamlPath() {
        if (length == 0) {
            return "$";
        }
        StringBuilder out = new StringBuilder();
        for (Object segment : segments()) {
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
        if (!(other instanceof DocPath path) || path.length != length || path.hash != hash) {
            return false;
        }
        for (DocPath mine = this, theirs = path; mine != theirs; mine = mine.parent, theirs = theirs.parent) {
            if (!mine.segment.equals(theirs.segment)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return pointer();
    }
}
