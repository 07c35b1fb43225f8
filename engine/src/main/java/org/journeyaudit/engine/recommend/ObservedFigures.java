package org.journeyaudit.engine.recommend;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.journeyaudit.engine.fact.ObservedHandleTime;
import org.journeyaudit.engine.fact.ObservedVolume;

/**
 * The figures a journey's event log gives for pricing: each stage's cases over the log's period, read as cases a
 * month. Only a log that covers at least a month gives them (a week tells of a peak or a lull), and only for a stage
 * it has cases at. Where the log gives a stage's cases, they price its recommendations ahead of the document's
 * {@code casesPerMonth}: the log is the service as it ran over the period, the document's figure may be stale. Likewise
 * the median handle time of a touchpoint's contacts (by {@code stage@channel}), where the log measures at least
 * {@link #MIN_CONTACTS} of them over at least {@link #MIN_DAYS} days, prices its contacts ahead of its {@code handleSeconds}.
 * A handle time the log measures on fewer contacts or days ({@code shortByCell}) prices nothing, and is kept so that the
 * cost to serve can say why the document's figure prices those contacts. The recommendations and the cost to serve both
 * read these figures through {@link Pricing}: this is the one place that decides whether a measurement prices.
 */
public record ObservedFigures(String log, double periodDays, Map<String, Long> casesByStage, Map<String, ObservedHandleTime> handleByCell,
        Map<String, ObservedHandleTime> shortByCell) {

    /** Fewest contacts measured, and fewest days of log, for a handle time to price: those evidence/handle-time-drift judges by default. */
    static final long MIN_CONTACTS = 20;
    static final double MIN_DAYS = 7;

    /** No log beside the journey: every figure is the document's. */
    public static final ObservedFigures NONE = new ObservedFigures(null, 0, Map.of(), Map.of(), Map.of());

    public ObservedFigures {
        casesByStage = Map.copyOf(casesByStage);
        handleByCell = Map.copyOf(handleByCell);
        shortByCell = Map.copyOf(shortByCell);
    }

    /** Figures without measurements too short to price. */
    public ObservedFigures(String log, double periodDays, Map<String, Long> casesByStage, Map<String, ObservedHandleTime> handleByCell) {
        this(log, periodDays, casesByStage, handleByCell, Map.of());
    }

    /** Figures that give cases only. */
    public ObservedFigures(String log, double periodDays, Map<String, Long> casesByStage) {
        this(log, periodDays, casesByStage, Map.of());
    }

    /**
     * The figures of the {@link ObservedVolume} and {@link ObservedHandleTime} facts among an audit's observed facts;
     * {@link #NONE} when there are none. Only the handle time of a touchpoint people handle prices.
     */
    public static ObservedFigures of(List<?> observed) {
        Map<String, Long> cases = new LinkedHashMap<>();
        Map<String, ObservedHandleTime> handle = new LinkedHashMap<>();
        Map<String, ObservedHandleTime> tooShort = new LinkedHashMap<>();
        String log = null;
        double days = 0;
        for (Object fact : observed) {
            if (fact instanceof ObservedVolume volume && volume.monthly() && volume.cases() > 0) {
                cases.put(volume.stage(), volume.cases());
                log = volume.log();
                days = volume.periodDays();
            } else if (fact instanceof ObservedHandleTime time && time.handled() && time.medianSeconds() > 0) {
                (prices(time) ? handle : tooShort).put(time.stage() + "@" + time.channel(), time);
                log = time.log();
                days = time.periodDays();
            }
        }
        return cases.isEmpty() && handle.isEmpty() && tooShort.isEmpty() ? NONE : new ObservedFigures(log, days, cases, handle, tooShort);
    }

    /** Whether a measured handle time is measured on enough contacts over enough days to price them. */
    static boolean prices(ObservedHandleTime time) {
        return time.contacts() >= MIN_CONTACTS && time.periodDays() >= MIN_DAYS;
    }

    /**
     * The handle time the log measures at the stage's touchpoint on the channel on too few contacts or days to price
     * them, or null when it measures none there or one that prices.
     */
    public ObservedHandleTime shortHandleTime(String stage, String channel) {
        return shortByCell.get(stage + "@" + channel);
    }

    /** The handle time the log gives the stage's touchpoint on the channel, or null when it gives none that prices. */
    public ObservedHandleTime handleTime(String stage, String channel) {
        return handleByCell.get(stage + "@" + channel);
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
