package org.clinic.content.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.clinic.content.ContentApiTestSupport;
import org.clinic.events.Topics;
import org.clinic.platform.messaging.DeadLetters;
import org.clinic.platform.messaging.UnreadableRecordException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.TestPropertySource;

/**
 * Content-service's dead letters for admins: the API, and the operations page's panel (htmx) or page (without
 * JavaScript), every value escaped, a Replay answering the panel at once or going back to the operations page.
 * The broker and settings are ArticleBookingFiguresIT's, so both share one application context.
 */
@EmbeddedKafka(partitions = 1, topics = Topics.APPOINTMENT_EVENTS,
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@TestPropertySource(properties = "spring.kafka.listener.auto-startup=true")
class DeadLetterPanelIT extends ContentApiTestSupport {

    private static final String PANEL = "/editor/operations/dead-letters";
    private static final String API = "/api/content/dead-letters";
    private static final String ADMIN = staffToken("ADMIN");

    @Autowired
    DeadLetters deadLetters;

    @Autowired
    JdbcClient jdbc;

    @Test
    void onlyAdminsSeeTheDeadLettersAsAPanelOrAPageWithEveryValueEscaped() {
        long id = deadLetter("<script>alert('x')</script>");

        var panel = send("GET", PANEL, ADMIN, null, "HX-Request", "true");

        assertThat(panel.status()).isEqualTo(200);
        assertThat(panel.contentType()).startsWith("text/html");
        assertThat(panel.header("Cache-Control")).contains("no-store");
        assertThat(panel.body()).doesNotContain("<script>alert").contains("&lt;script&gt;");
        Document fragment = Jsoup.parse(panel.body());
        assertThat(fragment.select("#content-dead-letters tr[data-id=" + id + "]").text())
                .contains("UnreadableRecordException: no eventType");
        assertThat(fragment.select("form[action=" + PANEL + "/" + id + "/replay]")).hasSize(1);
        assertThat(panel.body()).doesNotContain("<html"); // the panel alone, for the operations page's slot
        Document page = Jsoup.parse(send("GET", PANEL, ADMIN).body());
        assertThat(page.select("html[lang=en] title").text()).startsWith("Content problems");
        assertThat(page.select("a[href=/desk/operations]")).isNotEmpty();
        assertThat(page.select("#content-problems tr[data-id=" + id + "]")).hasSize(1);
        assertThat(send("GET", API, ADMIN).json().findValuesAsString("reason"))
                .contains("UnreadableRecordException: no eventType");

        for (String role : new String[] {"EDITOR", "FRONT_DESK"}) {
            assertThat(send("GET", PANEL, staffToken(role)).status()).isEqualTo(403);
            assertThat(send("GET", API, staffToken(role)).status()).isEqualTo(403);
            assertThat(send("POST", API + "/" + id + "/replay", staffToken(role)).status()).isEqualTo(403);
        }
        var signedOut = send("GET", PANEL, null);
        assertThat(signedOut.status()).isEqualTo(303);
        assertThat(signedOut.header("Location")).startsWith("/login");
    }

    @Test
    void aReplayWithoutJavaScriptGoesBackToTheOperationsPageAndWithHtmxAnswersThePanel() {
        long id = deadLetter("{\"eventType\": \"AppointmentBooked\"}");
        String replay = PANEL + "/" + id + "/replay";

        assertThat(send("POST", replay, ADMIN, null, "Sec-Fetch-Site", "cross-site").status()).isEqualTo(403);
        assertThat(replayed(id)).isFalse();
        var posted = send("POST", replay, ADMIN, null, "Sec-Fetch-Site", "same-origin");

        assertThat(posted.status()).isEqualTo(303);
        assertThat(posted.header("Location")).isEqualTo("/desk/operations?notice=replayed");
        assertThat(replayed(id)).isTrue();
        var twice = send("POST", replay, ADMIN, null, "Sec-Fetch-Site", "same-origin", "HX-Request", "true");
        assertThat(twice.status()).isEqualTo(200);
        Document panel = Jsoup.parse(twice.body());
        assertThat(panel.select("#content-problems-notice").text())
                .isEqualTo("That dead letter was replayed before; it is replayed only once.");
        assertThat(panel.select("tr[data-id=" + id + "]").text()).contains("Replayed by test-staff");
        assertThat(Jsoup.parse(send("POST", PANEL + "/not-a-number/replay", ADMIN, null, "Sec-Fetch-Site",
                "same-origin", "HX-Request", "true").body()).select("#content-problems-notice").text())
                .startsWith("That dead letter no longer exists");
        assertThat(Jsoup.parse(send("GET", PANEL + "?notice=%3Cb%3Emade-up%3C%2Fb%3E", ADMIN).body())
                .select("#content-problems-notice")).isEmpty();
    }

    private boolean replayed(long id) {
        return jdbc.sql("SELECT replayed_at IS NOT NULL FROM dead_letter WHERE id = :id").param("id", id)
                .query(Boolean.class).single();
    }

    /** Stored as the consumer stores an unreadable record, under a key that is no appointment. */
    private long deadLetter(String value) {
        long offset = 2_000_000_000L + (UUID.randomUUID().getMostSignificantBits() & 0xFFFFFFFL);
        var record = new ConsumerRecord<>(Topics.APPOINTMENT_EVENTS, 0, offset, 0L, TimestampType.CREATE_TIME, 0, 0,
                "ops-" + offset, value, new RecordHeaders(), Optional.empty());
        deadLetters.store(record, new UnreadableRecordException("no eventType"));
        return jdbc.sql("SELECT id FROM dead_letter WHERE \"offset\" = :o").param("o", offset)
                .query(Long.class).single();
    }
}
