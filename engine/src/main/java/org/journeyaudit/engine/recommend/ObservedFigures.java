package org.journeyaudit.engine.recommend;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.fact.ObservedVolume;

/**
 * The figures a journey's event log gives for pricing: each stage's cases over the log's period, read as cases a
 * month. Only a log that covers at least a month gives them (a week tells of a peak or a lull), and only for a stage
 * it has cases at. Where the log gives a stage's cases, they price its recommendations ahead of the document's
 * {@code casesPerMonth}: the log is the service as it ran over the period, the document's figure may be stale.
 */
public record ObservedFigures(String log, double periodDays, Map<String, Long> casesByStage) {

    /** No log beside the journey: every figure is the document's. */
    public static final ObservedFigures NONE = new ObservedFigures(null, 0, Map.of());

    public ObservedFigures {
        casesByStage = Map.copyOf(casesByStage);
    }

    /** The figures of the {@link ObservedVolume} facts among an audit's observed facts; {@link #NONE} when there are none. */
    public static ObservedFigures of(List<?> observed) {
        Map<String, Long> cases = new LinkedHashMap<>();
        String log = null;
        double days = 0;
        for (Object fact : observed) {
            if (fact instanceof ObservedVolume volume && volume.monthly() && volume.cases() > 0) {
                cases.put(volume.stage(), volume.cases());
                log = volume.log();
                days = volume.periodDays();
            }
        }
        return cases.isEmpty() ? NONE : new ObservedFigures(log, days, cases);
    }

    /** The stage's cases in the log, or null when the log gives none there. */
    public Long cases(String stage) {
        return casesByStage.get(stage);
    }

    /** The stage's cases a month over the log's period, or null when the log gives none there. */
    public Double perMonth(String stage) {
        Long cases = casesByStage.get(stage);
        return cases == null ? null : cases / (periodDays / ObservedVolume.DAYS_A_MONTH);
    }
}
