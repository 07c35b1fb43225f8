package org.journeyaudit.engine.audit;

import java.time.LocalDate;
import java.util.List;

import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.recommend.Recommendation;

/** The outcome of auditing one journey: its findings in report order and its ranked recommendations. */
public record Audit(Journey journey, LocalDate asOf, List<Finding> findings, List<Recommendation> recommendations) {

    public Audit {
        findings = List.copyOf(findings);
        recommendations = List.copyOf(recommendations);
    }
}
