package org.clinic.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.clinic.notification.NotificationIntegrationTest;
import org.clinic.notification.TestEvents;
import org.clinic.notification.TestEvents.Booking;
import org.clinic.testsupport.StaffTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

class DeliveryLogEndpointIT extends NotificationIntegrationTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String someAppointment = "/api/notifications?appointmentId=" + UUID.randomUUID();

    @Test
    void answers401WithoutToken() throws Exception {
        HttpResponse<String> response = get(someAppointment, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void leavesHealthProbesOpenForTheOrchestrator() throws Exception {
        assertThat(get("/readyz", null).statusCode()).isEqualTo(200);
        assertThat(get("/livez", null).statusCode()).isEqualTo(200);
    }

    /** Each differs from a good access token in the one way named; the gateway's own key signed all but two. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("tokensThatAreNoAccessToken")
    void answers401ForAnyTokenButTheGatewaysAccessToken(String what, String token) throws Exception {
        HttpResponse<String> response = get(someAppointment, token);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    static Stream<Arguments> tokensThatAreNoAccessToken() {
        return Stream.of(
                Arguments.of("signed by another EC key", StaffTokens.forged("FRONT_DESK")),
                Arguments.of("HS256 with the old shared secret", StaffTokens.signedWithOldSharedSecret("FRONT_DESK")),
                Arguments.of("a session token (audience clinic-gateway)", StaffTokens.withAudience("clinic-gateway", "FRONT_DESK")),
                Arguments.of("no exp", StaffTokens.withoutExpiry("FRONT_DESK")),
                Arguments.of("expired", StaffTokens.expired("FRONT_DESK")));
    }

    @Test
    void answers403ForStaffWithoutFrontDeskRole() throws Exception {
        assertThat(get(someAppointment, StaffTokens.validFor("desk.ines", "EDITOR")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void answers400ForMissingOrMalformedAppointmentId() throws Exception {
        String token = StaffTokens.validFor("desk.ines", "FRONT_DESK");

        assertThat(get("/api/notifications", token).statusCode()).isEqualTo(400);
        HttpResponse<String> malformed = get("/api/notifications?appointmentId=RB-123", token);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"field\":\"appointmentId\"");
    }

    @Test
    void showsFrontDeskTheDeliveryLogOfAnAppointment() throws Exception {
        Booking booking = Booking.forPatient(uniqueEmail());
        publish(booking.key(), TestEvents.booked(booking));
        await().atMost(Duration.ofSeconds(15)).until(() -> statuses(booking.appointmentId()).equals(List.of("SENT")));

        HttpResponse<String> response = get("/api/notifications?appointmentId=" + booking.appointmentId(),
                StaffTokens.validFor("desk.ines", "FRONT_DESK"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"kind\":\"CONFIRMATION\"", "\"channel\":\"EMAIL\"",
                "\"status\":\"SENT\"", "\"attempts\":1", "\"lastError\":null", "\"sentAt\":\"");
    }

    private HttpResponse<String> get(String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
