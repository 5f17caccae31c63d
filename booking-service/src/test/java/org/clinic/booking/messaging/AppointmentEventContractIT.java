package org.clinic.booking.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinic.booking.BookingIntegrationTest;
import org.clinic.booking.TopicReader;
import org.clinic.booking.appointment.TestBookings;
import org.clinic.events.Topics;
import org.clinic.testsupport.StaffTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

/** What booking-service really publishes has exactly the fields its topic's contract document promises. */
class AppointmentEventContractIT extends BookingIntegrationTest {

    private static final Path CONTRACT = Path.of("../docs/events/" + Topics.APPOINTMENT_EVENTS + ".md");
    private static final String[] DESK = {"Authorization", "Bearer " + StaffTokens.valid("FRONT_DESK")};

    @Autowired
    EmbeddedKafkaBroker kafka;

    @Test
    void everyPublishedEventMatchesTheDocumentedFields() throws Exception {
        String doc = Files.readString(CONTRACT);
        var fromArticle = TestBookings.online(ADJUSTMENT, LIN, "2026-12-01T11:00:00-05:00", "contract1@example.org");
        fromArticle.put("source", "low-back-pain-first-week");
        var moved = http.post("/api/booking/appointments", fromArticle).json();
        String path = "/api/booking/appointments/" + moved.get("reference").asString();
        String token = moved.get("manageToken").asString();
        http.post(path + "/reschedule", Map.of("start", "2026-12-01T12:00:00-05:00"), "X-Manage-Token", token);
        http.post(path + "/cancel", "{\"reason\": \"contract\"}", "X-Manage-Token", token);
        var arrived = http.post("/api/booking/appointments", TestBookings.online(ADJUSTMENT, LIN,
                "2026-12-01T13:00:00-05:00", "contract2@example.org")).json();
        http.post("/api/booking/desk/appointments/" + arrived.get("id").asString() + "/status",
                Map.of("status", "ARRIVED"), DESK);

        var events = new java.util.ArrayList<>(TopicReader.eventsFor(kafka, moved.get("id").asString(), 3));
        events.addAll(TopicReader.eventsFor(kafka, arrived.get("id").asString(), 2));

        Set<String> seenTypes = new HashSet<>();
        for (JsonNode event : events) {
            String type = event.get("eventType").asString();
            seenTypes.add(type);
            Set<String> expected = new HashSet<>(fieldsInTable(section(doc, "## Envelope")));
            expected.addAll(extraFields(doc, type));
            assertThat(event.propertyNames()).as(type).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(event.get("appointment").propertyNames()).as(type + " snapshot")
                    .containsExactlyInAnyOrderElementsOf(fieldsInTable(section(doc, "## `appointment` snapshot")));
        }
        assertThat(events.get(0).get("eventType").asString()).isEqualTo("AppointmentBooked");
        assertThat(events.get(0).get("source").asString()).as("the article booked from")
                .isEqualTo("low-back-pain-first-week");
        assertThat(seenTypes).containsExactlyInAnyOrder("AppointmentBooked", "AppointmentRescheduled",
                "AppointmentCancelled", "AppointmentStatusChanged");
    }

    private static String section(String doc, String heading) {
        int start = doc.indexOf(heading);
        int end = doc.indexOf("\n## ", start + heading.length());
        return doc.substring(start, end < 0 ? doc.length() : end);
    }

    /** Field names: the backticked camelCase words in the first column of each table row. */
    private static Set<String> fieldsInTable(String section) {
        Set<String> fields = new HashSet<>();
        for (String line : section.lines().toList()) {
            if (line.startsWith("| `")) {
                fields.addAll(camelCaseNames(line.substring(1, line.indexOf('|', 1))));
            }
        }
        return fields;
    }

    /** The fields an event adds to the envelope, from its line under "## Events". */
    private static Set<String> extraFields(String doc, String type) {
        String line = section(doc, "## Events").lines().filter(l -> l.startsWith("- `" + type + "`")).findFirst()
                .orElseThrow(() -> new AssertionError(type + " is not documented"));
        int next = section(doc, "## Events").indexOf(line) + line.length();
        String rest = section(doc, "## Events").substring(next);
        // A description may wrap onto indented continuation lines.
        StringBuilder text = new StringBuilder(line);
        for (String continuation : rest.lines().skip(1).takeWhile(l -> l.startsWith("  ")).toList()) {
            text.append(' ').append(continuation);
        }
        return camelCaseNames(text.toString());
    }

    private static Set<String> camelCaseNames(String text) {
        Set<String> names = new HashSet<>();
        Matcher m = Pattern.compile("`([a-z][A-Za-z]*)`").matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
