package org.journeyaudit.engine.fact;

/**
 * Contacts a month a stage counts for one reason (e.g. {@code progress-chasing}), its cases a month (null when not
 * given), the contacts per case (null without cases) and whether a present touchpoint of the stage notifies the
 * customer: failure demand is measured against it.
 */
public record ContactReason(String stage, int stageIndex, String reason, double contactsPerMonth, Double casesPerMonth,
        Double perCase, boolean notifies) {
}
