package org.journeyaudit.engine.evidence;

import java.util.Arrays;

/**
 * The durations of cases (or the handle times of contacts), in seconds, one per case (or contact): eight bytes each,
 * so that percentiles are exact rather than estimated. A percentile is the nearest rank: the p90 of n durations is the ceil(0.9 n)-th shortest.
 */
public final class Durations implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private long[] seconds = new long[16];
    private int count;
    private boolean sorted = true;

    void add(long duration) {
        if (count == seconds.length) {
            seconds = Arrays.copyOf(seconds, count * 2);
        }
        sorted = sorted && (count == 0 || seconds[count - 1] <= duration);
        seconds[count++] = duration;
    }

    /** Adds the durations of other cases. */
    void addAll(Durations other) {
        for (int i = 0; i < other.count; i++) {
            add(other.seconds[i]);
        }
    }

    public int count() {
        return count;
    }

    /** The nearest-rank percentile ({@code share} 0.5 for the median, 0.9 for p90), in seconds; null with no case. */
    public Long percentile(double share) {
        if (count == 0) {
            return null;
        }
        if (!sorted) {
            Arrays.sort(seconds, 0, count);
            sorted = true;
        }
        int rank = (int) Math.ceil(share * count);
        return seconds[Math.max(0, Math.min(count, rank) - 1)];
    }

    /** How many durations are longer than {@code limit} seconds. */
    public int over(long limit) {
        int over = 0;
        for (int i = 0; i < count; i++) {
            if (seconds[i] > limit) {
                over++;
            }
        }
        return over;
    }
}
