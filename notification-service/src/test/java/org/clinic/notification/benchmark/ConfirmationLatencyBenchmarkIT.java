package org.clinic.notification.benchmark;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.clinic.notification.NotificationIntegrationTest;
import org.clinic.notification.TestAppointment;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Booking committed → confirmation accepted by SMTP, through the real path (Kafka, consumer transaction in
 * PostgreSQL, dispatcher, SMTP to GreenMail). Each AppointmentBooked carries its publish instant as
 * {@code occurredAt} (the commit time); the delivery log's {@code sent_at} is taken the moment the SMTP server
 * accepted the message. Also prints the CPU spent per message ({@link CpuUsage}): with everything co-located,
 * that is what the latency of a loaded machine pays for. Prints figures rather than asserting them. Excluded from
 * the default build; run with {@code ./mvnw -B -o -pl notification-service verify -Dbenchmark}.
 */
@Tag("benchmark")
class ConfirmationLatencyBenchmarkIT extends NotificationIntegrationTest {

    private static final int BOOKINGS = 1_000;

    @Test
    void printsLatencyAtASteadyRateAndThroughputOfABurst() {
        run("warm-up (discarded)", 300, 100);
        run("steady 20 bookings/s", BOOKINGS, 20);
        run("steady 100 bookings/s", BOOKINGS, 100);
        run("burst (all at once)", BOOKINGS, 0);
    }

    private void run(String label, int count, int perSecond) {
        List<TestAppointment> bookings = IntStream.range(0, count).mapToObj(i -> appointment()).toList();
        CpuUsage cpuBefore = CpuUsage.now(jdbc);
        long start = System.nanoTime();
        if (perSecond == 0) {
            bookings.forEach(b -> kafka.send(TOPIC, b.key(), b.booked()));
        } else {
            ScheduledExecutorService publisher = Executors.newSingleThreadScheduledExecutor();
            AtomicInteger next = new AtomicInteger();
            publisher.scheduleAtFixedRate(() -> {
                int i = next.getAndIncrement();
                if (i < count) {
                    kafka.send(TOPIC, bookings.get(i).key(), bookings.get(i).booked());
                }
            }, 0, 1_000_000L / perSecond, TimeUnit.MICROSECONDS);
            await().atMost(Duration.ofMinutes(10)).until(() -> next.get() >= count);
            publisher.shutdownNow();
        }
        List<UUID> ids = bookings.stream().map(b -> b.id).toList();
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(100)).until(() -> jdbc.sql(
                "SELECT count(*) FROM notification WHERE status = 'SENT' AND appointment_id IN (:ids)")
                .param("ids", ids).query(Integer.class).single() == count);
        double seconds = (System.nanoTime() - start) / 1e9;
        CpuUsage cpuAfter = CpuUsage.now(jdbc);
        Map<UUID, Long> sentAt = jdbc.sql("SELECT appointment_id, (extract(epoch FROM sent_at) * 1000)::bigint "
                        + "FROM notification WHERE appointment_id IN (:ids)").param("ids", ids)
                .query((rs, i) -> Map.entry(rs.getObject(1, UUID.class), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<Long> millis = bookings.stream().map(b -> sentAt.get(b.id) - b.bookedAt().toEpochMilli()).sorted()
                .toList();
        System.out.printf("%n[benchmark] %s: %d bookings, all accepted by SMTP after %.1f s: p50 %d ms, p99 %d ms, "
                        + "max %d ms, %.0f messages/s%n", label, count, seconds, percentile(millis, 50),
                percentile(millis, 99), millis.get(millis.size() - 1), count / seconds);
        System.out.printf("[benchmark] %s: %s%n", label, cpuAfter.perMessageSince(cpuBefore, count));
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
