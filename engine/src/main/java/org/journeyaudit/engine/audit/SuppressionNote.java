package org.journeyaudit.engine.audit;

import java.util.Locale;

import org.journeyaudit.engine.journey.Suppression;

/** A suppression that was not applied, or applied to nothing, and why: so that none silences anything unseen. */
public record SuppressionNote(Suppression suppression, Status status, String message) {

    public enum Status {
        /** Past its {@code expires} date: the findings it covered are reported again. */
        EXPIRED,
        /** Names a rule the catalogue lacks. */
        UNKNOWN_RULE,
        /** Matched no finding: the flaw is gone, or the suppression names the wrong element. */
        UNUSED;

        public String word() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
