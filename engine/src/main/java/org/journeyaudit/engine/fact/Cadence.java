package org.journeyaudit.engine.fact;

import java.time.LocalDate;

/**
 * One activity of the COPC cadence (measure, analyse, review the journey), the rule parameter that
 * sets its interval in months, the document field it comes from, and when it was last done (null: never).
 */
public record Cadence(String activity, String parameter, String field, LocalDate last) {
}
