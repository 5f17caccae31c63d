package org.clinic.notification.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.clinic.notification.NotificationIntegrationTest;
import org.clinic.platform.messaging.DeadLetters;
import org.clinic.platform.messaging.UnreadableRecordException;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The operations page's notification panel: admins only, every value escaped, forms that work with JavaScript off
 * (post, redirect, get) and with htmx (the panel at once), and posts from another site refused.
 */
class ProblemsFragmentIT extends NotificationIntegrationTest {

    private static final String PANEL = "/desk/deliveries/problems";
    private static final String[] SAME_SITE = {"Sec-Fetch-Site", "same-origin"};
    private static final String[] HTMX = {"Sec-Fetch-Site", "same-origin", "HX-Request", "true"};

    @LocalServerPort
    int port;

    @Autowired
    DeadLetters deadLetters;

    private StaffHttp http;

    @BeforeEach
    void client() {
        http = new StaffHttp(port);
    }

    @Test
    void adminsSeeDeadLettersWithTheirValueEscapedAndOthersAreRefused() {
        long id = deadLetter("<script>alert('x')</script>");

        var panel = http.get(PANEL, StaffHttp.ADMIN, "HX-Request", "true");

        assertThat(panel.status()).isEqualTo(200);
        assertThat(panel.contentType()).startsWith("text/html");
        assertThat(panel.body()).doesNotContain("<script>").contains("&lt;script&gt;");
        Document doc = panel.doc();
        assertThat(doc.select("#notification-dead-letters tr[data-id=" + id + "]").text())
                .contains("UnreadableRecordException: no eventType");
        assertThat(doc.select("form[action=" + PANEL + "/dead-letters/" + id + "/replay]")).hasSize(1);
        assertThat(doc.select("html[lang]")).isEmpty(); // a fragment, for the page's slot
        assertThat(http.get(PANEL, StaffHttp.DESK).status()).isEqualTo(403);
        var signedOut = http.get(PANEL, null);
        assertThat(signedOut.status()).isEqualTo(303); // a page: to the sign-in page and back
        assertThat(signedOut.location()).startsWith("/login");
    }

    @Test
    void withJavaScriptOffAReplayRedirectsToThePanelOnItsOwnWhichSaysWhatHappened() {
        long id = deadLetter("{\"eventType\": \"AppointmentBooked\"}");

        var posted = http.post(PANEL + "/dead-letters/" + id + "/replay", StaffHttp.ADMIN, SAME_SITE);

        assertThat(posted.status()).isEqualTo(303);
        assertThat(posted.location()).isEqualTo(PANEL + "?notice=dead-letter-replayed");
        var page = http.get(posted.location(), StaffHttp.ADMIN);
        assertThat(page.doc().select("html[lang=en] title").text()).isEqualTo("Notification problems");
        assertThat(page.doc().select("#notification-problems-notice").text()).startsWith("Replayed");
        assertThat(page.doc().select("tr[data-id=" + id + "]").text()).contains("Replayed by ops.admin");
        var twice = http.post(PANEL + "/dead-letters/" + id + "/replay", StaffHttp.ADMIN, SAME_SITE);
        assertThat(twice.location()).isEqualTo(PANEL + "?notice=dead-letter-already");
        assertThat(http.get(PANEL + "?notice=%3Cb%3Emade-up%3C%2Fb%3E", StaffHttp.ADMIN).doc()
                .select("#notification-problems-notice")).isEmpty();
    }

    @Test
    void withHtmxARetryAnswersThePanelAtOnce() {
        var answer = http.post(PANEL + "/messages/" + UUID.randomUUID() + "/retry", StaffHttp.ADMIN, HTMX);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.doc().select("#notification-problems-notice").text())
                .isEqualTo("That message no longer exists.");
        assertThat(http.post(PANEL + "/messages/not-an-id/retry", StaffHttp.ADMIN, HTMX).doc()
                .select("#notification-problems-notice").text()).isEqualTo("That message no longer exists.");
    }

    @Test
    void aPostThatAnotherSiteMadeTheBrowserSendIsRefused() {
        long id = deadLetter("{}");
        String replay = PANEL + "/dead-letters/" + id + "/replay";

        assertThat(http.post(replay, StaffHttp.ADMIN, "Sec-Fetch-Site", "cross-site").status()).isEqualTo(403);
        assertThat(http.post(replay, StaffHttp.ADMIN, "Origin", "https://evil.example").status()).isEqualTo(403);
        assertThat(http.post(replay, StaffHttp.ADMIN).status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT replayed_at IS NULL FROM dead_letter WHERE id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
        assertThat(http.post(replay, StaffHttp.ADMIN, "Origin", "https://riverbend.example").status())
                .isEqualTo(303);
    }

    /** Stored as the consumer stores an unreadable record, under a key that is no appointment. */
    private long deadLetter(String value) {
        long offset = 2_000_000_000L + (UUID.randomUUID().getMostSignificantBits() & 0xFFFFFFFL);
        var record = new ConsumerRecord<>(TOPIC, 0, offset, 0L, TimestampType.CREATE_TIME, 0, 0, "ops-" + offset,
                value, new RecordHeaders(), Optional.empty());
        deadLetters.store(record, new UnreadableRecordException("no eventType"));
        return jdbc.sql("SELECT id FROM dead_letter WHERE \"offset\" = :o").param("o", offset)
                .query(Long.class).single();
    }
}
