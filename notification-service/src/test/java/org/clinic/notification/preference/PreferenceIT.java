package org.clinic.notification.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.clinic.notification.NotificationIntegrationTest;
import org.clinic.notification.TestAppointment;
import org.clinic.testsupport.StaffTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

class PreferenceIT extends NotificationIntegrationTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPatientWhoPrefersSmsIsToldBySmsEvenWithAnEmailAddress() throws Exception {
        TestAppointment appointment = appointment();
        HttpResponse<String> saved = put(appointment, "{\"channel\": \"SMS\"}");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("\"channel\":\"SMS\"");

        publish(appointment.key(), appointment.booked());

        await().atMost(Duration.ofSeconds(15)).until(() -> statuses(appointment.id).equals(List.of("SENT")));
        assertThat(sms.sentTo(appointment.phone())).hasSize(1);
        assertThat(mailTo(appointment.email())).isEmpty();
    }

    @Test
    void rejectsAnUnknownChannel() throws Exception {
        HttpResponse<String> response = put(appointment(), "{\"channel\": \"PIGEON\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"channel\"");
    }

    /** Read limits (service-platform's JsonReadLimits): a 400 problem, not a 500, even past the gateway's 64 kB. */
    @Test
    void jsonBeyondTheReadLimitsIsA400ProblemAndChangesNothing() throws Exception {
        TestAppointment appointment = appointment();
        String deep = "{\"channel\": \"SMS\", \"unread\": " + "[".repeat(2000) + "]".repeat(2000) + "}";
        // Within Jackson's default of 500 levels, beyond ours: would otherwise be read past, and saved.
        String nested = "{\"channel\": \"SMS\", \"unread\": " + "[".repeat(100) + "]".repeat(100) + "}";
        String longString = "{\"channel\": \"SMS\", \"unread\": \"" + "x".repeat(100_000) + "\"}";

        for (String body : List.of(deep, nested, longString)) {
            HttpResponse<String> response = put(appointment, body);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).contains("\"title\":\"Malformed request\"").doesNotContain("jackson");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM patient_channel_preference WHERE patient_id = :id")
                .param("id", appointment.patientId).query(Long.class).single()).isZero();
    }

    private HttpResponse<String> put(TestAppointment appointment, String body) throws Exception {
        String token = StaffTokens.valid("FRONT_DESK");
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/notifications/preferences/" + appointment.patientId))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
