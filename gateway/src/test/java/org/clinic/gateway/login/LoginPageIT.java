package org.clinic.gateway.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.clinic.gateway.GatewayIntegrationTest;
import org.clinic.gateway.TestStaff;
import org.clinic.gateway.auth.SessionCookie;
import org.clinic.theme.SecurityHeaders;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

class LoginPageIT extends GatewayIntegrationTest {

    @Test
    void rendersALabelledFormInTheSitesLookWithTheHashedStylesheet() {
        Document page = getPage("/login?next=/desk/day?date=2026-12-01", null);

        assertThat(page.selectFirst("h1").text()).isEqualTo("Staff sign in");
        assertThat(page.title()).startsWith("Staff sign in").contains("Riverbend");
        Element username = page.getElementById("username");
        Element password = page.getElementById("password");
        assertThat(page.selectFirst("label[for=username]").text()).isEqualTo("Username");
        assertThat(page.selectFirst("label[for=password]").text()).isEqualTo("Password");
        assertThat(username.attr("autocomplete")).isEqualTo("username");
        assertThat(username.hasAttr("autofocus")).isTrue();
        assertThat(password.attr("type")).isEqualTo("password");
        assertThat(password.attr("autocomplete")).isEqualTo("current-password");
        Element form = page.selectFirst("form.login-form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/login");
        assertThat(form.selectFirst("input[name=next]").val()).isEqualTo("/desk/day?date=2026-12-01");
        assertThat(form.selectFirst("button[type=submit]").text()).isEqualTo("Sign in");
        assertThat(page.select("a[href=/book]").eachText()).contains("book an appointment here");
        // The CSP allows no inline style or script, so the page must not need any.
        assertThat(page.select("[style], style")).isEmpty();
        assertThat(page.select("script").stream().allMatch(s -> s.hasAttr("src") && s.data().isBlank())).isTrue();

        String stylesheet = page.selectFirst("link[rel=stylesheet]").attr("href");
        assertThat(stylesheet).matches("/assets/site-[0-9a-f]{32}\\.css");
        assertThat(page.selectFirst("script[src]").attr("src")).matches("/assets/site-[0-9a-f]{32}\\.js");
        client.get().uri(stylesheet).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/css");
    }

    @Test
    void answersWithThePageSecurityHeadersAndNeverCached() {
        client.get().uri("/login").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().cacheControl(CacheControl.noStore())
                .expectHeader().valueEquals("Content-Security-Policy", SecurityHeaders.PAGE_POLICY)
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("Referrer-Policy", "strict-origin-when-cross-origin");
    }

    @Test
    void signingInSetsTheSessionCookieAndGoesBackToNext() {
        var result = post("/login", form(TestStaff.DESK_USER, TestStaff.DESK_PASSWORD, "/desk/day?date=2026-12-01"))
                .expectStatus().isSeeOther()
                .expectHeader().location("/desk/day?date=2026-12-01")
                .expectCookie().httpOnly(SessionCookie.NAME, true)
                .expectCookie().sameSite(SessionCookie.NAME, "Strict")
                .expectCookie().path(SessionCookie.NAME, "/")
                .expectCookie().maxAge(SessionCookie.NAME, Duration.ofHours(8))
                .expectBody().returnResult();

        String token = result.getResponseCookies().getFirst(SessionCookie.NAME).getValue();
        assertThat(TestStaff.decoder().decode(token).getSubject()).isEqualTo("desk");
    }

    @Test
    void withoutNextEachUserStartsOnTheirOwnPage() {
        post("/login", form(TestStaff.DESK_USER, TestStaff.DESK_PASSWORD, null))
                .expectStatus().isSeeOther().expectHeader().location("/desk");
        post("/login", form(TestStaff.WRITER_USER, TestStaff.WRITER_PASSWORD, null))
                .expectStatus().isSeeOther().expectHeader().location("/editor");
        // EDITOR and ADMIN: an admin works the desk too.
        post("/login", form(TestStaff.EDITOR_USER, TestStaff.EDITOR_PASSWORD, ""))
                .expectStatus().isSeeOther().expectHeader().location("/desk");
    }

    @Test
    void neverRedirectsOffTheSite() {
        for (String next : List.of("//evil.example", "https://evil.example", "/\\evil", "//evil.example/desk",
                "javascript:alert(1)", "/desk\r\nSet-Cookie: a=b")) {
            post("/login", form(TestStaff.DESK_USER, TestStaff.DESK_PASSWORD, next))
                    .expectStatus().isSeeOther()
                    .expectHeader().location("/desk");
        }
        Document page = getPage("/login?next=//evil.example", null);
        assertThat(page.select("input[name=next]")).isEmpty();
    }

