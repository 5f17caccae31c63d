package org.clinic.booking.desk.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.clinic.booking.BookingIntegrationTest;
import org.clinic.testsupport.PageClient;
import org.clinic.events.Topics;
import org.clinic.platform.messaging.DeadLetters;
import org.clinic.platform.messaging.UnreadableRecordException;
import org.clinic.testsupport.StaffTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code /desk/operations} with JavaScript off: admins only, linked for them alone, Replay once, same-site posts. */
class OperationsPagesIT extends BookingIntegrationTest {

    private static final String PAGE = "/desk/operations";
    private static final String[] ADMIN = {"Authorization", "Bearer " + StaffTokens.validFor("ops.admin", "ADMIN")};
    private static final String[] DESK = {"Authorization", "Bearer " + StaffTokens.valid("FRONT_DESK")};
    private static final String[] ADMIN_POST = {ADMIN[0], ADMIN[1], "Sec-Fetch-Site", "same-origin"};

    @Autowired
    DeadLetters deadLetters;

    private PageClient browser;

    @BeforeEach
    void browser() {
        browser = new PageClient("http://localhost:" + port);
    }

    @Test
    void onlyAdminsSeeThePageAndTheLinkToIt() {
        var admin = browser.get(PAGE, ADMIN);

        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.one("nav a[aria-current=page]").text()).isEqualTo("Operations");
        assertThat(admin.one("#notification-problems-slot").attr("hx-get")).isEqualTo("/desk/deliveries/problems");
        assertThat(admin.one("#notification-problems-slot a").attr("href")).isEqualTo("/desk/deliveries/problems");
        assertThat(browser.get("/desk", ADMIN).one("#operations-link").attr("href")).isEqualTo(PAGE);
        assertThat(browser.get("/desk", DESK).doc().select("#operations-link")).isEmpty();
        assertThat(browser.get(PAGE, DESK).status()).isEqualTo(403);
        assertThat(browser.get(PAGE).status()).isEqualTo(303);
    }

    @Test
    void aDeadLetterIsShownWithItsValueEscapedAndReplayedOnceFromThePage() {
        long id = deadLetter("<img src=x onerror=alert(1)>");

        var page = browser.get(PAGE, ADMIN);
        assertThat(page.body()).doesNotContain("<img src=x").contains("&lt;img src=x");
        assertThat(page.one("#booking-dead-letters tr[data-id=" + id + "]").text())
                .contains("UnreadableRecordException: no eventType", Topics.DELIVERY_EVENTS);

        var replayed = browser.post(PAGE + "/dead-letters/" + id + "/replay", Map.of(), ADMIN_POST);
        assertThat(replayed.status()).isEqualTo(303);
        assertThat(replayed.header("Location")).isEqualTo(PAGE + "?notice=replayed");
        var after = browser.get(replayed.header("Location"), ADMIN);
        assertThat(after.one("#notice").text()).startsWith("Replayed");
        assertThat(after.one("#booking-dead-letters tr[data-id=" + id + "]").text()).contains("Replayed by ops.admin");
        assertThat(after.doc().select("form[action=" + PAGE + "/dead-letters/" + id + "/replay]")).isEmpty();

        var twice = browser.post(PAGE + "/dead-letters/" + id + "/replay", Map.of(), ADMIN_POST);
        assertThat(twice.header("Location")).isEqualTo(PAGE + "?notice=already-replayed");
        assertThat(browser.get(PAGE + "?notice=nonsense", ADMIN).doc().select("#notice")).isEmpty();
    }

    @Test
    void aReplayThatAnotherSiteMadeTheBrowserSendOrNotAnAdminIsRefused() {
        long id = deadLetter("{}");
        String replay = PAGE + "/dead-letters/" + id + "/replay";

        assertThat(browser.post(replay, Map.of(), ADMIN[0], ADMIN[1], "Sec-Fetch-Site", "cross-site").status())
                .isEqualTo(403);
        assertThat(browser.post(replay, Map.of(), ADMIN).status()).isEqualTo(403);
        assertThat(browser.post(replay, Map.of(), DESK[0], DESK[1], "Sec-Fetch-Site", "same-origin").status())
                .isEqualTo(403);
        assertThat(jdbc.sql("SELECT replayed_at IS NULL FROM dead_letter WHERE id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
    }

    private long deadLetter(String value) {
        long offset = 2_000_000_000L + (UUID.randomUUID().getMostSignificantBits() & 0xFFFFFFFL);
        var record = new ConsumerRecord<>(Topics.DELIVERY_EVENTS, 0, offset, 0L, TimestampType.CREATE_TIME, 0, 0,
                "ops-" + offset, value, new RecordHeaders(), Optional.empty());
        deadLetters.store(record, new UnreadableRecordException("no eventType"));
        return jdbc.sql("SELECT id FROM dead_letter WHERE \"offset\" = :o").param("o", offset)
                .query(Long.class).single();
    }
}
