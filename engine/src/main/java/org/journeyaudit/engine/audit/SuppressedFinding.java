package org.journeyaudit.engine.audit;

import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.journey.Suppression;

/** A finding the journey's owners accepted: reported apart (numbered S1, S2 ...), never counted as a failure. */
public record SuppressedFinding(Finding finding, Suppression suppression) {
}
