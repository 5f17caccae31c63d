package org.clinic.gateway.login;

import org.clinic.gateway.GatewayIntegrationTest;
import org.clinic.gateway.TestStaff;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;

/** The sign-in and sign-out forms accept posts from this site only (login CSRF, forced sign-out). */
class CrossSiteFormIT extends GatewayIntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/logout"})
    void refusesAPostAnotherSiteMadeTheBrowserSend(String path) {
        for (String fetchSite : new String[] {"cross-site", "same-site"}) {
            client.post().uri(path).accept(MediaType.TEXT_HTML).header("Sec-Fetch-Site", fetchSite)
                    .body(BodyInserters.fromFormData(LoginPageIT.form(TestStaff.DESK_USER, TestStaff.DESK_PASSWORD, null)))
                    .exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                    .expectHeader().doesNotExist("Set-Cookie");
        }
    }

    @Test
    void withoutSecFetchSiteAForeignOriginIsRefused() {
        client.post().uri("/login").accept(MediaType.TEXT_HTML).header("Origin", "https://evil.example")
                .body(BodyInserters.fromFormData(LoginPageIT.form(TestStaff.DESK_USER, TestStaff.DESK_PASSWORD, null)))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist("Set-Cookie");
    }

    @Test
    void acceptsThisSitesOwnPosts() {
        client.post().uri("/login").header("Sec-Fetch-Site", "same-origin")
                .body(BodyInserters.fromFormData(LoginPageIT.form(TestStaff.DESK_USER, TestStaff.DESK_PASSWORD, null)))
                .exchange()
                .expectStatus().isSeeOther();
        // An older browser: no Sec-Fetch-Site, and the Origin it reached the gateway at.
        client.post().uri("/login").header("Origin", "http://localhost:" + port)
                .body(BodyInserters.fromFormData(LoginPageIT.form(TestStaff.DESK_USER, TestStaff.DESK_PASSWORD, null)))
                .exchange()
                .expectStatus().isSeeOther();
        // The configured public address (behind a proxy, Host may be an internal name).
        client.post().uri("/logout").header("Origin", "http://localhost:8080")
                .exchange()
                .expectStatus().isSeeOther();
    }

    @Test
    void leavesTheJsonApiAndProxiedPagesToTheirOwnRules() {
        client.post().uri("/api/auth/logout").header("Sec-Fetch-Site", "cross-site")
                .exchange()
                .expectStatus().isNoContent();
        client.post().uri("/book/details").header("Sec-Fetch-Site", "cross-site")
                .exchange()
                .expectStatus().isOk();
    }
}
