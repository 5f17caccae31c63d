package org.clinic.events.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class NotificationEventJsonTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void deliveredRoundTripsThroughJsonAsTheSealedType() {
        var event = NotificationDelivered.of(UUID.randomUUID(), Instant.parse("2026-11-30T12:00:01Z"),
                UUID.randomUUID(), UUID.randomUUID(), 1, "CONFIRMATION", "EMAIL", 2, Instant.parse("2026-11-30T12:00:00Z"));

        String text = json.writeValueAsString(event);

        assertThat(text).contains("\"eventType\":\"NotificationDelivered\"", "\"status\":\"SENT\"",
                "\"sentAt\":\"2026-11-30T12:00:00Z\"");
        assertThat(json.readValue(text, NotificationEvent.class)).isEqualTo(event);
    }

    @Test
    void failedCarriesItsReasonAndStatus() {
        var event = NotificationFailed.of(UUID.randomUUID(), Instant.parse("2026-11-30T12:00:01Z"), UUID.randomUUID(),
                UUID.randomUUID(), 1, "REMINDER", "SMS", "SUPPRESSED", 0, "no email address or phone number");

        NotificationEvent read = json.readValue(json.writeValueAsString(event), NotificationEvent.class);

        assertThat(read).isEqualTo(event);
        assertThat(read.status()).isEqualTo("SUPPRESSED");
    }

    @Test
    void failedRejectsAStatusThatIsNotAFailure() {
        assertThatIllegalArgumentException().isThrownBy(() -> NotificationFailed.of(UUID.randomUUID(), Instant.now(),
                UUID.randomUUID(), UUID.randomUUID(), 1, "REMINDER", "SMS", "SENT", 1, "x"));
    }
}
