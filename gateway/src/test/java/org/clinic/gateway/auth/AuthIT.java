package org.clinic.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.clinic.gateway.GatewayIntegrationTest;
import org.clinic.gateway.TestStaff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

class AuthIT extends GatewayIntegrationTest {

    record Login(String username, List<String> roles, String token, Instant expiresAt) {
    }

    @Test
    void loginReturnsAVerifiableTokenWithTheRolesAndAStrictHttpOnlyCookie() {
        var result = login(TestStaff.DESK_USER, TestStaff.DESK_PASSWORD)
                .expectStatus().isOk()
                .expectHeader().cacheControl(CacheControl.noStore())
                .expectCookie().httpOnly(SessionCookie.NAME, true)
                .expectCookie().sameSite(SessionCookie.NAME, "Strict")
                .expectCookie().path(SessionCookie.NAME, "/")
                .expectCookie().maxAge(SessionCookie.NAME, Duration.ofHours(8))
                .expectCookie().secure(SessionCookie.NAME, false)
                .expectBody(Login.class).returnResult();
        Login body = result.getResponseBody();

        Jwt jwt = TestStaff.decoder().decode(body.token());
        assertThat(jwt.getHeaders()).containsEntry("alg", "ES256").doesNotContainKey("kid");
        assertThat(jwt.getClaimAsString("iss")).isEqualTo("clinic-gateway");
        // A session token: for the gateway alone, which turns it into short access tokens for the services.
        assertThat(jwt.getAudience()).containsExactly("clinic-gateway");
        assertThat(jwt.getClaimAsString("sid")).isNotBlank();
        assertThat(jwt.getSubject()).isEqualTo("desk");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("FRONT_DESK");
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofHours(8));
        assertThat(body.username()).isEqualTo("desk");
        assertThat(body.roles()).containsExactly("FRONT_DESK");
        assertThat(body.expiresAt()).isEqualTo(jwt.getExpiresAt());
        assertThat(result.getResponseCookies().getFirst(SessionCookie.NAME).getValue()).isEqualTo(body.token());
    }

    @Test
    void logsInAUserConfiguredInListFormWithSeveralRoles() {
        login("EDITOR", TestStaff.EDITOR_PASSWORD)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.username").isEqualTo("editor")
                .jsonPath("$.roles").isEqualTo(List.of("EDITOR", "ADMIN"));
    }

    @Test
    void answersAWrongPasswordAndAnUnknownUserAlikeWith401Problem() {
        byte[] wrongPassword = login(TestStaff.DESK_USER, "not-the-password").expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE)
                .expectBody().jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").isEqualTo("Username or password is incorrect.")
                .returnResult().getResponseBody();
        byte[] unknownUser = login("nobody", "not-the-password").expectStatus().isUnauthorized()
                .expectBody().returnResult().getResponseBody();

        assertThat(new String(unknownUser)).isEqualTo(new String(wrongPassword));
    }

    @Test
    void rejectsMalformedJsonWith400ProblemThatRevealsNoParserDetails() {
        client.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\": \"desk\", \"password\": ")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.detail").value(String.class, detail ->
                        assertThat(detail).doesNotContainIgnoringCase("jackson").doesNotContain("line:", "column"));
    }

    @Test
    void rejectsBlankCredentialsWith400ProblemNamingTheFields() {
        client.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", " ", "password", ""))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field").value(List.class, fields ->
                        assertThat(fields).containsExactlyInAnyOrder("username", "password"));
    }

    @Test
    void meAnswersForTheSessionCookie() {
        String token = login(TestStaff.DESK_USER, TestStaff.DESK_PASSWORD)
                .expectBody(Login.class).returnResult().getResponseBody().token();

        client.get().uri("/api/auth/me").cookie(SessionCookie.NAME, token)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.username").isEqualTo("desk")
                .jsonPath("$.roles[0]").isEqualTo("FRONT_DESK")
                .jsonPath("$.expiresAt").exists()
                .jsonPath("$.token").doesNotExist();
    }

    @Test
    void meAnswersForABearerToken() {
        String token = login("editor", TestStaff.EDITOR_PASSWORD)
                .expectBody(Login.class).returnResult().getResponseBody().token();

        client.get().uri("/api/auth/me").headers(h -> h.setBearerAuth(token))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.username").isEqualTo("editor");
    }

    @Test
    void meAnswers401ProblemWithoutAValidSessionToken() {
        Instant now = Instant.now();
        String expired = TestStaff.signed(TestStaff.sessionClaims()
                .issueTime(Date.from(now.minus(Duration.ofHours(9)))).expirationTime(Date.from(now.minus(Duration.ofHours(1)))));
        String otherIssuer = TestStaff.signed(TestStaff.sessionClaims().issuer("not-the-gateway"));

        expectUnauthorized(client.get().uri("/api/auth/me").exchange());
        expectUnauthorized(client.get().uri("/api/auth/me").cookie(SessionCookie.NAME, expired).exchange());
        expectUnauthorized(client.get().uri("/api/auth/me").headers(h -> h.setBearerAuth(otherIssuer)).exchange());
        expectUnauthorized(client.get().uri("/api/auth/me").header(HttpHeaders.AUTHORIZATION, "Basic ZGVzazpwdw==").exchange());
        expectUnauthorized(client.get().uri("/api/auth/me").cookie(SessionCookie.NAME, "not-a-jwt").exchange());
    }

    /** Each is right in every other respect: only the one thing named differs from a good session token. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongKindsOfSessionToken")
    void meRefusesEveryOtherKindOfToken(String what, String token) {
        expectUnauthorized(client.get().uri("/api/auth/me").headers(h -> h.setBearerAuth(token)).exchange());
        expectUnauthorized(client.get().uri("/api/auth/me").cookie(SessionCookie.NAME, token).exchange());
    }

    static Stream<Arguments> wrongKindsOfSessionToken() {
        return Stream.of(
                Arguments.of("HS256 with the old shared secret", TestStaff.signedWithOldSharedSecret(TestStaff.sessionClaims())),
                Arguments.of("signed by another EC key", TestStaff.signedWithAnotherKey(TestStaff.sessionClaims())),
                Arguments.of("an access token (audience clinic-services)",
                        TestStaff.signed(TestStaff.sessionClaims().audience("clinic-services"))),
                Arguments.of("no audience", TestStaff.signed(TestStaff.sessionClaims().audience((String) null))),
                Arguments.of("no exp", TestStaff.signed(TestStaff.sessionClaims().expirationTime(null))),
                Arguments.of("no session id", TestStaff.signed(TestStaff.sessionClaims().claim("sid", null))));
    }

    @Test
    void logoutAnswers204AndExpiresTheCookie() {
        var result = client.post().uri("/api/auth/logout")
                .exchange()
                .expectStatus().isNoContent()
                .expectCookie().maxAge(SessionCookie.NAME, Duration.ZERO)
                .expectCookie().httpOnly(SessionCookie.NAME, true)
                .returnResult(Void.class);

        ResponseCookie cookie = result.getResponseCookies().getFirst(SessionCookie.NAME);
        assertThat(cookie.getValue()).isEmpty();
    }

    private ResponseSpec login(String username, String password) {
        return client.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password))
                .exchange();
    }

    private static void expectUnauthorized(ResponseSpec response) {
        response.expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").isEqualTo("A valid staff session is required.");
    }
}
