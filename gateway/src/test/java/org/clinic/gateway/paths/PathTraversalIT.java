package org.clinic.gateway.paths;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clinic.gateway.StubService;
import org.clinic.gateway.TestStaff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A path that climbs out of its route ({@code ..}, also encoded, double-encoded, behind a {@code ;} or an encoded
 * slash) is refused by the gateway itself: the service behind the route would normalize it into another path (its
 * actuator, another route's pages) after the gateway chose the route by the literal text. Each route points at a
 * recording stub, so "refused" means nothing at all reached any service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PathTraversalIT {

    private static final StubService BOOKING = StubService.start("booking");
    private static final StubService CONTENT = StubService.start("content");
    private static final StubService NOTIFICATION = StubService.start("notification");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("BOOKING_URL", BOOKING::url);
        registry.add("CONTENT_URL", CONTENT::url);
        registry.add("NOTIFICATION_URL", NOTIFICATION::url);
        TestStaff.register(registry);
    }

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/booking/../../actuator/env",
            "/api/booking/./../../actuator/env",
            "/api/booking/%2e%2e/%2e%2e/actuator/env",
            "/api/booking/%2E%2E/%2E%2E/actuator/env",
            "/api/booking/.%2e/.%2e/actuator/env",
            "/api/booking/..%2F..%2Factuator%2Fenv",
            "/api/booking/..%2f..%2factuator%2fenv",
            "/api/booking/%252e%252e/%252e%252e/actuator/env",
            "/api/booking/..%252F..%252Factuator%252Fenv",
            "/api/booking/%25252e%25252e/actuator/env",
            "/api/booking/..%5C..%5Cactuator%5Cenv",
            "/api/booking/..%00/actuator",
            "/desk/..;/actuator",
            "/desk/..;/..;/actuator/env",
            "/desk/%2e%2e;/actuator",
            "/desk/..%3B/actuator",
            "/desk/.;/..;/actuator/metrics",
            "/api/notifications/../booking/schedule",
            "/desk/deliveries/../../desk/appointments",
            "/book/../desk",
            "/articles/..%2F..%2Fapi%2Fbooking%2Fschedule",
            "/api/content/..",
            "/api/content/."
    })
    void aPathThatClimbsOutOfItsRouteReachesNoService(String path) {
        int receivedBefore = receivedByAnyService();
        for (String accept : List.of("application/json", "text/html")) {
            RawHttp.Response response = RawHttp.get(port, path, accept);

            assertThat(response.status()).as(path + " " + accept).isIn(400, 404);
            assertThat(response.header("X-Stub-Name")).as("answered by a service").isNull();
        }
        assertThat(receivedByAnyService()).as("requests that reached a service").isEqualTo(receivedBefore);
    }

    @Test
    void anApiClientGetsTheUsualNotFoundProblem() {
        RawHttp.Response response = RawHttp.get(port, "/api/booking/%2e%2e/%2e%2e/actuator/env", "application/json");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":404", "Nothing is found at this address.");
    }

    /** Dots inside a name, and percent-encoding of ordinary characters, are not climbing and still go through. */
    @ParameterizedTest
    @ValueSource(strings = {"/articles/v1.2-release-notes", "/sitemap.xml", "/api/content/articles/knee%20pain",
            "/api/booking/slots?from=../..&to=%2e%2e"})
    void ordinaryPathsStillReachTheirService(String path) {
        RawHttp.Response response = RawHttp.get(port, path, "application/json");

        assertThat(response.status()).as(path).isEqualTo(200);
        assertThat(response.header("X-Stub-Name")).isIn("booking", "content");
    }

    private static int receivedByAnyService() {
        return BOOKING.receivedPaths().size() + CONTENT.receivedPaths().size() + NOTIFICATION.receivedPaths().size();
    }
}
