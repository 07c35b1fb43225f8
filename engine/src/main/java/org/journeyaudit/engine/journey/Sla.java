package org.journeyaudit.engine.journey;

import java.time.Duration;

/** The service standard a touchpoint works to today, and the target it should reach. */
public record Sla(Duration standard, Duration target) {
}
