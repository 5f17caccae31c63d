package org.clinic.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clinic.notification.DeliveryTopicReader;
import org.clinic.notification.NotificationIntegrationTest;
import org.clinic.notification.RecordingSmsSender;
import org.clinic.notification.mail.OutgoingEmail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** One dispatch batch in which some messages go out and others do not: each gets its own outcome. */
class MixedBatchIT extends NotificationIntegrationTest {

    @Autowired
    DeliveryLog deliveryLog;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void messagesThatWentOutAreSentWhileAFailedOneIsRetriedAndAnUnbuildableOneIsFailed() {
        UUID appointmentId = UUID.randomUUID();
        String first = uniqueEmail();
        String second = uniqueEmail();
        String phone = "+4477009" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
        sms.failOnceFor(phone);
        // Queued in one transaction, so the dispatcher claims them together.
        Map<String, UUID> ids = transactions.execute(tx -> Map.of(
                "first", queue(appointmentId, email(first)),
                "unbuildable", queue(appointmentId, email("maya@@patients..example")),
                "sms", queue(appointmentId, OutgoingMessage.sms(phone, "Your appointment is booked")),
                "second", queue(appointmentId, email(second))));

        await().atMost(Duration.ofSeconds(20)).until(() -> row(ids.get("sms")).get("status").equals("SENT"));
        await().atMost(Duration.ofSeconds(20)).until(() -> row(ids.get("unbuildable")).get("status").equals("FAILED"));

        assertThat(row(ids.get("first"))).containsEntry("status", "SENT").containsEntry("attempts", 1)
                .containsEntry("last_error", null);
        assertThat(row(ids.get("second"))).containsEntry("status", "SENT").containsEntry("attempts", 1);
        assertThat(mailTo(first)).hasSize(1);
        assertThat(mailTo(second)).hasSize(1);
        // Sent on the retry, and still showing why the first attempt failed.
        assertThat(row(ids.get("sms"))).containsEntry("status", "SENT").containsEntry("attempts", 2)
                .containsEntry("last_error", "IllegalStateException: " + RecordingSmsSender.UNAVAILABLE);
        assertThat(sms.sentTo(phone)).hasSize(1);
        // Not worth retrying: the address cannot even be parsed.
        assertThat(row(ids.get("unbuildable"))).containsEntry("attempts", 1);
        assertThat((String) row(ids.get("unbuildable")).get("last_error")).isNotBlank();

        Map<String, JsonNode> events = DeliveryTopicReader.awaitEvents(broker, appointmentId, seen -> seen.size() >= 4)
                .stream().collect(Collectors.toMap(e -> e.get("notificationId").asString(), Function.identity()));
        assertThat(events).hasSize(4);
        for (String sent : List.of("first", "second", "sms")) {
            JsonNode event = events.get(ids.get(sent).toString());
            assertThat(event.get("eventType").asString()).isEqualTo("NotificationDelivered");
            assertThat(event.get("version").asLong()).isEqualTo(1);
        }
        assertThat(events.get(ids.get("sms").toString()).get("attempts").asInt()).isEqualTo(2);
        JsonNode failed = events.get(ids.get("unbuildable").toString());
        assertThat(failed.get("eventType").asString()).isEqualTo("NotificationFailed");
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.get("attempts").asInt()).isEqualTo(1);
    }

    private UUID queue(UUID appointmentId, OutgoingMessage message) {
        return deliveryLog.queue(appointmentId, UUID.randomUUID(), NotificationKind.CONFIRMATION, message,
                clock.instant());
    }

    private static OutgoingMessage email(String to) {
        return OutgoingMessage.email(new OutgoingEmail(to, "Booked", "See you soon", "<p>See you soon</p>"));
    }

    private Map<String, Object> row(UUID id) {
        return jdbc.sql("SELECT status, attempts, last_error FROM notification WHERE id = :id").param("id", id)
                .query().singleRow();
    }
}
