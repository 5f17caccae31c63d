package org.clinic.benchmarks.load;

import java.util.Arrays;

/**
 * Exact percentiles of a few thousand recorded latencies, by sorting them. A histogram library would save
 * memory for millions of samples; a run here records at most tens of thousands, so exact nearest-rank values
 * cost nothing and need no dependency.
 */
public final class Latencies {

    private final long[] sortedNanos;

    private Latencies(long[] sortedNanos) {
        this.sortedNanos = sortedNanos;
    }

    public static Latencies of(long[] nanos) {
        long[] copy = nanos.clone();
        Arrays.sort(copy);
        return new Latencies(copy);
    }

    public int count() {
        return sortedNanos.length;
    }

    /** Nearest-rank percentile in milliseconds: the smallest sample that at least p% of samples do not exceed. */
    public double percentileMillis(double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }

    public double maxMillis() {
        return sortedNanos.length == 0 ? Double.NaN : sortedNanos[sortedNanos.length - 1] / 1e6;
    }
}
