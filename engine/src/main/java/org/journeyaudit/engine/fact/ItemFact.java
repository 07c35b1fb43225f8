package org.journeyaudit.engine.fact;

/**
 * One information item the journey's steps ask for, use or produce, with the last stage (by index) at which a
 * decision depends on it and the last at which the customer is told it (-1 when none).
 */
public record ItemFact(String item, int lastDecidedAt, int lastToldAt) {
}
