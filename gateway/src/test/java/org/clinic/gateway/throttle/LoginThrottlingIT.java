package org.clinic.gateway.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clinic.gateway.GatewayIntegrationTest;
import org.clinic.gateway.TestAccounts;
import org.clinic.gateway.TestStaff;
import org.clinic.gateway.auth.StaffAccounts;
import org.clinic.gateway.auth.StaffRole;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * Password guessing through the gateway: a burst of wrong passwords turns into 429 with Retry-After, for the JSON
 * login and the page alike, and each failure is logged with the username and the client's address. The test client
 * stands behind a trusted proxy (127.0.0.1), so each test can come from addresses of its own.
 */
@TestPropertySource(properties = "clinic.client-address.trusted-proxies=127.0.0.1")
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottlingIT extends GatewayIntegrationTest {

    @Autowired
    StaffAccounts accounts;

    @Test
    void thirtyWrongPasswordsEndIn429WithRetryAfterAndEvenTheRightPasswordWaits(CapturedOutput output) {
        String user = TestAccounts.create(accounts, "guessed", StaffRole.FRONT_DESK);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            statuses.add(login(user, "wrong-guess-" + i, "203.0.113.10").returnResult(Void.class).getStatus().value());
        }

        assertThat(statuses.subList(0, 10)).containsOnly(401);
        assertThat(statuses.subList(10, 30)).containsOnly(429);
        String retryAfter = login(user, TestAccounts.PASSWORD, "203.0.113.10")
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE)
                .expectBody().jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("Try again in"))
                .returnResult().getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER);
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 60L);
        // The account, not only the address, is throttled: the right password from elsewhere waits too.
        login(user, TestAccounts.PASSWORD, "198.51.100.44").expectStatus().isEqualTo(429);

        assertThat(output.getOut()).contains("Staff login refused for user '" + user + "' from 203.0.113.10")
                .contains("Staff login throttled for user '" + user + "' from 203.0.113.10")
                .doesNotContain("wrong-guess-");
    }

    @Test
    void anotherUsernameFromAnotherAddressIsUnaffected() {
        String user = TestAccounts.create(accounts, "locked", StaffRole.FRONT_DESK);
        for (int i = 0; i < 12; i++) {
            login(user, "wrong-guess-" + i, "203.0.113.20");
        }
        login(user, TestAccounts.PASSWORD, "203.0.113.20").expectStatus().isEqualTo(429);

        login(TestStaff.DESK_USER, TestStaff.DESK_PASSWORD, "198.51.100.21").expectStatus().isOk();
    }

    @Test
    void theLoginPageSaysHowLongToWaitWith429() {
        String user = TestAccounts.create(accounts, "paged", StaffRole.FRONT_DESK);
        for (int i = 0; i < 10; i++) {
            login(user, "wrong-guess-" + i, "203.0.113.30");
        }
        var form = new LinkedMultiValueMap<String, String>();
        form.add("username", user);
        form.add("password", TestAccounts.PASSWORD);

        var result = client.post().uri("/login").accept(MediaType.TEXT_HTML).header("X-Forwarded-For", "203.0.113.30")
                .body(BodyInserters.fromFormData(form))
                .exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE)
                .expectBody(String.class).returnResult();
        Document page = Jsoup.parse(result.getResponseBody());

        assertThat(page.getElementById("login-throttled").attr("role")).isEqualTo("alert");
        assertThat(page.getElementById("login-throttled").text()).contains("Too many failed sign-ins")
                .containsPattern("Try again in \\d+ (second|minute)s?\\.");
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.getElementById("username").val()).isEqualTo(user);
    }

    @Test
    void aUsernameWithLineBreaksCannotForgeALogLine(CapturedOutput output) {
        login("mallory\r\n2026-01-01 INFO admin signed in", "whatever-password", "203.0.113.40")
                .expectStatus().isUnauthorized();

        assertThat(output.getOut()).contains("Staff login refused for user 'mallory??2026-01-01 INFO admin signed in'")
                .doesNotContain("whatever-password");
    }

    private ResponseSpec login(String username, String password, String address) {
        return client.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .header("X-Forwarded-For", address)
                .bodyValue(Map.of("username", username, "password", password))
                .exchange();
    }
}
