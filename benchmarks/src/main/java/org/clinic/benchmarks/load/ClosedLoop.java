package org.clinic.benchmarks.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.function.ToIntFunction;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One user asking again and again (closed loop, one request at a time): the latency a patient or a receptionist
 * sees for a search, without queueing behind other searches.
 */
public final class ClosedLoop {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ClosedLoop() {
    }

    /** @param itemsPerResponse how many results the last answer held, e.g. the size of its list */
    public record Result(int failures, int itemsPerResponse, int bytesPerResponse, long[] nanos) {

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
            return new Result(failures + next.failures, Math.max(itemsPerResponse, next.itemsPerResponse),
                    Math.max(bytesPerResponse, next.bytesPerResponse), all);
        }
    }

    /** @param items counts the results in an answer's JSON */
    public static Result measure(HttpClient http, HttpRequest request, int requests, ToIntFunction<JsonNode> items)
            throws IOException, InterruptedException {
        long[] nanos = new long[requests];
        int failures = 0;
        HttpResponse<byte[]> last = null;
        for (int i = 0; i < requests; i++) {
            long began = System.nanoTime();
            var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            nanos[i] = System.nanoTime() - began;
            if (response.statusCode() != 200) {
                failures++;
            } else {
                last = response;
            }
        }
        if (last == null) {
            return new Result(failures, 0, 0, nanos);
        }
        // Sizes are as sent; a request that asked for gzip (as browsers do) gets it unpacked here to count results.
        byte[] body = last.body();
        if (last.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent()) {
            try (var unpacked = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = unpacked.readAllBytes();
            }
        }
        return new Result(failures, items.applyAsInt(JSON.readTree(body)), last.body().length, nanos);
    }
}
