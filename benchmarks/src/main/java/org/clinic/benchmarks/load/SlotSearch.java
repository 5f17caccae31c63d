package org.clinic.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import tools.jackson.databind.json.JsonMapper;

/**
 * One user searching again and again (closed loop, one request at a time): the latency a patient sees for the
 * widest search the API allows, without queueing behind other searches.
 */
public final class SlotSearch {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SlotSearch() {
    }

    public record Result(int failures, int slotsPerResponse, int bytesPerResponse, long[] nanos) {

        public static final Result NONE = new Result(0, 0, 0, new long[0]);

        public int requests() {
            return nanos.length;
        }

        public Latencies latencies() {
            return Latencies.of(nanos);
        }

        /** This block's results followed by the next one's. */
        public Result and(Result next) {
            long[] all = Arrays.copyOf(nanos, nanos.length + next.nanos.length);
            System.arraycopy(next.nanos, 0, all, nanos.length, next.nanos.length);
            return new Result(failures + next.failures, Math.max(slotsPerResponse, next.slotsPerResponse),
                    Math.max(bytesPerResponse, next.bytesPerResponse), all);
        }
    }

    public static Result measure(HttpClient http, URI uri, int requests) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build();
        long[] nanos = new long[requests];
        int failures = 0;
        byte[] last = new byte[0];
        for (int i = 0; i < requests; i++) {
            long began = System.nanoTime();
            var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            nanos[i] = System.nanoTime() - began;
            if (response.statusCode() != 200) {
                failures++;
            } else {
                last = response.body();
            }
        }
        int slots = last.length == 0 ? 0 : JSON.readTree(last).get("slots").size();
        return new Result(failures, slots, last.length, nanos);
    }
}
