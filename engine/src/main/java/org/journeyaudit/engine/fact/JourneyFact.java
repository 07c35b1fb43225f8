package org.journeyaudit.engine.fact;

import java.time.LocalDate;

/** The journey as a whole: ownership and the dates of its measurement cadence. */
public record JourneyFact(String id, boolean key, String owner, LocalDate lastMeasured, LocalDate lastAnalysed,
        LocalDate lastReviewed) {
}
