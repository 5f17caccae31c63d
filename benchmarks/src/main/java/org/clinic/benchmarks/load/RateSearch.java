package org.clinic.benchmarks.load;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Finds the highest arrival rate a system passes at, by trying rates one after the other: up by a constant factor
 * from a low start until the first failure (never further: past saturation a step only builds a queue that the
 * next step would pay for), then bisecting between the highest passing and the lowest failing rate until they are
 * within the wanted precision. If the very first rate fails, it steps down by the same factor instead.
 *
 * <p>Rates are whole requests per second; bisection takes the geometric mean, the middle on the scale the steps
 * up were taken on. The caller measures each proposed rate and reports whether it passed.
 */
public final class RateSearch {

    /** One measured rate. */
    public record Step(double rate, boolean passed) {
    }

    private final double start;
    private final double factor;
    private final double precision;
    private final int maxSteps;
    private final List<Step> steps = new ArrayList<>();
    private double highestPassing = Double.NaN;
    private double lowestFailing = Double.NaN;

    /**
     * @param start     the first rate, per second
     * @param factor    how much higher each step up is (more than 1)
     * @param precision stop once the lowest failing rate is within this fraction above the highest passing one
     * @param maxSteps  stop after this many steps whatever was found
     */
    public RateSearch(double start, double factor, double precision, int maxSteps) {
        if (start < 1 || factor <= 1 || precision <= 0 || maxSteps < 1) {
            throw new IllegalArgumentException("start >= 1, factor > 1, precision > 0 and at least one step");
        }
        this.start = Math.round(start);
        this.factor = factor;
        this.precision = precision;
        this.maxSteps = maxSteps;
    }

    /** The next rate to measure, or empty once the search is over. */
    public OptionalDouble next() {
        if (steps.size() >= maxSteps) {
            return OptionalDouble.empty();
        }
        if (steps.isEmpty()) {
            return OptionalDouble.of(start);
        }
        boolean passed = !Double.isNaN(highestPassing);
        boolean failed = !Double.isNaN(lowestFailing);
        if (!failed) {
            return OptionalDouble.of(Math.max(highestPassing + 1, Math.round(highestPassing * factor)));
        }
        if (!passed) {
            double lower = Math.min(lowestFailing - 1, Math.round(lowestFailing / factor));
            return lower < 1 ? OptionalDouble.empty() : OptionalDouble.of(lower);
        }
        if (narrowed()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.round(Math.sqrt(highestPassing * lowestFailing)));
    }

    /** Passing and failing rates within the precision, or neighbours: whole rates leave nothing between them. */
    private boolean narrowed() {
        return lowestFailing <= highestPassing * (1 + precision) || lowestFailing - highestPassing < 2;
    }

    /** What the rate the last {@link #next()} proposed did. */
    public void record(double rate, boolean passed) {
        steps.add(new Step(rate, passed));
        if (passed) {
            highestPassing = Double.isNaN(highestPassing) ? rate : Math.max(highestPassing, rate);
        } else {
            lowestFailing = Double.isNaN(lowestFailing) ? rate : Math.min(lowestFailing, rate);
        }
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }

    /** The highest rate that passed, if any did. */
    public OptionalDouble highestPassing() {
        return Double.isNaN(highestPassing) ? OptionalDouble.empty() : OptionalDouble.of(highestPassing);
    }

    /** The lowest rate that failed; empty if every step passed (the search ran out of steps going up). */
    public OptionalDouble lowestFailing() {
        return Double.isNaN(lowestFailing) ? OptionalDouble.empty() : OptionalDouble.of(lowestFailing);
    }

    /**
     * Whether the search ended at its step limit before bracketing the limit to the wanted precision: the highest
     * passing rate is then only a lower bound (or the failing one an upper bound).
     */
    public boolean outOfSteps() {
        boolean bracketed = highestPassing().isPresent() && lowestFailing().isPresent() && narrowed();
        return steps.size() >= maxSteps && !bracketed;
    }

    /**
     * The pass rule of a step: p99 under the limit and hardly any errors. An overloaded server that answers fast
     * with errors must not pass on its latency alone.
     *
     * @param measured   the requests of the measured part of the step
     * @param expected   the status a successful request gets
     * @param errorShare the largest fraction of other answers (or none) that still passes
     */
    public static boolean passes(Samples measured, double p99LimitMillis, int expected, double errorShare) {
        return measured.size() > 0 && measured.latencies().percentileMillis(99) < p99LimitMillis
                && measured.otherThan(expected) <= errorShare * measured.size();
    }
}
