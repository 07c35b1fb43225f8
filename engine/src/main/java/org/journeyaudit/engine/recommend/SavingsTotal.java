package org.journeyaudit.engine.recommend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.journeyaudit.engine.journey.Journey;
import org.journeyaudit.engine.language.Language;

/**
 * The annual savings of an audit, each minute counted once. Recommendations that save on the same work (eliminating a
 * step and no longer asking its question; two fixes of the same recontacts) count the largest saving on it only; what
 * all recommendations save on one step or one touchpoint's contacts is capped at that work's own minutes, and what they
 * save on work priced at one cost per minute at its cost to serve. The total is those minutes priced, so it never
 * exceeds the journey's cost to serve. {@code plainSum} adds the recommendations' own figures, overlaps included.
 */
public record SavingsTotal(BigDecimal annual, BigDecimal plainSum, double minutesPerMonth, BigDecimal costToServe) {

    public static SavingsTotal of(Journey journey, List<Recommendation> recommendations) {
        return of(CostToServe.of(journey, Language.EN), recommendations);
    }

    /**
     * The same from the journey's cost to serve already worked out, in any language: the pools, groups and figures this
     * reads are the same in every language, only the cost's texts differ.
     */
    public static SavingsTotal of(CostToServe cost, List<Recommendation> recommendations) {
        BigDecimal plain = recommendations.stream().map(r -> r.impact().annualSavings()).filter(s -> s != null)
                .reduce(BigDecimal::add).orElse(null);
        // the largest saving on each piece of work
        Map<String, SavedWork> largest = new LinkedHashMap<>();
        for (Recommendation recommendation : recommendations) {
            if (recommendation.impact().annualSavings() == null) {
                continue;
            }
            for (SavedWork work : recommendation.impact().savedWork()) {
                largest.merge(work.work(), work, (a, b) -> a.secondsPerMonth().compareTo(b.secondsPerMonth()) >= 0 ? a : b);
            }
        }
        // what the work of one pool saves, capped at the pool
        Map<String, BigDecimal> byPool = new TreeMap<>();
        for (SavedWork work : largest.values()) {
            byPool.merge(work.pool(), work.secondsPerMonth(), BigDecimal::add);
        }
        Map<String, BigDecimal> byGroup = new TreeMap<>();
        byPool.forEach((id, seconds) -> {
            CostToServe.Pool pool = cost.pool(id);
            if (pool != null) {
                byGroup.merge(pool.group(), seconds.min(pool.secondsPerMonth()), BigDecimal::add);
            }
        });
        BigDecimal annual = null;
        BigDecimal seconds = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> entry : byGroup.entrySet()) {
            CostToServe.Group group = cost.group(entry.getKey());
            BigDecimal priced = group.price(entry.getValue()).min(group.cost());
            annual = annual == null ? priced : annual.add(priced);
            seconds = seconds.add(entry.getValue());
        }
        if (annual == null && plain != null) {
            annual = BigDecimal.ZERO;
        }
        return new SavingsTotal(annual == null ? null : annual.stripTrailingZeros(), plain,
                seconds.divide(BigDecimal.valueOf(60), 6, RoundingMode.HALF_UP).doubleValue(), cost.total());
    }

    /** Whether the plain sum differs from the de-overlapped total, so that a report shows both. */
    public boolean overlaps() {
        return plainSum != null && annual != null && plainSum.compareTo(annual) != 0;
    }
}
