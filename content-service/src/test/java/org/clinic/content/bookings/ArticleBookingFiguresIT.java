package org.clinic.content.bookings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.Map;
import org.clinic.content.EditorTestSupport;
import org.clinic.events.Topics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Booking-service's appointment events, on a real broker, become an article's booking figures: once each, however
 * often Kafka delivers them, with cancellations among them, and only for editors.
 */
@EmbeddedKafka(partitions = 1, topics = Topics.APPOINTMENT_EVENTS,
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@TestPropertySource(properties = "spring.kafka.listener.auto-startup=true")
class ArticleBookingFiguresIT extends EditorTestSupport {

    private static final String ARTICLE = "lower-back-pain-first-steps";
    private static final String FIGURES = "/api/content/articles/" + ARTICLE + "/booking-figures";

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Test
    void bookingsFromAnArticleAreCountedOnceWithTheirCancellations() {
        Instant now = Instant.now();
        UUID recent = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        UUID older = UUID.randomUUID();
        String recentBooked = booked(recent, ARTICLE, now.minus(Duration.ofDays(2)));
        send(recent, recentBooked);
        send(recent, recentBooked);
        send(cancelled, booked(cancelled, ARTICLE, now.minus(Duration.ofDays(10))));
        String cancellation = cancelledEvent(cancelled, now.minus(Duration.ofDays(9)));
        send(cancelled, cancellation);
        send(cancelled, cancellation);
        send(older, booked(older, ARTICLE, now.minus(Duration.ofDays(45))));
        UUID elsewhere = UUID.randomUUID();
        send(elsewhere, booked(elsewhere, "another-article", now.minus(Duration.ofDays(1))));
        UUID withoutArticle = UUID.randomUUID();
        send(withoutArticle, booked(withoutArticle, null, now.minus(Duration.ofDays(1))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode figures = send("GET", FIGURES, staffToken("EDITOR")).json();
            assertThat(figures.at("/last30Days/booked").asInt()).isEqualTo(2);
            assertThat(figures.at("/last30Days/cancelled").asInt()).isEqualTo(1);
            assertThat(figures.at("/last90Days/booked").asInt()).isEqualTo(3);
            assertThat(figures.at("/last90Days/cancelled").asInt()).isEqualTo(1);
        });
    }

    @Test
    void bookingsMadeUnderAnArticlesFormerSlugStillCountAfterARename() {
        created(draft("Knee pain basics"));
        Instant now = Instant.now();
        UUID beforeRename = UUID.randomUUID();
        send(beforeRename, booked(beforeRename, "knee-pain-basics", now.minus(Duration.ofDays(3))));
        Map<String, Object> renamed = draft("Knee pain: first steps");
        renamed.put("slug", "knee-pain-first-steps");
        assertThat(save(ANA, "knee-pain-basics", "\"1\"", renamed).status()).isEqualTo(200);
        UUID afterRename = UUID.randomUUID();
        send(afterRename, booked(afterRename, "knee-pain-first-steps", now.minus(Duration.ofDays(1))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode figures = send("GET", figuresOf("knee-pain-first-steps"), ANA).json();
            assertThat(figures.at("/last30Days/booked").asInt()).isEqualTo(2);
            assertThat(figures.at("/last90Days/booked").asInt()).isEqualTo(2);
        });
        // The old address, which editors may still use, answers for the same article.
        assertThat(send("GET", figuresOf("knee-pain-basics"), ANA).json().at("/last30Days/booked").asInt())
                .isEqualTo(2);
    }

    @Test
    void onlyEditorsAndAdminsSeeTheFigures() {
        assertThat(send("GET", FIGURES, staffToken("ADMIN")).status()).isEqualTo(200);
        assertThat(send("GET", FIGURES, staffToken("FRONT_DESK")).status()).isEqualTo(403);
        assertThat(get(FIGURES).status()).isEqualTo(401);
        var unknown = send("GET", "/api/content/articles/no-such-article/booking-figures", staffToken("EDITOR"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    private static String figuresOf(String slug) {
        return ARTICLES + "/" + slug + "/booking-figures";
    }

    private void send(UUID appointmentId, String value) {
        kafka.send(Topics.APPOINTMENT_EVENTS, appointmentId.toString(), value).join();
    }

    /** The fields content-service reads, with a patient it must never need. */
    private static String booked(UUID appointmentId, String source, Instant at) {
        return """
                {"eventId": "%s", "eventType": "AppointmentBooked", "occurredAt": "%s", "appointmentId": "%s",
                 "version": 1, "schemaVersion": 1, "source": %s,
                 "appointment": {"id": "%s", "patient": {"firstName": "Ana", "email": "ana@example.org"}}}"""
                .formatted(UUID.randomUUID(), at, appointmentId, source == null ? "null" : "\"" + source + "\"",
                        appointmentId);
    }

    private static String cancelledEvent(UUID appointmentId, Instant at) {
        return """
                {"eventId": "%s", "eventType": "AppointmentCancelled", "occurredAt": "%s", "appointmentId": "%s",
                 "version": 2, "schemaVersion": 1, "cancelledBy": "PATIENT", "reason": null, "appointment": {}}"""
                .formatted(UUID.randomUUID(), at, appointmentId);
    }
}
