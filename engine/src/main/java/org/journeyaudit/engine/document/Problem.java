package org.journeyaudit.engine.document;

/**
 * One thing wrong with a document, located by its path and, where the parser gave one, by line and
 * column.
 */
public record Problem(String pointer, String yamlPath, Location location, String message) {

    public static Problem at(DocPath path, Location location, String message) {
        return new Problem(path.pointer(), path.yamlPath(), location == null ? Location.UNKNOWN : location, message);
    }
}
