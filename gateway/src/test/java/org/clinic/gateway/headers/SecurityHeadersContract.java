package org.clinic.gateway.headers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.clinic.gateway.StubService;
import org.clinic.gateway.TestStaff;
import org.clinic.gateway.auth.SessionCookie;
import org.clinic.theme.SecurityHeaders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every kind of answer that leaves the gateway carries the security headers, and the session cookie has the form
 * of its mode: the same checks over plain http ({@link SecurityHeadersIT}) and over https
 * ({@link SecurityHeadersOverHttpsIT}). Booking's routes go to an echoing stub, content's to a stub that renders
 * pages, notification's to a closed port (503).
 */
abstract class SecurityHeadersContract {

    private static final StubService BOOKING = StubService.start("booking");
    private static final PageStub CONTENT = PageStub.start();
    private static final int CLOSED_PORT = StubService.closedPort();

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("BOOKING_URL", BOOKING::url);
        registry.add("CONTENT_URL", CONTENT::url);
        registry.add("NOTIFICATION_URL", () -> "http://127.0.0.1:" + CLOSED_PORT);
        TestStaff.register(registry);
    }

    @LocalServerPort
    int port;

    WebTestClient client;

    /** Whether this context runs with {@code clinic.auth.cookie-secure=true}. */
    abstract boolean https();

    @BeforeEach
    void bindClient() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(15)).build();
    }

    @Test
    void theGatewaysOwnPagesGetThePagePolicy() {
        expectHeaders(get("/login", MediaType.TEXT_HTML), 200, SecurityHeaders.PAGE_POLICY);
        expectHeaders(get("/no-such-page", MediaType.TEXT_HTML), 404, SecurityHeaders.PAGE_POLICY);
        expectHeaders(get("/desk/deliveries?appointmentId=1", MediaType.TEXT_HTML), 503, SecurityHeaders.PAGE_POLICY);
    }

    @Test
    void theGatewaysOwnJsonAndProblemsGetTheNonPagePolicy() {
        expectHeaders(get("/api/no-such-thing", MediaType.APPLICATION_JSON), 404, SecurityHeaders.NON_PAGE_POLICY);
        expectHeaders(get("/api/notifications?appointmentId=1", MediaType.APPLICATION_JSON), 503,
                SecurityHeaders.NON_PAGE_POLICY);
        expectHeaders(get("/api/booking/%2e%2e/%2e%2e/actuator/env", MediaType.APPLICATION_JSON), 404,
                SecurityHeaders.NON_PAGE_POLICY);
        expectHeaders(get("/readyz", MediaType.APPLICATION_JSON), 200, SecurityHeaders.NON_PAGE_POLICY);
        expectHeaders(client.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "nobody", "password", "wrong")).exchange(), 401,
                SecurityHeaders.NON_PAGE_POLICY);
        expectHeaders(client.post().uri("/api/booking/appointments").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("x".repeat(100 * 1024)).exchange(), 413, SecurityHeaders.NON_PAGE_POLICY);
    }

    @Test
    void theThemesAssetsGetTheNonPagePolicy() {
        expectHeaders(get("/assets/site.css", MediaType.ALL), 200, SecurityHeaders.NON_PAGE_POLICY);
    }

    @Test
    void proxiedJsonGetsTheNonPagePolicyWhateverTheServiceSent() {
        expectHeaders(get("/api/booking/slots", MediaType.APPLICATION_JSON), 200, SecurityHeaders.NON_PAGE_POLICY);
        expectHeaders(get("/api/content/articles", MediaType.APPLICATION_JSON), 200, SecurityHeaders.NON_PAGE_POLICY);
    }

    @Test
    void aProxiedPageKeepsItsServicesPolicyOrGetsThePagePolicy() {
        expectHeaders(get("/articles/own-policy", MediaType.TEXT_HTML), 200, PageStub.OWN_POLICY);
        expectHeaders(get("/articles/no-policy", MediaType.TEXT_HTML), 200, SecurityHeaders.PAGE_POLICY);
    }

    @Test
    void signingInSetsTheSessionCookieOfThisMode() {
        ResponseCookie cookie = signIn();

        assertThat(cookie.getName()).isEqualTo(https() ? "__Host-CLINIC_SESSION" : "CLINIC_SESSION");
        assertThat(cookie.isSecure()).isEqualTo(https());
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(cookie.getDomain()).isNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Strict");
    }

    @Test
    void theCookieIsReadOnlyUnderTheNameInUse() {
        String token = signIn().getValue();
        String otherName = https() ? SessionCookie.NAME : SessionCookie.SECURE_NAME;

        client.get().uri("/api/auth/me").cookie(SessionCookie.name(https()), token).exchange()
                .expectStatus().isOk();
        client.get().uri("/api/auth/me").cookie(otherName, token).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void theCookieInUseBecomesABearerTokenAndIsNotPassedOn() {
        String token = signIn().getValue();

        StubService.Echo echo = client.get().uri("/api/booking/schedule")
                .cookie(SessionCookie.name(https()), token).cookie("theme", "dark").exchange()
                .expectStatus().isOk().expectBody(StubService.Echo.class).returnResult().getResponseBody();

        assertThat(echo.header("authorization")).startsWith("Bearer ");
        assertThat(echo.header("cookie")).isEqualTo("theme=dark");
    }

    @Test
    void signingOutExpiresTheCookieOfThisMode() {
        ResponseCookie expired = client.post().uri("/api/auth/logout").exchange().expectStatus().isNoContent()
                .expectBody().returnResult().getResponseCookies().getFirst(SessionCookie.name(https()));

        assertThat(expired).isNotNull();
        assertThat(expired.getMaxAge()).isEqualTo(Duration.ZERO);
        assertThat(expired.isSecure()).isEqualTo(https());
    }

    private ResponseCookie signIn() {
        return client.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", TestStaff.DESK_USER, "password", TestStaff.DESK_PASSWORD))
                .exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseCookies().getFirst(SessionCookie.name(https()));
    }

    private WebTestClient.ResponseSpec get(String uri, MediaType accept) {
        return client.get().uri(uri).accept(accept).exchange();
    }

    private void expectHeaders(WebTestClient.ResponseSpec response, int status, String policy) {
        HttpHeaders headers = response.expectStatus().isEqualTo(status).expectBody().returnResult()
                .getResponseHeaders();
        assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo(policy).contains("frame-ancestors 'none'");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
        if (https()) {
            assertThat(headers.getFirst("Strict-Transport-Security")).isEqualTo("max-age=31536000");
        } else {
            assertThat(headers.containsHeader("Strict-Transport-Security")).isFalse();
        }
    }
}
