package org.journeyaudit.engine.fact;

/**
 * One information item the journey's steps ask for, use or produce, with the last stage (by index) at which a
 * decision depends on it, the last at which the customer is told it and the last stage that declares it an outcome
 * (-1 when none).
 */
public record ItemFact(String item, int lastDecidedAt, int lastToldAt, int lastDeliveredAt) {
}
