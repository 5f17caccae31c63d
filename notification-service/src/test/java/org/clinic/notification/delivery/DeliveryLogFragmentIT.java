package org.clinic.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.clinic.notification.NotificationIntegrationTest;
import org.clinic.testsupport.StaffTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The desk's delivery-log fragment: who may see it, what it shows, and that a mail server's words stay text. */
class DeliveryLogFragmentIT extends NotificationIntegrationTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    /** Each inserted row a second after the previous one: the log lists messages in the order they were owed. */
    private OffsetDateTime created = OffsetDateTime.now(ZoneOffset.UTC);

    @Test
    void showsEachMessageWithItsStatusInWordsAndTheTimeInTheClinicsZone() throws Exception {
        UUID appointment = UUID.randomUUID();
        insert(appointment, "CONFIRMATION", "EMAIL", "SENT", 1, null, "2026-12-01T14:05:00Z");
        insert(appointment, "REMINDER", "SMS", "FAILED", 8, "SMTPSendFailedException: <script>alert('x')</script> & more", null);
        insert(appointment, "RESCHEDULE", "EMAIL", "PENDING", 2, "MailConnectException: timed out", null);

        HttpResponse<String> response = get("/desk/deliveries?appointmentId=" + appointment, token("FRONT_DESK"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(response.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
        String html = response.body();
        assertThat(html).startsWith("<section id=\"delivery-log\"").doesNotContain("<html", "<body");
        assertThat(html).contains("<h3 id=\"delivery-log-title\">Messages</h3>");
        assertThat(rows(html)).containsExactly("SENT", "FAILED", "RETRYING");
        assertThat(html).contains("<td>Confirmation</td>", "<td>Email</td>", "Tue 1 Dec 2026, 9:05 AM EST",
                "datetime=\"2026-12-01T14:05:00Z\"");
        assertThat(html).contains("class=\"delivery delivery--failed\" data-status=\"FAILED\"", "<td>Reminder</td>",
                "<td>SMS</td>", "Failed – not delivered", "<td>8</td>");
        assertThat(html).contains("Retrying", "Change of time", "MailConnectException: timed out");
    }

    @Test
    void escapesTheErrorTextAMailServerSentBack() throws Exception {
        UUID appointment = UUID.randomUUID();
        insert(appointment, "CONFIRMATION", "EMAIL", "FAILED", 8, "Rejected: <script>alert('x')</script> & <b>", null);

        String html = get("/desk/deliveries?appointmentId=" + appointment, token("ADMIN")).body();

        assertThat(html).doesNotContain("<script>", "<b>")
                .contains("Rejected: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;");
    }

    @Test
    void saysSoWhenNoMessageWasOwedYet() throws Exception {
        HttpResponse<String> response = get("/desk/deliveries?appointmentId=" + UUID.randomUUID(), token("FRONT_DESK"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("id=\"delivery-log\"", "No messages yet.").doesNotContain("<table");
    }

    /** As the desk's panel asks for it (htmx); a signed-out panel must not swap in a login page as its messages. */
    @Test
    void answers401WithoutAToken() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/desk/deliveries?appointmentId=" + UUID.randomUUID()))
                .header("HX-Request", "true").GET().build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void answers403ForAnEditor() throws Exception {
        assertThat(get("/desk/deliveries?appointmentId=" + UUID.randomUUID(), token("EDITOR")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void answers400WithAFragmentForAMissingOrMalformedAppointmentId() throws Exception {
        for (String query : List.of("", "?appointmentId=", "?appointmentId=RB-123", "?appointmentId=%3Cscript%3E")) {
            HttpResponse<String> response = get("/desk/deliveries" + query, token("FRONT_DESK"));
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
            assertThat(response.body()).contains("id=\"delivery-log\"", "role=\"alert\"",
                    "This link does not name an appointment.").doesNotContain("<script>");
        }
    }

    private void insert(UUID appointment, String kind, String channel, String status, int attempts, String lastError,
            String sentAt) {
        // Written directly: the dispatcher's outcomes are tested elsewhere; here only the rendering matters. A pending
        // row is due far in the future, so the running dispatcher never picks up these body-less rows.
        created = created.plusSeconds(1);
        jdbc.sql("""
                INSERT INTO notification (id, appointment_id, event_id, kind, channel, status, attempts, last_error,
                                          next_attempt_at, created_at, sent_at)
                VALUES (:id, :appointment, :event, :kind, :channel, :status, :attempts, :lastError, :next,
                        :created, :sentAt)
                """)
                .param("id", UUID.randomUUID()).param("appointment", appointment).param("event", UUID.randomUUID())
                .param("kind", kind).param("channel", channel).param("status", status).param("attempts", attempts)
                .param("lastError", lastError)
                .param("next", status.equals("PENDING") ? OffsetDateTime.parse("2999-01-01T00:00:00Z") : null)
                .param("created", created)
                .param("sentAt", sentAt == null ? null : Instant.parse(sentAt).atOffset(ZoneOffset.UTC))
                .update();
    }

    private static List<String> rows(String html) {
        return java.util.regex.Pattern.compile("data-status=\"([A-Z]+)\"").matcher(html).results()
                .map(m -> m.group(1)).toList();
    }

    private String token(String role) {
        return StaffTokens.validFor("desk.ines", role);
    }

    private HttpResponse<String> get(String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
