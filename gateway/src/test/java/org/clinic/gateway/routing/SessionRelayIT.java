package org.clinic.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.stream.Stream;
import org.clinic.gateway.GatewayIntegrationTest;
import org.clinic.gateway.StubService.Echo;
import org.clinic.gateway.TestStaff;
import org.clinic.gateway.auth.ActiveSessions;
import org.clinic.gateway.auth.SessionCookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import reactor.core.publisher.Mono;

/**
 * What a service receives from the gateway: an access token for a live session, and no credentials at all for
 * anything else. The stub service answers with the headers it got, so the test sees exactly what went downstream.
 */
class SessionRelayIT extends GatewayIntegrationTest {

    /** Whatever store the gateway has, the test decides which sessions are still active. */
    @MockitoBean
    ActiveSessions activeSessions;

    @BeforeEach
    void everySessionActive() {
        when(activeSessions.isActive(anyString())).thenReturn(Mono.just(true));
    }

    @Test
    void aSessionCookieReachesTheServiceAsAShortAccessTokenOfTheSameSession() {
        Jwt session = TestStaff.decoder().decode(login());

        Echo echo = get("/api/booking/schedule", HttpHeaders.COOKIE, "theme=dark; " + SessionCookie.NAME + "="
                + session.getTokenValue() + "; lang=es");

        Jwt access = TestStaff.decoder().decode(bearer(echo));
        assertThat(access.getHeaders()).containsEntry("alg", "ES256");
        assertThat(access.getAudience()).containsExactly("clinic-services");
        assertThat(access.getClaimAsString("iss")).isEqualTo("clinic-gateway");
        assertThat(access.getSubject()).isEqualTo(TestStaff.DESK_USER);
        assertThat(access.getClaimAsStringList("roles")).containsExactly("FRONT_DESK");
        assertThat(access.getClaimAsString("sid")).isEqualTo(session.getClaimAsString("sid"));
        assertThat(Duration.between(access.getIssuedAt(), access.getExpiresAt())).isEqualTo(Duration.ofSeconds(60));
        assertThat(echo.header("cookie")).isEqualTo("theme=dark; lang=es");
    }

    @Test
    void aBearerSessionTokenOfAnApiClientIsRelayedTheSameWay() {
        String session = login();

        Echo echo = get("/api/notifications?appointmentId=x", HttpHeaders.AUTHORIZATION, "Bearer " + session);

        assertThat(bearer(echo)).isNotEqualTo(session);
        assertThat(TestStaff.decoder().decode(bearer(echo)).getAudience()).containsExactly("clinic-services");
    }

    @Test
    void anEndedSessionReachesTheServiceWithoutCredentials() {
        Jwt session = TestStaff.decoder().decode(login());
        when(activeSessions.isActive(session.getClaimAsString("sid"))).thenReturn(Mono.just(false));

        Echo echo = get("/api/booking/schedule", HttpHeaders.COOKIE, SessionCookie.NAME + "=" + session.getTokenValue());

        assertThat(echo.headers()).doesNotContainKeys("authorization", "cookie");
        client.get().uri("/api/auth/me").cookie(SessionCookie.NAME, session.getTokenValue())
                .exchange().expectStatus().isUnauthorized();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tokensThatAreNoLiveSession")
    void anythingElseAClientSendsIsDroppedAsBearerOrCookie(String what, String token) {
        Echo asBearer = get("/api/booking/schedule", HttpHeaders.AUTHORIZATION, "Bearer " + token);
        Echo asCookie = get("/api/booking/schedule", HttpHeaders.COOKIE, SessionCookie.NAME + "=" + token);

        assertThat(asBearer.headers()).doesNotContainKeys("authorization", "cookie");
        assertThat(asCookie.headers()).doesNotContainKeys("authorization", "cookie");
    }

    static Stream<Arguments> tokensThatAreNoLiveSession() {
        Instant now = Instant.now();
        return Stream.of(
                Arguments.of("an access token (audience clinic-services)",
                        TestStaff.signed(TestStaff.sessionClaims().audience("clinic-services"))),
                Arguments.of("HS256 with the old shared secret", TestStaff.signedWithOldSharedSecret(TestStaff.sessionClaims())),
                Arguments.of("HS256 access token with the old shared secret",
                        TestStaff.signedWithOldSharedSecret(TestStaff.sessionClaims().audience("clinic-services"))),
                Arguments.of("signed by another EC key", TestStaff.signedWithAnotherKey(TestStaff.sessionClaims())),
                Arguments.of("no exp", TestStaff.signed(TestStaff.sessionClaims().expirationTime(null))),
                Arguments.of("expired", TestStaff.signed(TestStaff.sessionClaims()
                        .issueTime(Date.from(now.minusSeconds(7200))).expirationTime(Date.from(now.minusSeconds(600))))),
                Arguments.of("not a JWT", "not.a.jwt"));
    }

    @Test
    void otherCredentialsAreDroppedToo() {
        Echo basic = get("/api/booking/schedule", HttpHeaders.AUTHORIZATION, "Basic ZGVzazpmcm9udC1kZXNrLXBhc3M=");

        assertThat(basic.headers()).doesNotContainKey("authorization");
    }

    @Test
    void aBearerTokenThatIsNoSessionWinsOverAGoodCookieAndLeavesTheRequestAnonymous() {
        String session = login();
        String accessToken = TestStaff.signed(TestStaff.sessionClaims().audience("clinic-services"));

        Echo echo = client.get().uri("/api/booking/schedule")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
                .cookie(SessionCookie.NAME, session)
                .exchange()
                .expectStatus().isOk()
                .expectBody(Echo.class).returnResult().getResponseBody();

        assertThat(echo.headers()).doesNotContainKeys("authorization", "cookie");
    }

    private String login() {
        return client.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", TestStaff.DESK_USER, "password", TestStaff.DESK_PASSWORD))
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("token").toString();
    }

    private Echo get(String uri, String header, String value) {
        return client.get().uri(uri).header(header, value)
                .exchange()
                .expectStatus().isOk()
                .expectBody(Echo.class).returnResult().getResponseBody();
    }

    private static String bearer(Echo echo) {
        String authorization = echo.header("authorization");
        assertThat(authorization).startsWith("Bearer ");
        return authorization.substring("Bearer ".length());
    }
}
