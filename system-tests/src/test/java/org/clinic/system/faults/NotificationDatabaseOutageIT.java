package org.clinic.system.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.clinic.localstack.LocalStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Issue 12's first fault: notification-service's database refuses connections for five minutes (its sessions
 * ended, new ones refused, the rest of the server up) while 100 patients book. With the services' own consumer
 * settings, every booking is confirmed exactly once after the database returns, nothing is marked FAILED or
 * dead-lettered, and the pollers (dispatcher, reminders, outbox relay) wait it out without flooding the log.
 * <p>It runs beside the other system tests (junit-platform.properties): for most of its eight minutes it waits for
 * the outage to end at a third of a booking a second, and its stack is its own, on ports no other stack of this JVM
 * is given.
 */
@Execution(ExecutionMode.CONCURRENT)
class NotificationDatabaseOutageIT {

    private static final Duration OUTAGE = Duration.ofMinutes(5);
    private static final int BOOKINGS = 100;
    private static final Pattern WARNING = Pattern.compile("^\\S+\\s+(WARN|ERROR) ");

    @Test
    void aHundredBookingsDuringAFiveMinuteOutageAreEachConfirmedOnceAfterwards() throws Exception {
        try (LocalStack stack = DrillStack.start("notification-db")) {
            var patients = new Patients(stack.gatewayUrl(), "ndb");
            var slots = patients.freeSlots(BOOKINGS);
            Path log = stack.service("notification-service").log();
            long linesBefore = Files.readAllLines(log).size();

            stack.postgres().refuseConnections("notification");
            long down = System.nanoTime();
            // Spread over the first four minutes: events arrive all through the outage.
            patients.bookAtRate(slots, BOOKINGS / 240.0);
            long mailedDuringOutage = Outcome.mailCount(stack);
            // The rest of the five minutes: the bookings above were the load, the outage's length is the drill.
            Faults.hold(Duration.ofNanos(Math.max(0, down + OUTAGE.toNanos() - System.nanoTime())), () -> true);
            List<String> outageLog = Files.readAllLines(log).subList((int) linesBefore, Files.readAllLines(log).size());
            stack.postgres().acceptConnections("notification");
            long up = System.nanoTime();

            int booked = patients.booked().size();
            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> Outcome.mailCount(stack) >= booked);
            double allMailedAfter = (System.nanoTime() - up) / 1e9;
            // Settled: nothing left to send or relay, so a duplicate would have been sent by now.
            await().atMost(Duration.ofMinutes(2)).until(() -> count(stack,
                    "SELECT (SELECT count(*) FROM notification WHERE status = 'PENDING')"
                            + " + (SELECT count(*) FROM outbox_event)") == 0);
            var confirmations = Outcome.confirmations(stack);
            var inDatabase = Outcome.appointmentsByEmail(stack, "ndb");
            long failed = count(stack, "SELECT count(*) FROM notification WHERE status = 'FAILED'");
            long deadLetters = count(stack, "SELECT count(*) FROM dead_letter");
            long stackTraceLines = outageLog.stream().filter(line -> line.startsWith("\tat ")).count();
            long warnings = outageLog.stream().filter(line -> WARNING.matcher(line).find()).count();

            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("outage", OUTAGE.toSeconds() + " s, database 'notification' refusing connections");
            figures.put("bookings made (201)", booked + " of " + BOOKINGS);
            figures.put("confirmations mailed during the outage", mailedDuringOutage);
            figures.put("confirmations received", confirmations.values().stream().mapToInt(Integer::intValue).sum()
                    + " for " + confirmations.size() + " references");
            figures.put("duplicates", confirmations.values().stream().filter(n -> n > 1).count());
            figures.put("all mailed after the database returned", String.format("%.1f s", allMailedAfter));
            figures.put("FAILED deliveries / dead letters", failed + " / " + deadLetters);
            figures.put("notification-service log during the outage", outageLog.size() + " lines, " + warnings
                    + " WARN/ERROR events (" + String.format("%.1f", warnings / (double) OUTAGE.toMinutes())
                    + "/min), " + stackTraceLines + " stack-trace frames");
            Outcome.report("notification database down 5 minutes", figures);

            assertThat(patients.refused()).isEmpty();
            assertThat(booked).isEqualTo(BOOKINGS);
            assertThat(mailedDuringOutage).as("nothing can be sent without the delivery log").isZero();
            Outcome.assertEachBookedOnceAndConfirmedOnce(patients.booked(), inDatabase, confirmations);
            assertThat(failed).as("FAILED deliveries").isZero();
            assertThat(deadLetters).as("dead letters").isZero();
            // The pollers wait it out: a line per failed run (each waits the pool's 3 s) is fine, a flood is not.
            assertThat(warnings).as("WARN/ERROR events in the outage").isLessThan(60 * OUTAGE.toMinutes());
            assertThat(stackTraceLines).as("stack-trace frames in the outage").isLessThan(500);
        }
    }

    private static long count(LocalStack stack, String sql) throws Exception {
        try (Connection c = DrillStack.database(stack, "notification"); var s = c.createStatement();
             var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
