package org.journeyaudit.engine.audit;

import java.time.LocalDate;
import java.util.List;

import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.recommend.Recommendation;

/**
 * The outcome of auditing one journey: its findings in report order, its ranked recommendations, and the
 * name of the rule profile it was audited with.
 */
public record Audit(Journey journey, LocalDate asOf, List<Finding> findings, List<Recommendation> recommendations, String profile) {

    public Audit {
        findings = List.copyOf(findings);
        recommendations = List.copyOf(recommendations);
        profile = profile == null ? "recommended" : profile;
    }

    public Audit(Journey journey, LocalDate asOf, List<Finding> findings, List<Recommendation> recommendations) {
        this(journey, asOf, findings, recommendations, null);
    }
}
