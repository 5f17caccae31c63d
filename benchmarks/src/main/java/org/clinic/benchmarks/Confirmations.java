package org.clinic.benchmarks;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The confirmation emails notification-service has handed to the mail catcher, counted as they arrive. */
final class Confirmations {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT_AT_MOST = Duration.ofMinutes(10);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

    private final Context c;

    Confirmations(Context context) {
        this.c = context;
    }

    /**
     * Waits until there is a confirmation for each of {@code booked} bookings.
     * @return how long that took, for the report: "4.2 s later", or how many were missing when it gave up
     */
    String awaitAll(long booked) throws Exception {
        long began = System.nanoTime();
        long deadline = began + WAIT_AT_MOST.toNanos();
        long mailed = count();
        long lastReport = began;
        while (mailed < booked && System.nanoTime() < deadline) {
            if (System.nanoTime() - lastReport > PROGRESS_EVERY.toNanos()) {
                Context.progress("Waiting for confirmation emails: %d of %d mailed...", mailed, booked);
                lastReport = System.nanoTime();
            }
            Thread.sleep(200);
            mailed = count();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        return mailed >= booked ? String.format(Locale.ROOT, "%.1f s later", seconds)
                : String.format(Locale.ROOT, "only %d of %d after %.0f s", mailed, booked, seconds);
    }

    long count() throws Exception {
        var response = c.http().send(HttpRequest.newBuilder(URI.create(c.inbox() + "/api/messages/count"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode count = JSON.readTree(response.body()).get("count");
        if (response.statusCode() != 200 || count == null) {
            throw new IllegalStateException("The mail catcher did not answer with a count (" + response.statusCode()
                    + "); is local-stack built from this checkout? Build with -am.");
        }
        return count.asLong();
    }

    /** For the report's last line; never fails the run. */
    String describe() {
        try {
            return String.valueOf(count());
        } catch (Exception e) {
            return "unknown (" + e + ")";
        }
    }
}
