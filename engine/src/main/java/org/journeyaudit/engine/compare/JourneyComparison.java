package org.journeyaudit.engine.compare;

import java.util.List;

import org.journeyaudit.engine.audit.Audit;
import org.journeyaudit.engine.finding.Finding;

/**
 * Two versions of a journey audited as of the same date and compared: the findings resolved, introduced,
 * unchanged and changed; the measures, the coverage and the savings potential before and after; and the
 * verdict with the reasons that make it.
 */
public record JourneyComparison(
        Audit before,
        Audit after,
        List<Finding> resolved,
        List<Finding> introduced,
        List<FindingMatch> unchanged,
        List<FindingMatch> changed,
        List<Measure> measures,
        CoverageChange coverage,
        SavingsChange savings,
        Verdict verdict,
        List<String> improvements,
        List<String> worsenings,
        List<String> notes) {

    public JourneyComparison {
        resolved = List.copyOf(resolved);
        introduced = List.copyOf(introduced);
        unchanged = List.copyOf(unchanged);
        changed = List.copyOf(changed);
        measures = List.copyOf(measures);
        improvements = List.copyOf(improvements);
        worsenings = List.copyOf(worsenings);
        notes = List.copyOf(notes);
    }

    /** Whether the after version introduces a finding at or above the threshold: what fails a comparison. */
    public boolean failedBy(org.journeyaudit.engine.audit.FailOn failOn) {
        return introduced.stream().anyMatch(f -> failOn.failsOn(f.severity()));
    }

    public java.util.Optional<Measure> measure(String name) {
        return measures.stream().filter(m -> m.name().equals(name)).findFirst();
    }
}
