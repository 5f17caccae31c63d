package org.clinic.notification.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinic.events.Topics;
import org.clinic.notification.DeliveryTopicReader;
import org.clinic.notification.NotificationIntegrationTest;
import org.clinic.notification.TestAppointment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

class DeliveryEventsIT extends NotificationIntegrationTest {

    private static final Path CONTRACT = Path.of("../docs/events/" + Topics.DELIVERY_EVENTS + ".md");

    @Autowired
    EmbeddedKafkaBroker broker;

    @Test
    void aSentConfirmationIsAnnouncedAsNotificationDeliveredKeyedByTheAppointment() throws Exception {
        TestAppointment appointment = appointment();

        publish(appointment.key(), appointment.booked());

        JsonNode event = DeliveryTopicReader.awaitEvents(broker, appointment.id, seen -> !seen.isEmpty()).get(0);
        assertThat(event.get("eventType").asString()).isEqualTo("NotificationDelivered");
        assertThat(event.get("appointmentId").asString()).isEqualTo(appointment.id.toString());
        assertThat(event.get("kind").asString()).isEqualTo("CONFIRMATION");
        assertThat(event.get("channel").asString()).isEqualTo("EMAIL");
        assertThat(event.get("status").asString()).isEqualTo("SENT");
        assertThat(event.get("version").asLong()).isEqualTo(1);
        assertThat(fieldNames(event)).isEqualTo(documentedFields("NotificationDelivered"));
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_event WHERE record_key = :key")
                .param("key", appointment.key()).query(Integer.class).single()).isZero();
    }

    @Test
    void aMessageThatCouldNotBeSentIsAnnouncedAsNotificationFailedWithTheReason() throws Exception {
        TestAppointment appointment = appointment().contact(null, null);

        publish(appointment.key(), appointment.booked());

        JsonNode event = DeliveryTopicReader.awaitEvents(broker, appointment.id, seen -> !seen.isEmpty()).get(0);
        assertThat(event.get("eventType").asString()).isEqualTo("NotificationFailed");
        assertThat(event.get("status").asString()).isEqualTo("SUPPRESSED");
        assertThat(event.get("reason").asString()).isEqualTo("no email address or phone number");
        assertThat(fieldNames(event)).isEqualTo(documentedFields("NotificationFailed"));
    }

    private static Set<String> fieldNames(JsonNode event) {
        Set<String> names = new LinkedHashSet<>();
        event.propertyNames().forEach(names::add);
        return Set.copyOf(names);
    }

    /** The backticked first column of every table row in the event's section of the topic's contract document. */
    private static Set<String> documentedFields(String eventType) throws Exception {
        String doc = Files.readString(CONTRACT);
        String envelope = section(doc, "## Envelope");
        String own = section(doc, "## `" + eventType + "`");
        Set<String> fields = new LinkedHashSet<>();
        for (String text : List.of(envelope, own)) {
            Matcher row = Pattern.compile("(?m)^\\| `([a-zA-Z]+)` \\|").matcher(text);
            while (row.find()) {
                fields.add(row.group(1));
            }
        }
        return Set.copyOf(fields);
    }

    private static String section(String doc, String heading) {
        int start = doc.indexOf(heading);
        assertThat(start).as("section " + heading + " in " + CONTRACT).isNotNegative();
        int end = doc.indexOf("\n## ", start + heading.length());
        return doc.substring(start, end < 0 ? doc.length() : end);
    }
}
