package org.journeyaudit.engine.journey;

/**
 * How the customer waits for a person on an assisted touchpoint: the average time to answer in seconds, and the share
 * of contacts abandoned before an answer (each null when not measured).
 */
public record Queue(Double answerSeconds, Double abandonment) {
}
