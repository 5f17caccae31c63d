package org.clinic.system.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clinic.localstack.LocalStack;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's third fault: the Kafka broker stopped and started again (its log directory kept) while bookings flow,
 * so events are caught at every step between a booking and its email: in booking-service's outbox, in the topic,
 * being consumed, being mailed. End to end (booking POST, outbox, Kafka, notification-service, SMTP), every booking
 * gets its confirmation exactly once.
 */
class KafkaRestartIT {

    private static final double PER_SECOND = 4;
    private static final Duration LOAD = Duration.ofSeconds(30);
    private static final Duration BEFORE_STOP = Duration.ofSeconds(10);
    private static final Duration DOWN = Duration.ofSeconds(10);

    @Test
    void everyBookingIsConfirmedOnceAcrossABrokerRestart() throws Exception {
        try (LocalStack stack = DrillStack.start("kafka")) {
            var patients = new Patients(stack.gatewayUrl(), "kafka");
            var slots = patients.freeSlots((int) (PER_SECOND * LOAD.toSeconds()));

            var load = patients.bookAtRateMeanwhile(slots, PER_SECOND);
            patients.awaitBooked((int) (PER_SECOND * BEFORE_STOP.toSeconds() / 2));
            long stopping = System.nanoTime();
            stack.kafka().stop();
            long mailedAtStop = Outcome.mailCount(stack);
            // Felt: a booking accepted while the broker is away, so its event must wait in the outbox.
            int bookedAtStop = patients.booked().size();
            Faults.hold(DOWN, () -> patients.booked().size() > bookedAtStop);
            stack.kafka().startAgain();
            long up = System.nanoTime();
            double downSeconds = (up - stopping) / 1e9;
            load.get();

            int booked = patients.booked().size();
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> Outcome.mailCount(stack) >= booked);
            double allMailedAfter = (System.nanoTime() - up) / 1e9;
            var confirmations = Outcome.confirmations(stack);
            var inDatabase = Outcome.appointmentsByEmail(stack, "kafka");

            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("load", PER_SECOND + " bookings/s for " + LOAD.toSeconds() + " s through the gateway");
            figures.put("broker down", String.format("%.1f s (stopped, started again on its port and log directory)",
                    downSeconds));
            figures.put("bookings made (201)", booked + " of " + slots.size() + " (failed attempts: "
                    + Outcome.latencies(patients.failedAttempts()) + ")");
            figures.put("confirmations mailed when the broker stopped", mailedAtStop);
            figures.put("confirmations received", confirmations.values().stream().mapToInt(Integer::intValue).sum());
            figures.put("duplicates", confirmations.values().stream().filter(n -> n > 1).count());
            figures.put("all mailed after the broker returned", String.format("%.1f s", allMailedAfter));
            Outcome.report("Kafka broker restarted between bookings and their emails", figures);

            assertThat(patients.refused()).isEmpty();
            assertThat(booked).as("booking does not need Kafka: the outbox keeps the events").isEqualTo(slots.size());
            assertThat(patients.failedAttempts()).isEmpty();
            Outcome.assertEachBookedOnceAndConfirmedOnce(patients.booked(), inDatabase, confirmations);
        }
    }
}
