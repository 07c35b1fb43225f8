package org.journeyaudit.engine.fact;

import java.time.Duration;

/**
 * How a customer gets through to a present touchpoint of a serving channel: its service hours ({@code hoursGiven} false
 * when the document gives none; then {@code aroundTheClock} is false and {@code hoursPerWeek} 0), the call-back it
 * promises and the window promised (null: no window), and its queue figures (null when not measured).
 */
public record TouchpointAccess(String stage, int stageIndex, String channel, boolean selfService, boolean hoursGiven,
        boolean aroundTheClock, double hoursPerWeek, boolean callbackPromised, Duration callbackWindow, Double answerSeconds,
        Double abandonment, double volumePerMonth) {
}
