package org.clinic.benchmarks.load;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-model load: request i is sent at {@code start + i / rate}, whether or not earlier ones have answered,
 * as independent patients would. Latency counts from that intended moment, so a client that falls behind, or a
 * server that stalls, shows up in the percentiles instead of quietly lowering the arrival rate.
 */
public final class OpenLoad {

    private OpenLoad() {
    }

    /** Statuses by code (-1 for requests that got no response: refused, reset, timed out). */
    public record Result(int sent, Map<Integer, Integer> statuses, String firstUnexpected, Latencies latencies,
            double elapsedSeconds, double maxSendLagMillis) {

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
        int n = requests.size();
        long period = Math.round(1e9 / perSecond);
        long[] latencies = new long[n];
        int[] statuses = new int[n];
        var futures = new CompletableFuture<?>[n];
        var lastAnswer = new AtomicLong();
        var maxLag = new AtomicLong();
        var firstUnexpected = new AtomicReference<String>();
        long start = System.nanoTime() + 10_000_000;
        for (int i = 0; i < n; i++) {
            long intended = start + i * period;
            waitUntil(intended);
            maxLag.accumulateAndGet(System.nanoTime() - intended, Math::max);
            int index = i;
            futures[i] = http.sendAsync(requests.get(i), HttpResponse.BodyHandlers.ofString())
                    .handle((response, failure) -> {
                        long now = System.nanoTime();
                        latencies[index] = now - intended;
                        statuses[index] = response == null ? -1 : response.statusCode();
                        lastAnswer.accumulateAndGet(now, Math::max);
                        if (response == null || response.statusCode() >= 500 || response.statusCode() == 400) {
                            firstUnexpected.compareAndSet(null, response == null ? String.valueOf(failure)
                                    : response.statusCode() + " " + abbreviate(response.body()));
                        }
                        return null;
                    });
        }
        // Each request carries its own timeout, so this ends.
        CompletableFuture.allOf(futures).join();
        Map<Integer, Integer> counts = new TreeMap<>();
        for (int status : statuses) {
            counts.merge(status, 1, Integer::sum);
        }
        return new Result(n, counts, firstUnexpected.get(), Latencies.of(latencies),
                (lastAnswer.get() - start) / 1e9, maxLag.get() / 1e6);
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