    @Test
    void aWrongPasswordShowsTheFormAgainWithAnAlertAndTheUsernameKept() {
        String html = post("/login", form(TestStaff.DESK_USER, "not-the-password", "/desk"))
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().doesNotExist("Set-Cookie")
                .expectBody(String.class).returnResult().getResponseBody();
        Document page = Jsoup.parse(html);

        Element alert = page.getElementById("login-error");
        assertThat(alert.attr("role")).isEqualTo("alert");
        assertThat(alert.text()).contains("Username or password is incorrect");
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.getElementById("username").val()).isEqualTo("desk");
        assertThat(page.getElementById("username").attr("aria-describedby")).isEqualTo("login-error");
        assertThat(page.getElementById("password").attr("aria-describedby")).isEqualTo("login-error");
        assertThat(page.getElementById("password").hasAttr("value")).isFalse();
        assertThat(html).doesNotContain("not-the-password");
        assertThat(page.selectFirst("input[name=next]").val()).isEqualTo("/desk");
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPassword() {
        String unknown = post("/login", form("nobody", "whatever", null)).expectStatus().isUnauthorized()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(Jsoup.parse(unknown).getElementById("login-error")).isNotNull();
    }

    @Test
    void emptyFieldsAnswer400WithAMessageForEach() {
        Document page = Jsoup.parse(post("/login", form(" ", "", null))
                .expectStatus().isBadRequest()
                .expectBody(String.class).returnResult().getResponseBody());

        assertThat(page.getElementById("error-summary").attr("role")).isEqualTo("alert");
        assertThat(page.select("#error-summary a").eachAttr("href")).containsExactly("#username", "#password");
        assertThat(page.getElementById("username-error").text()).contains("Enter your username.");
        assertThat(page.getElementById("password-error").text()).contains("Enter your password.");
        assertThat(page.getElementById("username").attr("aria-describedby")).isEqualTo("username-error");
        assertThat(page.getElementById("password").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void aBodyThatIsNotAFormIsA400NotA500() {
        client.post().uri("/login").contentType(MediaType.APPLICATION_JSON).accept(MediaType.TEXT_HTML)
                .bodyValue("{\"username\":\"desk\"}")
                .exchange()
                .expectStatus().isBadRequest();
    }

    @Test
    void signingOutExpiresTheCookieAndSaysSo() {
        var result = post("/logout", new LinkedMultiValueMap<>())
                .expectStatus().isSeeOther()
                .expectHeader().location("/login?signedOut")
                .expectCookie().maxAge(SessionCookie.NAME, Duration.ZERO)
                .expectBody().returnResult();
        ResponseCookie cookie = result.getResponseCookies().getFirst(SessionCookie.NAME);
        assertThat(cookie.getValue()).isEmpty();

        Document page = getPage("/login?signedOut", null);
        assertThat(page.getElementById("signed-out").text()).isEqualTo("You are signed out.");
        assertThat(page.getElementById("username")).isNotNull();
    }

    @Test
    void signingOutToSwitchAccountKeepsThePageToReturnTo() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("next", "/desk/day?date=2026-12-01");
        post("/logout", form).expectStatus().isSeeOther()
                .expectHeader().location("/login?signedOut&next=%2Fdesk%2Fday%3Fdate%3D2026-12-01");
    }

    @Test
    void someoneAlreadySignedInSeesWhoTheyAreAndCanContinueOrSignOut() {
        String token = post("/login", form(TestStaff.WRITER_USER, TestStaff.WRITER_PASSWORD, null))
                .expectBody().returnResult().getResponseCookies().getFirst(SessionCookie.NAME).getValue();

        Document page = getPage("/login?next=/desk", token);

        assertThat(page.getElementById("signed-in-user").text()).isEqualTo("writer");
        assertThat(page.getElementById("continue").attr("href")).isEqualTo("/desk");
        Element signOut = page.getElementById("sign-out").closest("form");
        assertThat(signOut.attr("action")).isEqualTo("/logout");
        assertThat(signOut.selectFirst("input[name=next]").val()).isEqualTo("/desk");
        assertThat(page.getElementById("password")).isNull();

        assertThat(getPage("/login", token).getElementById("continue").attr("href")).isEqualTo("/editor");
    }

    @Test
    void anExpiredOrForgedCookieJustShowsTheForm() {
        Document page = getPage("/login", "aaa.bbb.ccc");
        assertThat(page.getElementById("signed-in-user")).isNull();
        assertThat(page.getElementById("username")).isNotNull();
    }

    private Document getPage(String uri, String sessionToken) {
        var request = client.get().uri(uri).accept(MediaType.TEXT_HTML);
        if (sessionToken != null) {
            request = request.cookie(SessionCookie.NAME, sessionToken);
        }
        EntityExchangeResult<String> result = request.exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult();
        return Jsoup.parse(result.getResponseBody());
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec post(String uri,
            MultiValueMap<String, String> form) {
        return client.post().uri(uri).accept(MediaType.TEXT_HTML)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(form))
                .exchange();
    }

    static MultiValueMap<String, String> form(String username, String password, String next) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", username);
        form.add("password", password);
        if (next != null) {
            form.add("next", next);
        }
        return form;
    }
}
