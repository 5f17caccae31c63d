package org.clinic.gateway.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinic.gateway.StubService;
import org.clinic.gateway.TestStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Pages through the gateway: booking's page paths reach booking-service, the theme's assets are served by the
 * gateway itself, and when the gateway has to answer a browser itself (no such page; content-service down here)
 * the answer is a page in the site's look, while API clients keep problem+json.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PagesThroughGatewayIT {

    private static final StubService BOOKING = StubService.start("booking");
    private static final StubService NOTIFICATION = StubService.start("notification");
    private static final int CLOSED_PORT = StubService.closedPort();
    private static final Pattern STYLESHEET = Pattern.compile("href=\"(/assets/site-[0-9a-f]{32}\\.css)\"");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("BOOKING_URL", BOOKING::url);
        registry.add("CONTENT_URL", () -> "http://127.0.0.1:" + CLOSED_PORT);
        registry.add("NOTIFICATION_URL", NOTIFICATION::url);
        TestStaff.register(registry);
    }

    @LocalServerPort
    int port;

    WebTestClient client;

    @BeforeEach
    void bindClient() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(15)).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/book", "/book/details", "/manage/ABCD2345"})
    void bookingPagesReachBookingService(String path) {
        StubService.Echo echo = client.get().uri(path).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk().expectBody(StubService.Echo.class).returnResult().getResponseBody();
        assertThat(echo.path()).isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/desk", "/desk/day", "/desk/appointments/3b1e", "/desk/deliveriesx"})
    void deskPagesReachBookingService(String path) {
        client.get().uri(path).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(StubService.NAME_HEADER, "booking");
    }

    /** The delivery-log fragment under /desk belongs to notification-service: its route must win over /desk/**. */
    @ParameterizedTest
    @ValueSource(strings = {"/desk/deliveries?appointmentId=7f9c", "/desk/deliveries/more"})
    void theDesksDeliveryLogFragmentReachesNotificationService(String path) {
        StubService.Echo echo = client.get().uri(path).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(StubService.NAME_HEADER, "notification")
                .expectBody(StubService.Echo.class).returnResult().getResponseBody();
        assertThat(echo.path() + (echo.query() == null ? "" : "?" + echo.query())).isEqualTo(path);
    }

    @Test
    void editorPagesAreRoutedToContentService() {
        // Content-service is down in this test: a routed path answers "unavailable", an unrouted one "not found".
        assertThat(page("/editor", 503)).contains("This page is unavailable right now");
        assertThat(page("/editor/articles/knee-pain", 503)).contains("This page is unavailable right now");
    }

    @Test
    void aBrowserAskingForAnAddressNoServiceHasGetsTheSitesNotFoundPage() {
        String html = page("/no-such-page", 404);
        assertThat(html).contains("We can't find that page").contains("Riverbend Physio &amp; Chiropractic")
                .contains("tel:5555550142");
    }

    @Test
    void aBrowserGetsAnUnavailablePageWhenTheServiceBehindAPageIsDown() {
        String html = page("/articles/lower-back-pain", 503);
        assertThat(html).contains("This page is unavailable right now").doesNotContain("127.0.0.1")
                .doesNotContain("Exception");
    }

    @Test
    void apiClientsKeepProblemJsonForTheSameFailures() {
        client.get().uri("/no-such-page").accept(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/api/nothing-here").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theErrorPagesStylesheetIsServedByTheGatewayWithAYearLongImmutableCache() {
        Matcher stylesheet = STYLESHEET.matcher(page("/no-such-page", 404));
        assertThat(stylesheet.find()).isTrue();
        client.get().uri(stylesheet.group(1)).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/css")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().value("Cache-Control", value -> assertThat(value)
                        .contains("max-age=31536000").contains("public").contains("immutable"));
    }

    /** Served from memory after the first request (web-theme's InMemoryAssetResolver): same bytes, same headers. */
    @Test
    void theStylesheetIsTheThemesFileWithItsVersionAsETagAndRevalidatesByDate() throws Exception {
        Matcher stylesheet = STYLESHEET.matcher(page("/no-such-page", 404));
        assertThat(stylesheet.find()).isTrue();
        byte[] file;
        try (var in = getClass().getResourceAsStream("/theme/site.css")) {
            file = in.readAllBytes();
        }
        for (int i = 0; i < 2; i++) {
            var answer = client.get().uri(stylesheet.group(1)).exchange()
                    .expectStatus().isOk()
                    .expectHeader().exists("Last-Modified")
                    .expectBody(byte[].class).returnResult();
            assertThat(answer.getResponseBody()).isEqualTo(file);
            assertThat(answer.getResponseHeaders().getETag()).isNotNull();
            client.get().uri(stylesheet.group(1))
                    .header("If-Modified-Since", answer.getResponseHeaders().getFirst("Last-Modified")).exchange()
                    .expectStatus().isNotModified();
        }
    }

    @Test
    void htmxIsServedFromItsWebJarUnderAHashedName() {
        client.get().uri("/assets/vendor/htmx.org/dist/htmx.min.js").exchange()
                .expectStatus().isOk()
                .expectHeader().value("Cache-Control", value -> assertThat(value).contains("immutable"));
    }

    private String page(String path, int status) {
        return client.get().uri(path).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp).contains("frame-ancestors 'none'"))
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
