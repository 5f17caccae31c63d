package org.clinic.booking.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.clinic.booking.BookingIntegrationTest;
import org.clinic.events.Topics;
import org.clinic.events.notification.NotificationDelivered;
import org.clinic.platform.messaging.DeadLetters;
import org.clinic.platform.messaging.UnreadableRecordException;
import org.clinic.testsupport.StaffTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * booking-service's delivery consumer under the platform's policy: an unreadable delivery event is stored as a dead
 * letter at once (and later outcomes still arrive); an admin lists and replays dead letters, each once.
 */
class DeliveryDeadLettersIT extends BookingIntegrationTest {

    private static final Duration WITHIN = Duration.ofSeconds(20);
    private static final String[] ADMIN = {"Authorization", "Bearer " + StaffTokens.validFor("ops.admin", "ADMIN")};
    private static final String[] DESK = {"Authorization", "Bearer " + StaffTokens.valid("FRONT_DESK")};

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    DeadLetters deadLetters;

    @Autowired
    DeliverySummaries summaries;

    @Autowired
    JsonMapper json;

    @Test
    void anUnreadableDeliveryEventIsStoredAtOnceAndListedForAdminsOnly() {
        String key = UUID.randomUUID().toString();
        String value = "{\"eventType\": \"NotificationFailed\", \"reason\": \"ana.ruiz@example.org\", oops";

        kafka.send(Topics.DELIVERY_EVENTS, key, value).join();

        await().atMost(WITHIN).until(() -> listed(key) != null);
        JsonNode letter = listed(key);
        assertThat(letter.get("value").asString()).isEqualTo(value);
        assertThat(letter.get("reason").asString()).startsWith("UnreadableRecordException: Not a delivery event")
                .doesNotContain("ana.ruiz");
        assertThat(http.get("/api/booking/dead-letters", DESK).status()).isEqualTo(403);
        assertThat(http.get("/api/booking/dead-letters").status()).isEqualTo(401);
    }

    @Test
    void aReplayedDeadLetterIsAppliedOnceAndASecondReplayIsRefused() {
        UUID appointment = UUID.randomUUID();
        Instant at = Instant.parse("2026-11-30T12:00:00Z");
        String event = json.writeValueAsString(NotificationDelivered.of(UUID.randomUUID(), at, UUID.randomUUID(),
                appointment, 1, "CONFIRMATION", "EMAIL", 1, at));
        long id = storedAsIfAnOlderBuildCouldNotReadIt(appointment.toString(), event);

        var replayed = http.post("/api/booking/dead-letters/" + id + "/replay", "", ADMIN);

        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.json().get("replayedBy").asString()).isEqualTo("ops.admin");
        await().atMost(WITHIN).until(() -> "SENT".equals(summaries.summaries(List.of(appointment)).get(appointment)
                .confirmation()));
        var again = http.post("/api/booking/dead-letters/" + id + "/replay", "", ADMIN);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("replayedBy").asString()).isEqualTo("ops.admin");
        assertThat(http.post("/api/booking/dead-letters/" + id + "/replay", "", DESK).status()).isEqualTo(403);
        assertThat(http.post("/api/booking/dead-letters/999999999/replay", "", ADMIN).status()).isEqualTo(404);
    }

    private long storedAsIfAnOlderBuildCouldNotReadIt(String key, String value) {
        long offset = 1_000_000_000L + (UUID.randomUUID().getMostSignificantBits() & 0xFFFFFFFL);
        var record = new ConsumerRecord<>(Topics.DELIVERY_EVENTS, 0, offset, 0L, TimestampType.CREATE_TIME, 0, 0, key,
                value, new RecordHeaders(), Optional.empty());
        assertThat(deadLetters.store(record, new UnreadableRecordException("unknown field (older build)"))).isTrue();
        return jdbc.sql("SELECT id FROM dead_letter WHERE \"offset\" = :o").param("o", offset)
                .query(Long.class).single();
    }

    private JsonNode listed(String key) {
        var answer = http.get("/api/booking/dead-letters", ADMIN);
        assertThat(answer.status()).isEqualTo(200);
        for (JsonNode letter : answer.json()) {
            if (key.equals(letter.get("key").asString())) {
                return letter;
            }
        }
        return null;
    }
}
