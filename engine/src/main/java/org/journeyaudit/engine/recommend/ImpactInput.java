package org.journeyaudit.engine.recommend;

/** One figure a saving is computed from, and where it came from ({@code from}: the document fields, or why it is a default). */
public record ImpactInput(String name, double value, String unit, InputSource source, String from) {
}
