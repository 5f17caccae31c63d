package org.clinic.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.clinic.booking.BookingIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** The database, not the application's check, is what makes double booking impossible. */
class DoubleBookingIT extends BookingIntegrationTest {

    @Test
    void twentyParallelRequestsForOneSlotBookItExactlyOnce() throws Exception {
        int requests = 20;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            for (int i = 0; i < requests; i++) {
                String email = "racer" + i + "@example.org";
                statuses.add(pool.submit(() -> {
                    start.await();
                    return http.post("/api/booking/appointments",
                            TestBookings.online(ADJUSTMENT, LIN, "2026-12-01T15:00:00-05:00", email)).status();
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                results.add(status.get());
            }
            assertThat(results).containsOnly(201, 409);
            assertThat(results).filteredOn(s -> s == 201).hasSize(1);
            assertThat(results).filteredOn(s -> s == 409).hasSize(requests - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM appointment").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void fiftyMixedOnlineAndDeskAttemptsOnOneSlotBookItOnce() throws Exception {
        var counter = new java.util.concurrent.atomic.AtomicInteger();
        List<Integer> statuses = IdempotencyIT.parallel(50, () -> {
            int i = counter.incrementAndGet();
            return i % 2 == 0
                    ? http.post("/api/booking/appointments", TestBookings.online(ADJUSTMENT, LIN,
                            "2026-12-01T16:00:00-05:00", "mixed" + i + "@example.org")).status()
                    : http.post("/api/booking/desk/appointments", DeskBookingIT.deskBooking(ADJUSTMENT, LIN,
                            "2026-12-01T16:00:00-05:00", java.util.Map.of("firstName", "D", "lastName", "" + i)),
                            DeskBookingIT.DESK).status();
        });

        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM appointment").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRescheduleRacingABookingIntoTheSameSlotLetsExactlyOneWin() throws Exception {
        var mine = http.post("/api/booking/appointments", TestBookings.online(ADJUSTMENT, LIN,
                "2026-12-01T11:00:00-05:00", "mover@example.org")).json();
        String reschedule = "/api/booking/appointments/" + mine.get("reference").asString() + "/reschedule";
        var counter = new java.util.concurrent.atomic.AtomicInteger();

        List<Integer> statuses = IdempotencyIT.parallel(2, () -> counter.incrementAndGet() == 1
                ? http.post(reschedule, java.util.Map.of("start", "2026-12-01T17:00:00-05:00"),
                        "X-Manage-Token", mine.get("manageToken").asString()).status()
                : http.post("/api/booking/appointments", TestBookings.online(ADJUSTMENT, LIN,
                        "2026-12-01T17:00:00-05:00", "racer@example.org")).status());

        // Either the move won (200) and the booking lost (409), or the booking won (201) and the move lost.
        assertThat(statuses).hasSize(2).containsOnlyOnce(409);
        assertThat(statuses).filteredOn(s -> s == 200 || s == 201).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM appointment WHERE status = 'BOOKED' AND start_at = '2026-12-01 22:00Z'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theExclusionConstraintRejectsAnOverlapOfDifferentDurationEvenWithoutTheApplicationsCheck() {
        UUID patient = jdbc.sql("INSERT INTO patient (id, first_name, last_name) VALUES (gen_random_uuid(), 'A', 'B') RETURNING id")
                .query(UUID.class).single();
        insertDirectly(patient, "2026-12-01 09:00-05", "2026-12-01 10:00-05", "AAAAAAA2");

        assertThatThrownBy(() -> insertDirectly(patient, "2026-12-01 09:30-05", "2026-12-01 10:00-05", "AAAAAAA3"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .satisfies(e -> assertThat(SqlStates.is((RuntimeException) e, SqlStates.EXCLUSION_VIOLATION)).isTrue());
    }

    @Test
    void aCancelledAppointmentNoLongerHoldsItsTime() {
        UUID patient = jdbc.sql("INSERT INTO patient (id, first_name, last_name) VALUES (gen_random_uuid(), 'A', 'B') RETURNING id")
                .query(UUID.class).single();
        insertDirectly(patient, "2026-12-01 09:00-05", "2026-12-01 10:00-05", "AAAAAAA4");
        jdbc.sql("UPDATE appointment SET status = 'CANCELLED' WHERE reference = 'AAAAAAA4'").update();

        insertDirectly(patient, "2026-12-01 09:00-05", "2026-12-01 10:00-05", "AAAAAAA5");

        assertThat(jdbc.sql("SELECT count(*) FROM appointment").query(Long.class).single()).isEqualTo(2);
    }

    private void insertDirectly(UUID patient, String start, String end, String reference) {
        jdbc.sql("""
                        INSERT INTO appointment (id, reference, practitioner_id, appointment_type_id, patient_id, start_at,
                            end_at, occupied, status, channel, manage_token_hash)
                        VALUES (gen_random_uuid(), :reference, :practitioner, :type, :patient, CAST(:start AS timestamptz),
                            CAST(:end AS timestamptz), tstzrange(CAST(:start AS timestamptz), CAST(:end AS timestamptz)),
                            'BOOKED', 'PHONE', '\\x00')""")
                .param("reference", reference).param("practitioner", OKAFOR).param("type", EVALUATION)
                .param("patient", patient).param("start", start).param("end", end)
                .update();
    }
}
