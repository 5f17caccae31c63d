package org.clinic.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.clinic.notification.NotificationIntegrationTest;
import org.clinic.notification.TestEvents;
import org.clinic.notification.TestEvents.Booking;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

class DeliveryLogEndpointIT extends NotificationIntegrationTest {

    private static final String OTHER_SECRET = "not-the-gateway-secret-0123456789abcdef";

    @LocalServerPort
    int port;

    @Value("${clinic.security.jwt.secret}")
    String secret;

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

    @Test
    void answers401ForTokenSignedWithAnotherSecret() throws Exception {
        assertThat(get(someAppointment, token(OTHER_SECRET, "FRONT_DESK", Instant.now().plusSeconds(300))).statusCode())
                .isEqualTo(401);
    }

    @Test
    void answers401ForExpiredToken() throws Exception {
        assertThat(get(someAppointment, token(secret, "FRONT_DESK", Instant.now().minusSeconds(120))).statusCode())
                .isEqualTo(401);
    }

    @Test
    void answers403ForStaffWithoutFrontDeskRole() throws Exception {
        assertThat(get(someAppointment, token(secret, "EDITOR", Instant.now().plusSeconds(300))).statusCode())
                .isEqualTo(403);
    }

    @Test
    void answers400ForMissingOrMalformedAppointmentId() throws Exception {
        String token = token(secret, "FRONT_DESK", Instant.now().plusSeconds(300));

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
                token(secret, "FRONT_DESK", Instant.now().plusSeconds(300)));

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

    private static String token(String signingSecret, String role, Instant expiresAt) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer("clinic-gateway")
                .subject("desk.ines")
                .claim("roles", List.of(role))
                .issueTime(Date.from(expiresAt.minusSeconds(900)))
                .expirationTime(Date.from(expiresAt))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(signingSecret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }
}
