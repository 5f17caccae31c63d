package org.clinic.notification.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.clinic.notification.NotificationIntegrationTest;
import org.clinic.notification.TestAppointment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An admin puts a message that ended FAILED back in the queue: it goes out once; a second retry, or a retry of a
 * message that is not FAILED, is refused and sends nothing.
 */
class FailedDeliveryRetryIT extends NotificationIntegrationTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();
    private StaffHttp http;

    @BeforeEach
    void client() {
        http = new StaffHttp(port);
    }

    @Test
    void aFailedMessageRetriedByAnAdminGoesOutOnceAndIsNotRetriedTwice() {
        TestAppointment appointment = appointment();
        UUID id = failedConfirmation(appointment);
        assertThat(listedFailed()).contains(id.toString());

        var retried = http.post("/api/notifications/deliveries/" + id + "/retry", StaffHttp.ADMIN);

        assertThat(retried.status()).isEqualTo(200);
        JsonNode body = json.readTree(retried.body());
        assertThat(body.get("retriedBy").asString()).isEqualTo("ops.admin");
        await().atMost(WITHIN).until(() -> mailTo(appointment.email()).length == 1);
        await().atMost(WITHIN).until(() -> statuses(appointment.id).equals(List.of("SENT")));
        assertThat(listedFailed()).doesNotContain(id.toString());

        var again = http.post("/api/notifications/deliveries/" + id + "/retry", StaffHttp.ADMIN);
        assertThat(again.status()).isEqualTo(409);
        assertThat(json.readTree(again.body()).get("status").asString()).isEqualTo("SENT");
        assertThat(mailTo(appointment.email())).hasSize(1);
    }

    @Test
    void onlyAdminsRetryAndUnknownOrMalformedIdsAreRefusedPlainly() {
        String nil = "/api/notifications/deliveries/" + UUID.randomUUID() + "/retry";

        assertThat(http.post(nil, StaffHttp.DESK).status()).isEqualTo(403);
        assertThat(http.get("/api/notifications/deliveries/failed", StaffHttp.DESK).status()).isEqualTo(403);
        assertThat(http.post(nil, StaffHttp.ADMIN).status()).isEqualTo(404);
        assertThat(http.post("/api/notifications/deliveries/RB-123/retry", StaffHttp.ADMIN).status()).isEqualTo(400);
    }

    /** SMTP away for the whole retry budget (the clock moved past each back-off): the confirmation ends FAILED. */
    private UUID failedConfirmation(TestAppointment appointment) {
        greenMail.stop();
        try {
            publish(appointment.key(), appointment.booked());
            await().atMost(WITHIN).pollInterval(Duration.ofMillis(100)).until(() -> {
                clock.advance(Duration.ofSeconds(2));
                return statuses(appointment.id).contains("FAILED");
            });
        } finally {
            greenMail.start();
        }
        return jdbc.sql("SELECT id FROM notification WHERE appointment_id = :id").param("id", appointment.id)
                .query(UUID.class).single();
    }

    private String listedFailed() {
        var answer = http.get("/api/notifications/deliveries/failed", StaffHttp.ADMIN);
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }
}
