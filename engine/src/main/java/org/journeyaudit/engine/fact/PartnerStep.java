package org.journeyaudit.engine.fact;

import java.time.Duration;

/**
 * A step a partner outside the company does (a wholesale provider, a courier, a ground handler), with the turnaround
 * agreed with it ({@code ola}; null when none is agreed) and the stage's standard: the shortest service standard of its
 * present touchpoints (null when none gives one).
 */
public record PartnerStep(String stage, int stageIndex, String step, String partner, Duration ola, Duration stageStandard) {
}
