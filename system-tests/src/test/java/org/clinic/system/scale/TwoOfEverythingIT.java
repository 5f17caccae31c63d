package org.clinic.system.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.clinic.events.Topics;
import org.clinic.localstack.LocalStack;
import org.clinic.localstack.ServiceProcess;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances of every service on the embedded infrastructure, two gateways in front, each routing to both
 * instances of each service. 500 bookings spread over both gateways, six of them won in 50-way races for one slot;
 * a third of the way through, one instance of each service and one gateway are stopped (SIGTERM), and the clients
 * carry on as a browser would (a refused request again, same Idempotency-Key, on the other gateway). Then: no slot
 * booked twice, every confirmation and every reminder sent exactly once, every event published once. Prints the
 * figures.
 *
 * <p>Forty of the bookings are with practitioners who work only a quarter hour, starting about six minutes from now,
 * and reminders go out five minutes ahead: all forty come due at the same second, for both notification instances.
 */
class TwoOfEverythingIT {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> SERVICES =
            List.of("gateway", "booking-service", "content-service", "notification-service");
    private static final int BOOKINGS = 500;
    private static final int REMINDER_BOOKINGS = 40;
    private static final int RACES = 6;
    private static final int ORDINARY_BOOKINGS = BOOKINGS - REMINDER_BOOKINGS - RACES;
    private static final Duration REMINDER_LEAD = Duration.ofMinutes(5);
    /** Time to book the reminder visits before their reminders are due; it takes seconds. */
    private static final Duration UNTIL_REMINDERS_DUE = Duration.ofSeconds(45);
    private static final List<String> DEMO_PRACTITIONERS =
            List.of("22222222-0000-0000-0000-000000000001", "22222222-0000-0000-0000-000000000002");
    private static final JsonMapper JSON = JsonMapper.shared();

