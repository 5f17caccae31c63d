package org.clinic.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clinic.booking.BookingIntegrationTest;
import org.clinic.booking.TestHttp;
import org.junit.jupiter.api.Test;

/** A retried request (lost response, double click) books once, and the retry gets the first answer again. */
class IdempotencyIT extends BookingIntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    IdempotencyKeys keys;

    @Test
    void theSameKeyAndBodyReturnTheFirstResponseAndBookNothingNew() {
        var body = TestBookings.online(ADJUSTMENT, LIN, "2026-12-01T11:00:00-05:00", "i1@example.org");
        var first = http.post("/api/booking/appointments", body, "Idempotency-Key", "retry-me-1");
        var again = http.post("/api/booking/appointments", body, "Idempotency-Key", "retry-me-1");

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(count("appointment")).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsAConflict() {
        http.post("/api/booking/appointments", TestBookings.online(ADJUSTMENT, LIN, "2026-12-01T11:00:00-05:00",
                "i2@example.org"), "Idempotency-Key", "k2");
        var other = http.post("/api/booking/appointments", TestBookings.online(ADJUSTMENT, LIN,
                "2026-12-01T12:00:00-05:00", "i2@example.org"), "Idempotency-Key", "k2");

        assertThat(other.status()).isEqualTo(409);
        assertThat(count("appointment")).isEqualTo(1);
    }

    @Test
    void concurrentRetriesWithOneKeyAllGetTheSameBooking() throws Exception {
        var body = TestBookings.online(ADJUSTMENT, LIN, "2026-12-01T13:00:00-05:00", "i3@example.org");
        List<TestHttp.Response> responses = parallel(10, () -> http.post("/api/booking/appointments", body,
                "Idempotency-Key", "same-click"));

        assertThat(responses).extracting(TestHttp.Response::status).containsOnly(201);
        assertThat(responses).extracting(r -> r.json().get("reference").asString()).containsOnly(
                responses.get(0).json().get("reference").asString());
        assertThat(count("appointment")).isEqualTo(1);
    }

    @Test
    void theStoredResponseDoesNotRevealTheManageToken() {
        var first = http.post("/api/booking/appointments", TestBookings.online(ADJUSTMENT, LIN,
                "2026-12-01T11:30:00-05:00", "i4@example.org"), "Idempotency-Key", "k4");
        String token = first.json().get("manageToken").asString();

        byte[] sealed = jdbc.sql("SELECT response_sealed FROM idempotency_key").query(byte[].class).single();
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(token);
    }

    @Test
    void keysOlderThanTheRetentionAreForgotten() {
        http.post("/api/booking/appointments", TestBookings.online(ADJUSTMENT, LIN, "2026-12-01T12:30:00-05:00",
                "i6@example.org"), "Idempotency-Key", "old");
        jdbc.sql("UPDATE idempotency_key SET created_at = now() - interval '25 hours'").update();

        keys.forgetOldKeys();

        assertThat(count("idempotency_key")).isZero();
        assertThat(count("appointment")).isEqualTo(1);
    }

    @Test
    void anUnreasonableKeyIsA400() {
        var body = TestBookings.online(ADJUSTMENT, LIN, "2026-12-01T11:00:00-05:00", "i5@example.org");
        assertThat(http.post("/api/booking/appointments", body, "Idempotency-Key", "x".repeat(201)).status())
                .isEqualTo(400);
        assertThat(count("appointment")).isZero();
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    static <T> List<T> parallel(int n, java.util.concurrent.Callable<T> task) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
