package org.clinic.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinic.gateway.GatewayIntegrationTest;
import org.clinic.gateway.StubService.Echo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class RoutingIT extends GatewayIntegrationTest {

    @ParameterizedTest
    @CsvSource({
            "/api/booking/slots, appointmentTypeId=a1&from=2026-12-01&to=2026-12-07",
            "/api/content/articles/knee-pain, page=0&size=10",
            "/api/notifications, appointmentId=7f9c",
            "/api/notifications/deliveries/42, kind=EMAIL"
    })
    void forwardsEachServicePrefixKeepingPathAndQuery(String path, String query) {
        Echo echo = get(path + "?" + query);

        assertThat(echo.method()).isEqualTo("GET");
        assertThat(echo.path()).isEqualTo(path);
        assertThat(echo.query()).isEqualTo(query);
    }

    @Test
    void forwardsUploadedImagesToContentService() {
        Echo echo = get("/images/3f2a0c1e-0000-4000-8000-000000000001/web-1200x800.jpg");

        assertThat(echo.path()).isEqualTo("/images/3f2a0c1e-0000-4000-8000-000000000001/web-1200x800.jpg");
    }

    @Test
    void forwardsTheMethodAndBodyOfAPost() {
        Echo echo = client.post().uri("/api/booking/appointments")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"appointmentTypeId\":\"x\"}")
                .exchange()
                .expectStatus().isOk()
                .expectBody(Echo.class).returnResult().getResponseBody();

        assertThat(echo.method()).isEqualTo("POST");
        assertThat(echo.path()).isEqualTo("/api/booking/appointments");
        assertThat(echo.header("content-length")).isEqualTo("25");
    }

    @Test
    void answersAnUnknownPathWithA404Problem() {
        client.get().uri("/api/billing/invoices")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("X-Request-Id")
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.title").isEqualTo("Not Found")
                .jsonPath("$.detail").isEqualTo("Nothing is found at this address.");
    }

    @Test
    void keepsOtherCookiesButNeverTheSessionCookie() {
        // Which credentials reach a service, and how, is SessionRelayIT's subject.
        Echo echo = client.get().uri("/api/booking/schedule?date=2026-12-01")
                .header(HttpHeaders.COOKIE, "theme=dark; CLINIC_SESSION=aaa.bbb.ccc; lang=es")
                .exchange()
                .expectStatus().isOk()
                .expectBody(Echo.class).returnResult().getResponseBody();

        assertThat(echo.header("cookie")).isEqualTo("theme=dark; lang=es");
    }

    @Test
    void sendsNoCookieHeaderDownstreamWhenTheSessionWasTheOnlyCookie() {
        Echo echo = client.get().uri("/api/booking/schedule")
                .cookie("CLINIC_SESSION", "aaa.bbb.ccc")
                .exchange()
                .expectBody(Echo.class).returnResult().getResponseBody();

        assertThat(echo.headers()).doesNotContainKeys("cookie", "authorization");
    }

    @Test
    void doesNotPassOnClientClaimsAboutWhereTheRequestCameFrom() {
        Echo echo = client.get().uri("/api/content/articles")
                .header("X-Forwarded-For", "10.9.8.7")
                .header("X-Forwarded-Host", "admin.internal")
                .header("Forwarded", "for=10.9.8.7")
                .exchange()
                .expectBody(Echo.class).returnResult().getResponseBody();

        assertThat(echo.headers().values()).noneMatch(value -> value.contains("10.9.8.7") || value.contains("admin.internal"));
    }

    private Echo get(String uri) {
        return client.get().uri(uri)
                .exchange()
                .expectStatus().isOk()
                .expectBody(Echo.class).returnResult().getResponseBody();
    }
}
