package org.clinic.notification.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.clinic.notification.NotificationIntegrationTest;
import org.clinic.notification.TestEvents;
import org.clinic.notification.TestEvents.Booking;
import org.clinic.platform.messaging.DeadLetters;
import org.clinic.platform.messaging.UnreadableRecordException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dead letters of the appointment consumer through the admin's API: an unreadable event is listed (to admins only),
 * a replayed one is processed once, a second replay is refused, and replaying an event that was processed after
 * all sends nothing again.
 */
class DeadLetterReplayIT extends NotificationIntegrationTest {

    private static final Duration WITHIN = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    DeadLetters deadLetters;

    @Autowired
    JsonMapper json;

    private StaffHttp http;

    @BeforeEach
    void client() {
        http = new StaffHttp(port);
    }

    @Test
    void anUnreadableEventIsListedForAdminsWithItsValueAndAReasonThatDoesNotQuoteIt() {
        String key = UUID.randomUUID().toString();
        String value = "{\"eventType\": \"AppointmentBooked\", \"patient\": \"maya@patients.example\", oops";

        publish(key, value);

        await().atMost(WITHIN).until(() -> listed(key) != null);
        JsonNode letter = listed(key);
        assertThat(letter.get("topic").asString()).isEqualTo(TOPIC);
        assertThat(letter.get("value").asString()).isEqualTo(value);
        assertThat(letter.get("reason").asString()).startsWith("UnreadableRecordException: Not an appointment event")
                .doesNotContain("maya@patients.example");
        assertThat(letter.get("replayedAt").isNull()).isTrue();
        assertThat(letter.has("headers")).isFalse();
        assertThat(http.get("/api/notifications/dead-letters", StaffHttp.DESK).status()).isEqualTo(403);
        assertThat(http.get("/api/notifications/dead-letters", null).status()).isEqualTo(401);
    }

    @Test
    void aDeadLetterReplayedOnceItsCauseIsGoneIsProcessedOnceAndCannotBeReplayedTwice() {
        Booking booking = Booking.forPatient(uniqueEmail());
        long id = storedAsIfAnOlderBuildCouldNotReadIt(booking.key(), TestEvents.booked(booking));
        // Dead-lettering a booking records its confirmation as FAILED in the delivery log (DeadLetterLog).
        assertThat(statuses(booking.appointmentId())).containsExactly("FAILED");

        var replayed = http.post("/api/notifications/dead-letters/" + id + "/replay", StaffHttp.ADMIN);

        assertThat(replayed.status()).isEqualTo(200);
        JsonNode body = json.readTree(replayed.body());
        assertThat(body.get("replayedBy").asString()).isEqualTo("ops.admin");
        assertThat(body.get("replayedAt").isNull()).isFalse();
        await().atMost(WITHIN).until(() -> mailTo(booking.email()).length == 1);

        var again = http.post("/api/notifications/dead-letters/" + id + "/replay", StaffHttp.ADMIN);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(json.readTree(again.body()).get("replayedBy").asString()).isEqualTo("ops.admin");
        assertThat(http.post("/api/notifications/dead-letters/" + id + "/replay", StaffHttp.DESK).status())
                .isEqualTo(403);
        assertThat(http.post("/api/notifications/dead-letters/999999999/replay", StaffHttp.ADMIN).status())
                .isEqualTo(404);
        assertThat(http.post("/api/notifications/dead-letters/abc/replay", StaffHttp.ADMIN).status())
                .isEqualTo(400);
        await().atMost(WITHIN).until(() -> statuses(booking.appointmentId()).equals(List.of("FAILED", "SENT")));
        assertThat(mailTo(booking.email())).hasSize(1);
    }

    @Test
    void replayingAnEventThatWasProcessedAfterAllSendsNoSecondMessage() {
        Booking booking = Booking.forPatient(uniqueEmail());
        publish(booking.key(), TestEvents.booked(booking));
        await().atMost(WITHIN).until(() -> mailTo(booking.email()).length == 1);
        // Keyed by something else than the appointment, so no FAILED line joins the delivery log: only sending counts.
        long id = storedAsIfAnOlderBuildCouldNotReadIt("copy-" + booking.key(), TestEvents.booked(booking));

        assertThat(http.post("/api/notifications/dead-letters/" + id + "/replay", StaffHttp.ADMIN).status())
                .isEqualTo(200);

        // One partition keeps order: once a later booking's mail is out, the replayed record has been handled.
        Booking later = Booking.forPatient(uniqueEmail());
        publish(later.key(), TestEvents.booked(later));
        await().atMost(WITHIN).until(() -> mailTo(later.email()).length == 1);
        assertThat(mailTo(booking.email())).hasSize(1);
        assertThat(statuses(booking.appointmentId())).containsExactly("SENT");
    }

    /** A dead letter of a good event, as a build that could not read it (since fixed) would have stored it. */
    private long storedAsIfAnOlderBuildCouldNotReadIt(String key, String value) {
        long offset = 1_000_000_000L + (UUID.randomUUID().getMostSignificantBits() & 0xFFFFFFFL);
        var headers = new RecordHeaders();
        headers.add("eventType", "AppointmentBooked".getBytes(StandardCharsets.UTF_8));
        var record = new ConsumerRecord<>(TOPIC, 0, offset, 0L, TimestampType.CREATE_TIME, 0, 0, key, value, headers,
                Optional.empty());
        assertThat(deadLetters.store(record, new UnreadableRecordException("unknown field (older build)"))).isTrue();
        return jdbc.sql("SELECT id FROM dead_letter WHERE topic = :t AND \"offset\" = :o").param("t", TOPIC)
                .param("o", offset).query(Long.class).single();
    }

    private JsonNode listed(String key) {
        var answer = http.get("/api/notifications/dead-letters", StaffHttp.ADMIN);
        assertThat(answer.status()).isEqualTo(200);
        for (JsonNode letter : json.readTree(answer.body())) {
            if (key.equals(letter.get("key").asString())) {
                return letter;
            }
        }
        return null;
    }
}
