package org.journeyaudit.engine.journey;

import java.time.LocalDate;

/** When the journey's customer experience was last measured, analysed and reviewed (COPC cadence). */
public record Measurement(LocalDate lastMeasured, LocalDate lastAnalysed, LocalDate lastReviewed) {

    public static final Measurement NEVER = new Measurement(null, null, null);
}
