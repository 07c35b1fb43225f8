package org.journeyaudit.engine.journey;

import java.time.LocalDate;

/**
 * A rule silenced for one element of the journey, with the reason it is acceptable and, optionally, the
 * last day it holds. {@code origin} says where it was written ({@code file.yaml:42}) so reports can point at it.
 */
public record Suppression(String rule, String element, String reason, LocalDate expires, String origin) {

    public boolean expiredOn(LocalDate asOf) {
        return expires != null && expires.isBefore(asOf);
    }
}