    @Test
    void fiveHundredBookingsOnTwoOfEverythingWithOneOfEachStoppedMidway() throws Exception {
        long began = System.nanoTime();
        ZoneId zone = clinicZone();
        Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "two-of-everything-");
        LocalStack stack = LocalStack.start(LocalStack.Settings.freePorts(PROJECT, data, jvmOptions(zone)), 2);
        try {
            Duration startup = since(began);
            var client = new GatewayClient(stack.instancesOf("gateway").stream().map(ServiceProcess::url).toList());
            var outcomes = new Outcomes();

            ZonedDateTime reminderVisits = ZonedDateTime.now(zone).plus(REMINDER_LEAD).plus(UNTIL_REMINDERS_DUE)
                    .truncatedTo(ChronoUnit.SECONDS);
            List<String> reminderPractitioners;
            try (Connection booking = database(stack, "booking")) {
                reminderPractitioners = ReminderPractitioners.add(booking, REMINDER_BOOKINGS, reminderVisits);
            }
            List<JsonNode> slots = demoSlots(client, zone, ORDINARY_BOOKINGS + RACES);
            awaitBookableEverywhere(client, reminderVisits);

            long loadBegan = System.nanoTime();
            // A third of the way through: SIGTERM to the first instance of each service and the first gateway.
            Duration stopTook = new BookingLoad(client, outcomes).run(reminderPractitioners, reminderVisits,
                    slots.subList(0, ORDINARY_BOOKINGS), slots.subList(ORDINARY_BOOKINGS, slots.size()),
                    () -> SERVICES.parallelStream().forEach(service -> stack.instancesOf(service).get(0).close()));
            Duration load = since(loadBegan);

            assertThat(outcomes.unexpected).as("answers other than 201 (and 409 for lost races)").isEmpty();
            assertThat(outcomes.racesWithoutOneWinner).as("races (number: winners) without exactly one winner")
                    .isEmpty();
            assertThat(outcomes.failedReads).as("reads that failed for good").isEmpty();
            assertThat(outcomes.made()).isEqualTo(BOOKINGS);
            assertThat(outcomes.reminderVisitsBookedBy.get()).as("the reminder visits booked before their reminders"
                    + " are due (%s after the visits were set up; a machine this slow needs more)", UNTIL_REMINDERS_DUE)
                    .isBefore(reminderVisits.minus(REMINDER_LEAD).toInstant());

            Figures figures = awaitDeliveriesAndCount(stack, reminderVisits);
            System.out.println(figures.report(outcomes, client, startup, load, stopTook, since(began)));

            assertThat(figures.appointmentsInDatabase()).as("appointments in booking's database").isEqualTo(BOOKINGS);
            assertThat(figures.overlaps()).as("pairs of overlapping active appointments").isZero();
            assertThat(figures.confirmations()).as("confirmation emails per booking")
                    .containsOnlyKeys(allBookings(outcomes)).allSatisfy((reference, count) -> assertThat(count)
                            .as("confirmations of %s", reference).isEqualTo(1));
            assertThat(figures.reminders()).as("reminder emails per booking")
                    .containsOnlyKeys(outcomes.reminderBookings).allSatisfy((reference, count) -> assertThat(count)
                            .as("reminders of %s", reference).isEqualTo(1));
            assertThat(figures.remindersFired()).as("reminders decided FIRED").isEqualTo(REMINDER_BOOKINGS);
            assertThat(figures.remindersSuppressed()).as("reminders suppressed").isZero();
            assertThat(figures.appointmentEvents()).as("appointment events on the topic").hasSize(BOOKINGS)
                    .doesNotHaveDuplicates();
            assertThat(figures.deliveryEvents()).as("delivery events on the topic")
                    .hasSize(BOOKINGS + REMINDER_BOOKINGS).doesNotHaveDuplicates();
        } finally {
            stack.close();
        }
    }

    /**
     * Waits until every confirmation and reminder has arrived and nothing is left to send or relay, then counts
     * what each booking got, what the databases hold and what the topics carry.
     */
    private static Figures awaitDeliveriesAndCount(LocalStack stack, ZonedDateTime reminderVisits)
            throws SQLException {
        var inbox = new Inbox(stack.inboxUrl());
        Duration untilReminders = Duration.between(ZonedDateTime.now(reminderVisits.getZone()),
                reminderVisits.minus(REMINDER_LEAD));
        await("every confirmation and reminder in the inbox")
                .atMost(untilReminders.plus(Duration.ofMinutes(2))).pollInterval(Duration.ofSeconds(1))
                .until(() -> inbox.count() >= BOOKINGS + REMINDER_BOOKINGS);
        try (Connection booking = database(stack, "booking"); Connection notification = database(stack, "notification")) {
            await("nothing left to send or relay").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> count(notification, "SELECT count(*) FROM notification WHERE status = 'PENDING'")
                            + count(notification, "SELECT count(*) FROM outbox_event")
                            + count(booking, "SELECT count(*) FROM outbox_event") == 0);
            String kafka = "localhost:" + stack.settings().kafkaPort();
            return new Figures(
                    count(booking, "SELECT count(*) FROM appointment"),
                    count(booking, """
                            SELECT count(*) FROM appointment a JOIN appointment b
                            ON a.practitioner_id = b.practitioner_id AND a.id < b.id AND a.occupied && b.occupied
                            WHERE a.status <> 'CANCELLED' AND b.status <> 'CANCELLED'"""),
                    inbox.confirmations(), inbox.reminders(),
                    count(notification, "SELECT count(*) FROM reminder WHERE status = 'FIRED'"),
                    count(notification, "SELECT count(*) FROM reminder WHERE status = 'SUPPRESSED'"),
                    TopicRecords.eventIds(kafka, Topics.APPOINTMENT_EVENTS),
                    TopicRecords.eventIds(kafka, Topics.DELIVERY_EVENTS));
        }
    }

    /** Free 15-minute slots of the demo practitioners, from tomorrow on, spread over three weeks. */
    private static List<JsonNode> demoSlots(GatewayClient client, ZoneId zone, int wanted) {
        LocalDate tomorrow = LocalDate.now(zone).plusDays(1);
        HttpResponse<String> response = client.get(0, "/api/booking/slots?appointmentTypeId="
                + ReminderPractitioners.VISIT_TYPE + "&from=" + tomorrow + "&to=" + tomorrow.plusDays(27));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> slots = StreamSupport.stream(JSON.readTree(response.body()).path("slots").spliterator(), false)
                .filter(slot -> DEMO_PRACTITIONERS.contains(slot.path("practitionerId").asString()))
                .toList();
        assertThat(slots).as("free demo slots").hasSizeGreaterThanOrEqualTo(wanted);
        // Every other one: neighbouring visits of one practitioner, not a solid block.
        List<JsonNode> spread = IntStream.range(0, slots.size()).filter(i -> i % 2 == 0).mapToObj(slots::get).toList();
        return (spread.size() >= wanted ? spread : slots).subList(0, wanted);
    }

    /** Both booking instances reload practitioners every 2 s here: wait until each lists the new ones. */
    private static void awaitBookableEverywhere(GatewayClient client, ZonedDateTime visits) {
        String path = "/api/booking/slots?appointmentTypeId=" + ReminderPractitioners.VISIT_TYPE + "&from="
                + visits.toLocalDate() + "&to=" + visits.toLocalDate();
        await("the reminder practitioners' slots on every instance").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> IntStream.range(0, 8).allMatch(i -> slotsAt(client.get(i, path), visits) == REMINDER_BOOKINGS));
    }

    private static long slotsAt(HttpResponse<String> response, ZonedDateTime start) {
        if (response.statusCode() != 200) {
            return -1;
        }
        return StreamSupport.stream(JSON.readTree(response.body()).path("slots").spliterator(), false)
                .filter(slot -> OffsetDateTime.parse(slot.path("start").asString()).toInstant().equals(start.toInstant()))
                .count();
    }

    /**
     * Small heaps and quick JIT, as the local run's; booking's abuse limits out of the way (every patient books from
     * 127.0.0.1 with one phone number), no minimum notice (the reminder visits are minutes away), reminders five
     * minutes ahead and looked for every second, practitioners reloaded every 2 s.
     */
    private static List<String> jvmOptions(ZoneId zone) {
        return List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
                "-Dclinic.time-zone=" + zone,
                "-Dclinic.policy.min-notice-minutes=0",
                "-Dclinic.catalogue.refresh=PT2S",
                "-Dclinic.reminders.offsets=" + REMINDER_LEAD.toMinutes() + "m",
                "-Dclinic.reminders.poll-interval=1s",
                "-Dclinic.booking.rate-limits.bookings-per-address=100000/1h",
                "-Dclinic.booking.rate-limits.bookings-per-contact=100000/1h");
    }

    /** The reminder visits' quarter hour must not cross midnight: late in the evening, the clinic is in Chicago. */
    private static ZoneId clinicZone() {
        ZoneId newYork = ZoneId.of("America/New_York");
        return LocalTime.now(newYork).isAfter(LocalTime.of(22, 30)) ? ZoneId.of("America/Chicago") : newYork;
    }

    private static Set<String> allBookings(Outcomes outcomes) {
        Set<String> all = new HashSet<>(outcomes.reminderBookings);
        all.addAll(outcomes.ordinaryBookings);
        all.addAll(outcomes.raceWinners);
        return all;
    }

    private static Connection database(LocalStack stack, String name) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + stack.settings().postgresPort() + "/"
                + name, "postgres", "");
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (var statement = db.createStatement(); var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static Duration since(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime);
    }
}
