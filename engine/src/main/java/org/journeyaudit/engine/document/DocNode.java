package org.journeyaudit.engine.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML or JSON document that remembers where every value came from, so that every
 * problem found later can point at its line and column.
 */
public sealed interface DocNode {

    DocPath path();

    Location location();

    /** How the value is named in messages: "an object", "a list", "the text \"abc\"". */
    String describe();

    record ObjectNode(DocPath path, Location location, Map<String, Field> fields) implements DocNode {
        public ObjectNode {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        @Override
        public String describe() {
            return "an object";
        }
    }

    /** A field of an object: its name's own location, and its value. */
    record Field(String name, Location nameLocation, DocNode value) {
    }

    record ListNode(DocPath path, Location location, List<DocNode> items) implements DocNode {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A text, number, boolean or null. Numbers keep the text they were written as. */
    record ScalarNode(DocPath path, Location location, ScalarType type, String text) implements DocNode {
        @Override
        public String describe() {
            return switch (type) {
                case TEXT -> "the text \"" + abbreviate(text) + "\"";
                case INTEGER, DECIMAL -> "the number " + text;
                case BOOLEAN -> "the boolean " + text;
                case NULL -> "an empty value";
            };
        }

        private static String abbreviate(String text) {
            return text.length() <= 40 ? text : text.substring(0, 37) + "...";
        }
    }

    enum ScalarType { TEXT, INTEGER, DECIMAL, BOOLEAN, NULL }
}
