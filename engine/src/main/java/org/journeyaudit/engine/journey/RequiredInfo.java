package org.journeyaudit.engine.journey;

import java.time.Duration;

/**
 * Something the customer must be told at a stage (a deadline to claim, a right to compensation, the route to an
 * ombudsman): the {@code item} as touchpoints' {@code info} name it, what obliges the telling ({@code source} and
 * {@code reason}, e.g. "EU 261/2004 art. 14"), and, where the obligation bounds the value told, the longest time it may
 * say ({@code atMost}, e.g. a refund within P14D; null when unbounded).
 */
public record RequiredInfo(String item, InfoSource source, String reason, Duration atMost) {
}
