package org.clinic.benchmarks.load;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every request of an open-model run, in send order: when it was due (from the run's start), how long its answer
 * took from that moment, and its status (-1: no answer). Kept per request so a run can be cut into windows after
 * the fact: a settle period left out, or the first minute after a start in ten-second slices.
 */
public record Samples(long[] dueNanos, long[] latencyNanos, int[] statuses) {

    public Samples {
        if (dueNanos.length != latencyNanos.length || dueNanos.length != statuses.length) {
            throw new IllegalArgumentException("One due time, latency and status per request");
        }
    }

    public int size() {
        return dueNanos.length;
    }

    /** The requests that were due in [from, to) seconds after the start, whenever they were answered. */
    public Samples dueBetween(double fromSecond, double toSecond) {
        long from = nanos(fromSecond);
        long to = nanos(toSecond);
        int first = 0;
        while (first < size() && dueNanos[first] < from) {
            first++;
        }
        int end = first;
        while (end < size() && dueNanos[end] < to) {
            end++;
        }
        return new Samples(Arrays.copyOfRange(dueNanos, first, end),
                Arrays.copyOfRange(latencyNanos, first, end),
                Arrays.copyOfRange(statuses, first, end));
    }

    /**
     * Answers with this status that arrived in [from, to) seconds after the start, per second: the rate the server
     * actually delivered then, which falls behind the offered rate once it saturates.
     */
    public double arrivedPerSecond(int status, double fromSecond, double toSecond) {
        long from = nanos(fromSecond);
        long to = nanos(toSecond);
        int arrived = 0;
        for (int i = 0; i < size(); i++) {
            long at = dueNanos[i] + latencyNanos[i];
            if (statuses[i] == status && at >= from && at < to) {
                arrived++;
            }
        }
        return arrived / (toSecond - fromSecond);
    }

    public Latencies latencies() {
        return Latencies.of(latencyNanos);
    }

    public int count(int status) {
        int n = 0;
        for (int s : statuses) {
            if (s == status) {
                n++;
            }
        }
        return n;
    }

    /** Requests answered with anything but {@code expected}, unanswered ones included. */
    public int otherThan(int expected) {
        return size() - count(expected);
    }

    public Map<Integer, Integer> statusCounts() {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (int s : statuses) {
            counts.merge(s, 1, Integer::sum);
        }
        return counts;
    }

    private static long nanos(double seconds) {
        return Math.round(seconds * 1e9);
    }
}
