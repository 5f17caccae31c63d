package org.clinic.notification.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clinic.notification.MailText;
import org.clinic.notification.NotificationIntegrationTest;
import org.clinic.notification.TestAppointment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A patient's manage token reaches the patient, and nothing else: after a booking, its confirmation and a reminder
 * (by email and by SMS), no text column of any table holds it and no log line shows it, even at TRACE.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsAtRestIT extends NotificationIntegrationTest {

    private static final Duration WITHIN = Duration.ofSeconds(20);
    private static final String BASE = "https://riverbend.example";

    private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

    @BeforeEach
    void logEverythingOfOurs() {
        logging.setLogLevel("org.clinic", LogLevel.TRACE);
    }

    @AfterEach
    void logAsConfigured() {
        logging.setLogLevel("org.clinic", null);
    }

    @Test
    void theTokenIsInTheMessagesSentButInNoRowAndNoLogLine(CapturedOutput output) throws Exception {
        Instant start = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        TestAppointment byEmail = TestAppointment.online(uniqueEmail(), start, clock);
        TestAppointment bySms = TestAppointment.online(null, start, clock).contact(null, "+447700900" + digits());
        TestAppointment fromOldRecord = TestAppointment.online(uniqueEmail(), start, clock);

        publish(byEmail.key(), byEmail.booked());
        publish(bySms.key(), bySms.booked());
        publish(fromOldRecord.key(), fromOldRecord.bookedWithClearToken());
        await().atMost(WITHIN).until(() -> mailTo(byEmail.email()).length == 1 && mailTo(fromOldRecord.email()).length == 1
                && sms.sentTo(bySms.phone()).size() == 1);
        clock.setTo(start.minus(Duration.ofHours(24)).plusSeconds(60));
        await().atMost(WITHIN).until(() -> mailTo(byEmail.email()).length == 2 && sms.sentTo(bySms.phone()).size() == 2);
        await().atMost(WITHIN).until(() -> sent(byEmail) == 2 && sent(bySms) == 2 && sent(fromOldRecord) >= 1);

        for (MimeMessage mail : mailTo(byEmail.email())) {
            assertThat(MailText.plain(mail)).contains(byEmail.manageLink(BASE)).doesNotContain("token-withheld");
            assertThat(MailText.html(mail)).contains("href=\"" + byEmail.manageLink(BASE) + "\"");
        }
        assertThat(MailText.plain(mailTo(fromOldRecord.email())[0])).contains(fromOldRecord.manageLink(BASE));
        // The reminder SMS is kept short and carries no link; the confirmation does.
        assertThat(sms.sentTo(bySms.phone()).get(0).text()).contains(bySms.manageLink(BASE));
        assertThat(sms.sentTo(bySms.phone())).allSatisfy(text -> assertThat(text.text()).doesNotContain("withheld"));

        List<String> tokens = List.of(byEmail.manageToken, bySms.manageToken, fromOldRecord.manageToken);
        assertThat(rowsContainingAnyOf(tokens)).isEmpty();
        assertThat(jdbc.sql("SELECT body_text FROM notification WHERE appointment_id = :id")
                .param("id", byEmail.id).query(String.class).list())
                .allSatisfy(body -> assertThat(body).contains("/manage/" + byEmail.reference + "#token-withheld"));
        assertThat(output.getAll()).doesNotContain(tokens.toArray(String[]::new));
    }

    /** Every text-like column of every table in the service's schema, searched for each token. */
    private List<String> rowsContainingAnyOf(List<String> tokens) {
        List<Map<String, Object>> columns = jdbc.sql("""
                SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND data_type IN ('text', 'character varying', 'json', 'jsonb')
                """).query().listOfRows();
        assertThat(columns).extracting(c -> c.get("table_name"))
                .contains("notification", "reminder", "manage_link", "outbox_event", "appointment_state");
        List<String> found = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            for (String token : tokens) {
                int rows = jdbc.sql("SELECT count(*) FROM \"%s\" WHERE CAST(\"%s\" AS text) LIKE :pattern"
                                .formatted(column.get("table_name"), column.get("column_name")))
                        .param("pattern", "%" + token + "%").query(Integer.class).single();
                if (rows > 0) {
                    found.add(column.get("table_name") + "." + column.get("column_name"));
                }
            }
        }
        return found;
    }

    private int sent(TestAppointment appointment) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE appointment_id = :id AND status = 'SENT'")
                .param("id", appointment.id).query(Integer.class).single();
    }

    private static String digits() {
        return String.valueOf(100 + (int) (Math.random() * 900));
    }
}
