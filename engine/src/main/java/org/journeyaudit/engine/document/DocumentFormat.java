package org.journeyaudit.engine.document;

import java.util.Locale;

/** The two notations a journey document may be written in; the schema is the same. */
public enum DocumentFormat {
    YAML, JSON;

    /** By file name: {@code .json} is JSON, everything else ({@code .yaml}, {@code .yml}) YAML. */
    public static DocumentFormat ofFileName(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
    }

    public static boolean isJourneyFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml");
    }
}
