package org.journeyaudit.engine.audit;

import java.time.LocalDate;
import java.util.List;

import org.journeyaudit.engine.finding.Finding;
import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.recommend.ObservedFigures;
import org.journeyaudit.engine.recommend.Recommendation;

/**
 * The outcome of auditing one journey: its findings in report order, its ranked recommendations, the name
 * of the rule profile it was audited with, the findings its suppressions cover (apart, never dropped) and
 * the suppressions that were not applied or matched nothing, and the findings a baseline holds: known before, listed
 * apart like suppressed ones and never counted as failures; and the figures of the journey's event log that priced its
 * recommendations ({@link ObservedFigures#NONE} without a log), which its cost to serve is worked out on too.
 */
public record Audit(Journey journey, LocalDate asOf, List<Finding> findings, List<Recommendation> recommendations, String profile,
        List<SuppressedFinding> suppressed, List<SuppressionNote> suppressionNotes, List<Finding> baselined, ObservedFigures observed) {

    public Audit {
        findings = List.copyOf(findings);
        recommendations = List.copyOf(recommendations);
        profile = profile == null ? "recommended" : profile;
        suppressed = suppressed == null ? List.of() : List.copyOf(suppressed);
        suppressionNotes = suppressionNotes == null ? List.of() : List.copyOf(suppressionNotes);
        baselined = baselined == null ? List.of() : List.copyOf(baselined);
        observed = observed == null ? ObservedFigures.NONE : observed;
    }

    public Audit(Journey journey, LocalDate asOf, List<Finding> findings, List<Recommendation> recommendations, String profile,
            List<SuppressedFinding> suppressed, List<SuppressionNote> suppressionNotes, List<Finding> baselined) {
        this(journey, asOf, findings, recommendations, profile, suppressed, suppressionNotes, baselined, ObservedFigures.NONE);
    }

    public Audit(Journey journey, LocalDate asOf, List<Finding> findings, List<Recommendation> recommendations, String profile,
            List<SuppressedFinding> suppressed, List<SuppressionNote> suppressionNotes) {
        this(journey, asOf, findings, recommendations, profile, suppressed, suppressionNotes, List.of());
    }

    public Audit(Journey journey, LocalDate asOf, List<Finding> findings, List<Recommendation> recommendations, String profile) {
        this(journey, asOf, findings, recommendations, profile, List.of(), List.of(), List.of());
    }

    public Audit(Journey journey, LocalDate asOf, List<Finding> findings, List<Recommendation> recommendations) {
        this(journey, asOf, findings, recommendations, null);
    }
}
