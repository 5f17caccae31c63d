package org.clinic.gateway.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.clinic.gateway.GatewayIntegrationTest;
import org.clinic.gateway.TestAccounts;
import org.clinic.gateway.auth.SessionCookie;
import org.clinic.gateway.auth.StaffAccounts;
import org.clinic.gateway.auth.StaffRole;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/** A staff member changes their own password, on {@code /account/password} and {@code POST /api/auth/password}. */
class PasswordChangeIT extends GatewayIntegrationTest {

    private static final String NEW_PASSWORD = "lantern over the river";

    @Autowired
    StaffAccounts accounts;

    private String user;
    private String token;

    @BeforeEach
    void signInAsANewUser() {
        user = TestAccounts.create(accounts, "changer", StaffRole.FRONT_DESK);
        token = signIn(user, TestAccounts.PASSWORD);
    }

    @Test
    void nobodySignedInIsSentToTheLoginPage() {
        client.get().uri("/account/password").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isSeeOther()
                .expectHeader().location("/login?next=%2Faccount%2Fpassword");
    }

    @Test
    void thePageHasThreeLabelledFieldsForPasswordManagers() {
        Document page = Jsoup.parse(client.get().uri("/account/password").accept(MediaType.TEXT_HTML)
                .cookie(SessionCookie.NAME, token).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());

        assertThat(page.selectFirst("h1").text()).isEqualTo("Change your password");
        assertThat(page.selectFirst("label[for=currentPassword]").text()).isEqualTo("Current password");
        assertThat(page.getElementById("currentPassword").attr("autocomplete")).isEqualTo("current-password");
        assertThat(page.getElementById("newPassword").attr("autocomplete")).isEqualTo("new-password");
        assertThat(page.getElementById("repeatPassword").attr("autocomplete")).isEqualTo("new-password");
        assertThat(page.getElementById("newPassword-hint").text()).contains("At least 12 characters");
        assertThat(page.selectFirst(".staff-header__user").text()).contains(user);
    }

    @Test
    void changingItOnThePageMakesTheNewPasswordTheOnlyOne() {
        Document page = Jsoup.parse(post(form(TestAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD, "/desk/hours"))
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());

        assertThat(page.getElementById("password-changed").attr("role")).isEqualTo("status");
        assertThat(page.getElementById("continue").attr("href")).isEqualTo("/desk/hours");
        login(user, TestAccounts.PASSWORD).expectStatus().isUnauthorized();
        signIn(user, NEW_PASSWORD);
        assertThat(accounts.find(user).orElseThrow().temporaryPassword()).isFalse();
    }

    @Test
    void refusesWeakPasswordsAMismatchAndAWrongCurrentPasswordWithAMessageOnTheField() {
        assertThat(fieldError(form(TestAccounts.PASSWORD, "short", "short", null), "newPassword"))
                .contains("at least 12 characters");
        assertThat(fieldError(form(TestAccounts.PASSWORD, "Password2024!", "Password2024!", null), "newPassword"))
                .contains("too common");
        assertThat(fieldError(form(TestAccounts.PASSWORD, "abcabcabcabc", "abcabcabcabc", null), "newPassword"))
                .contains("repeats");
        String withName = "my name is " + user;
        assertThat(fieldError(form(TestAccounts.PASSWORD, withName, withName, null), "newPassword"))
                .contains("username");
        assertThat(fieldError(form(TestAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x", null), "repeatPassword"))
                .contains("differ");
        assertThat(fieldError(form("not my password", NEW_PASSWORD, NEW_PASSWORD, null), "currentPassword"))
                .contains("not your current password");
        signIn(user, TestAccounts.PASSWORD);
    }

    @Test
    void theJsonEndpointChangesItAndAnswersProblemsOtherwise() {
        api(Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "123456789012"))
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("newPassword");
        api(Map.of("currentPassword", "wrong one", "newPassword", NEW_PASSWORD))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("currentPassword");
        client.post().uri("/api/auth/password").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", NEW_PASSWORD))
                .exchange().expectStatus().isUnauthorized();

        api(Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", NEW_PASSWORD)).expectStatus().isNoContent();
        signIn(user, NEW_PASSWORD);
    }

    private String fieldError(MultiValueMap<String, String> form, String field) {
        Document page = Jsoup.parse(post(form).expectStatus().isBadRequest()
                .expectBody(String.class).returnResult().getResponseBody());
        assertThat(page.getElementById("error-summary").attr("role")).isEqualTo("alert");
        assertThat(page.getElementById(field).attr("aria-invalid")).isEqualTo("true");
        return page.getElementById(field + "-error").text();
    }

    private ResponseSpec post(MultiValueMap<String, String> form) {
        return client.post().uri("/account/password").accept(MediaType.TEXT_HTML).cookie(SessionCookie.NAME, token)
                .header("Sec-Fetch-Site", "same-origin")
                .body(BodyInserters.fromFormData(form)).exchange();
    }

    private ResponseSpec api(Map<String, String> body) {
        return client.post().uri("/api/auth/password").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private ResponseSpec login(String username, String password) {
        return client.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password)).exchange();
    }

    private static MultiValueMap<String, String> form(String current, String proposed, String repeat, String next) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("currentPassword", current);
        form.add("newPassword", proposed);
        form.add("repeatPassword", repeat);
        if (next != null) {
            form.add("next", next);
        }
        return form;
    }
}
