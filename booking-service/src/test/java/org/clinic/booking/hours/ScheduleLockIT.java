package org.clinic.booking.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.clinic.booking.TestHttp;
import org.clinic.booking.slot.Availability;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A booking holds its practitioner's schedule from its slot check to its commit: time off or a closure recorded
 * meanwhile waits for it (and then sees it as a conflict), other bookings do not wait.
 */
class ScheduleLockIT extends ScheduleChangeTest {

    private static final String LIN_TIME_OFF = "/api/booking/practitioners/" + LIN + "/time-off";

    @Autowired
    Availability availability;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void timeOffWaitsForABookingInProgressWhileOtherBookingsGoAhead() throws Exception {
        var race = whileABookingOfLinIsInProgress(LIN_TIME_OFF,
                Map.of("start", "2026-12-01T11:00:00-05:00", "end", "2026-12-01T12:00:00-05:00"));

        assertThat(race.change().status()).isEqualTo(409);
        assertThat(race.change().json().get("conflicts").get(0).get("reference").asString())
                .isEqualTo(race.bookedMeanwhile());
    }

    @Test
    void aClinicClosureWaitsForABookingInProgressToo() throws Exception {
        var race = whileABookingOfLinIsInProgress("/api/booking/closures", Map.of("from", "2026-12-01"));

        assertThat(race.change().status()).isEqualTo(409);
        assertThat(race.change().json().get("conflicts").get(0).get("reference").asString())
                .isEqualTo(race.bookedMeanwhile());
    }

    /** @param bookedMeanwhile the reference of the booking made while the held one was in progress */
    private record Race(String bookedMeanwhile, TestHttp.Response change) {
    }

    /**
     * Holds a booking of Dr. Lin's between its slot check and its commit, books another of her slots meanwhile
     * (which must not wait), sends the schedule change (which must), then lets the held booking commit.
     */
    private Race whileABookingOfLinIsInProgress(String path, Map<String, Object> change)
            throws Exception {
        var checked = new CountDownLatch(1);
        var commit = new CountDownLatch(1);
        var bookingInProgress = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            availability.holdSchedules(LIN);
            checked.countDown();
            awaitLatch(commit);
        }));
        awaitLatch(checked);

        String bookedMeanwhile = book(ADJUSTMENT, LIN, "2026-12-01T11:00:00-05:00");
        var scheduleChange = CompletableFuture.supplyAsync(() -> new TestHttp("http://localhost:" + port)
                .post(path, change, ADMIN));
        await().atMost(Duration.ofSeconds(10)).until(this::someoneWaitsForAScheduleLock);
        assertThat(scheduleChange).isNotDone();

        commit.countDown();
        bookingInProgress.get(10, TimeUnit.SECONDS);
        return new Race(bookedMeanwhile, scheduleChange.get(10, TimeUnit.SECONDS));
    }

    private boolean someoneWaitsForAScheduleLock() {
        return jdbc.sql("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")
                .query(Integer.class).single() > 0;
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
