package org.journeyaudit.engine.fact;

/** A threshold of one rule, from its documented default or from the user's settings. */
public record Parameter(String rule, String name, double value) {
}
