package org.clinic.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clinic.gateway.GatewayApplication;
import org.clinic.gateway.GatewayIntegrationTest;
import org.clinic.gateway.StubService;
import org.clinic.gateway.TestAccounts;
import org.clinic.gateway.TestStaff;
import org.clinic.gateway.auth.SessionCookie;
import org.clinic.gateway.auth.StaffAccounts;
import org.clinic.gateway.auth.StaffRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Sessions end for real, on every gateway instance: this context and a second gateway started beside it share one
 * identity database, and each trusts its last answer about a session for one second (30 in production) instead of
 * the tests sleeping through half a minute. Idle sessions end after five seconds here.
 */
@TestPropertySource(properties = {"clinic.session.recheck-after=1s", "clinic.session.idle-timeout=5s"})
class SessionsIT extends GatewayIntegrationTest {

    private static ConfigurableApplicationContext otherInstance;
    private static WebTestClient other;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startASecondGateway() {
        Map<String, Object> properties = new HashMap<>();
        TestStaff.register((name, value) -> properties.put(name, value.get()));
        properties.put("BOOKING_URL", SERVICES.url());
        properties.put("CONTENT_URL", SERVICES.url());
        properties.put("NOTIFICATION_URL", SERVICES.url());
        properties.put("server.port", 0);
        properties.put("management.server.port", 0);
        properties.put("clinic.session.recheck-after", "1s");
        // As command-line arguments: they outrank application.yml, as the dynamic properties of a test context do.
        otherInstance = new SpringApplicationBuilder(GatewayApplication.class).run(properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue()).toArray(String[]::new));
        int port = ((WebServerApplicationContext) otherInstance).getWebServer().getPort();
        other = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(15)).build();
    }

    @AfterAll
    static void stopTheSecondGateway() {
        otherInstance.close();
    }

    @Test
    void signingOutEndsTheSessionHereAtOnceAndOnTheOtherInstanceWithinTheRecheckWindow() {
        String user = TestAccounts.create(accounts, "leaving", StaffRole.FRONT_DESK);
        String token = signIn(user, TestAccounts.PASSWORD);
        assertThat(me(client, token)).isEqualTo(200);
        assertThat(me(other, token)).isEqualTo(200);

        client.post().uri("/api/auth/logout").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isNoContent();

        assertThat(me(client, token)).isEqualTo(401);
        await().atMost(Duration.ofSeconds(5)).until(() -> me(other, token) == 401);
        // Proxied requests too: the service gets no credentials at all, so it sees an anonymous caller.
        StubService.Echo echo = other.get().uri("/api/booking/desk/anything").headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectBody(StubService.Echo.class).returnResult().getResponseBody();
        assertThat(echo.header("Authorization")).isNull();
        assertThat(endReasonsOf(user)).containsExactly("SIGNED_OUT");
    }

    @Test
    void signingOutOnThePageEndsTheSessionNotOnlyTheCookie() {
        String user = TestAccounts.create(accounts, "page-leaver", StaffRole.FRONT_DESK);
        String token = signIn(user, TestAccounts.PASSWORD);

        client.post().uri("/logout").cookie(SessionCookie.NAME, token).header("Sec-Fetch-Site", "same-origin")
                .accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isSeeOther();

        assertThat(me(client, token)).isEqualTo(401);
        await().atMost(Duration.ofSeconds(5)).until(() -> me(other, token) == 401);
    }

    @Test
    void disablingAnAccountEndsItsSessionsEverywhere() {
        String user = TestAccounts.create(accounts, "disabled", StaffRole.FRONT_DESK);
        String token = signIn(user, TestAccounts.PASSWORD);
        assertThat(me(other, token)).isEqualTo(200);

        adminPatches(user, Map.of("enabled", false));

        assertThat(me(client, token)).isEqualTo(401);
        await().atMost(Duration.ofSeconds(5)).until(() -> me(other, token) == 401);
        assertThat(endReasonsOf(user)).containsExactly("ACCOUNT_DISABLED");
    }

    @Test
    void aPasswordResetOrARoleChangeEndsTheSessionsToo() {
        String reset = TestAccounts.create(accounts, "reset", StaffRole.FRONT_DESK);
        String resetToken = signIn(reset, TestAccounts.PASSWORD);
        String demoted = TestAccounts.create(accounts, "demoted", StaffRole.FRONT_DESK, StaffRole.EDITOR);
        String demotedToken = signIn(demoted, TestAccounts.PASSWORD);
        String admin = adminToken();

        client.post().uri("/api/auth/staff/" + reset + "/password-reset").headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()).exchange().expectStatus().isOk();
        adminPatches(demoted, Map.of("roles", List.of("EDITOR")));

        await().atMost(Duration.ofSeconds(5)).until(() -> me(other, resetToken) == 401 && me(other, demotedToken) == 401);
        assertThat(endReasonsOf(reset)).containsExactly("PASSWORD_RESET");
        assertThat(endReasonsOf(demoted)).containsExactly("ROLES_CHANGED");
    }

    @Test
    void changingOnesOwnPasswordEndsTheOtherSessionsButNotThisOne() {
        String user = TestAccounts.create(accounts, "changer", StaffRole.FRONT_DESK);
        String here = signIn(user, TestAccounts.PASSWORD);
        String elsewhere = signIn(user, TestAccounts.PASSWORD);

        client.post().uri("/api/auth/password").headers(h -> h.setBearerAuth(here))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "lantern over the river"))
                .exchange().expectStatus().isNoContent();

        await().atMost(Duration.ofSeconds(5)).until(() -> me(other, elsewhere) == 401);
        assertThat(me(client, here)).isEqualTo(200);
        assertThat(me(other, here)).isEqualTo(200);
    }

    @Test
    void aSessionWithoutRequestsForTheIdleTimeoutEnds() {
        String user = TestAccounts.create(accounts, "idle", StaffRole.FRONT_DESK);
        String token = signIn(user, TestAccounts.PASSWORD);
        assertThat(me(client, token)).isEqualTo(200);

        // No request at all for longer than the five-second idle timeout; the first one after it is refused.
        await().pollDelay(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(10)).until(() -> me(client, token) == 401);
        assertThat(endReasonsOf(user)).containsExactly("IDLE");
    }

    @Test
    void requestsKeepASessionAlivePastTheIdleTimeout() {
        String user = TestAccounts.create(accounts, "busy", StaffRole.FRONT_DESK);
        String token = signIn(user, TestAccounts.PASSWORD);
        long until = System.nanoTime() + Duration.ofSeconds(8).toNanos();

        // A request every second (as the desk's poll does every 4 s) for longer than the idle timeout.
        await().pollInterval(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(15))
                .until(() -> me(client, token) == 200 && System.nanoTime() > until);
        assertThat(endReasonsOf(user)).isEmpty();
    }

    private String adminToken() {
        String admin = TestAccounts.create(accounts, "session-admin", StaffRole.ADMIN);
        return signIn(admin, TestAccounts.PASSWORD);
    }

    private void adminPatches(String user, Map<String, Object> change) {
        String admin = adminToken();
        client.patch().uri("/api/auth/staff/" + user).headers(h -> h.setBearerAuth(admin))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(change).exchange().expectStatus().isOk();
    }

    private List<String> endReasonsOf(String user) {
        return jdbc.sql("SELECT end_reason FROM staff_session WHERE username = :user AND ended_at IS NOT NULL")
                .param("user", user).query(String.class).list();
    }

    private static int me(WebTestClient gateway, String token) {
        return gateway.get().uri("/api/auth/me").headers(h -> h.setBearerAuth(token)).exchange()
                .returnResult(Void.class).getStatus().value();
    }
}
