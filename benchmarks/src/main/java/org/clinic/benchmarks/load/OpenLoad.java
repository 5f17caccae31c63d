package org.clinic.benchmarks.load;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-model load: request i is sent at {@code start + i / rate}, whether or not earlier ones have answered,
 * as independent patients would. Latency counts from that intended moment, so a client that falls behind, or a
 * server that stalls, shows up in the percentiles instead of quietly lowering the arrival rate.
 */
public final class OpenLoad {

    private OpenLoad() {
    }

    /**
     * Statuses by code (-1 for requests that got no response: refused, reset, timed out).
     *
     * @param samples each request's due time, latency and status, to cut the run into windows
     */
    public record Result(int sent, Map<Integer, Integer> statuses, String firstUnexpected, Latencies latencies,
            double elapsedSeconds, double maxSendLagMillis, Samples samples) {

        public int count(int status) {
            return statuses.getOrDefault(status, 0);
        }

        public int other(int... expected) {
            int other = sent;
            for (int status : expected) {
                other -= count(status);
            }
            return other;
        }

        /** Responses of any kind per second, over the time from the first intended send to the last answer. */
        public double completedPerSecond() {
            return (sent - count(-1)) / elapsedSeconds;
        }

        public double perSecond(int status) {
            return count(status) / elapsedSeconds;
        }
    }

    public static Result run(HttpClient http, List<HttpRequest> requests, double perSecond) {
        return interleaved(http, List.of(requests), perSecond).get(0);
    }

    /**
     * Several targets at once, each at {@code perSecondEach}: one schedule sends the lanes' requests in turn
     * (a, b, c, a, b, c, ...), so every lane keeps its own exact rate and all see the same moments of the run.
     *
     * @param lanes requests per target, all of the same length
     * @return a result per lane, in the same order
     */
    public static List<Result> interleaved(HttpClient http, List<List<HttpRequest>> lanes, double perSecondEach) {
        int ways = lanes.size();
        if (lanes.stream().anyMatch(lane -> lane.size() != lanes.get(0).size())) {
            throw new IllegalArgumentException("Every lane needs as many requests as the others");
        }
        int n = lanes.get(0).size() * ways;
        long period = Math.round(1e9 / (perSecondEach * ways));
        long[] latencies = new long[n];
        int[] statuses = new int[n];
        var futures = new CompletableFuture<?>[n];
        var lastAnswer = new AtomicLongArray(ways);
        var maxLag = new AtomicLong();
        var firstUnexpected = new AtomicReferenceArray<String>(ways);
        long start = System.nanoTime() + 10_000_000;
        for (int i = 0; i < n; i++) {
            long intended = start + i * period;
            waitUntil(intended);
            maxLag.accumulateAndGet(System.nanoTime() - intended, Math::max);
            int index = i;
            int lane = i % ways;
            futures[i] = http.sendAsync(lanes.get(lane).get(i / ways), HttpResponse.BodyHandlers.ofString())
                    .handle((response, failure) -> {
                        long now = System.nanoTime();
                        latencies[index] = now - intended;
                        statuses[index] = response == null ? -1 : response.statusCode();
                        lastAnswer.accumulateAndGet(lane, now, Math::max);
                        if (response == null || response.statusCode() >= 500 || response.statusCode() == 400) {
                            firstUnexpected.compareAndSet(lane, null, response == null ? String.valueOf(failure)
                                    : response.statusCode() + " " + abbreviate(response.body()));
                        }
                        return null;
                    });
        }
        // Each request carries its own timeout, so this ends.
        CompletableFuture.allOf(futures).join();
        List<Result> results = new ArrayList<>();
        for (int lane = 0; lane < ways; lane++) {
            long[] due = new long[n / ways];
            long[] own = new long[n / ways];
            int[] codes = new int[n / ways];
            for (int i = lane, k = 0; i < n; i += ways, k++) {
                due[k] = i * period;
                own[k] = latencies[i];
                codes[k] = statuses[i];
            }
            var samples = new Samples(due, own, codes);
            results.add(new Result(own.length, samples.statusCounts(), firstUnexpected.get(lane), samples.latencies(),
                    (lastAnswer.get(lane) - start) / 1e9, maxLag.get() / 1e6, samples));
        }
        return results;
    }

    private static void waitUntil(long nanoTime) {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
