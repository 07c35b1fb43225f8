package org.journeyaudit.engine.fact;

/**
 * A pain the map writes at a stage: its text as written, its {@code key} (the text with case, spacing, punctuation and
 * the Russian ё folded, and phrases of one {@code equivalents} group made one), and {@code rank}, its place among the
 * stages that write the same pain, in journey order (0 at the first such stage). A pain written twice at one stage is
 * one fact, so the rank counts stages.
 */
public record PainFact(String stage, int index, String text, String key, int rank) {
}
