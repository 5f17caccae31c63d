package org.clinic.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clinic.gateway.GatewayIntegrationTest;
import org.clinic.gateway.TestAccounts;
import org.clinic.gateway.TestStaff;
import org.clinic.gateway.auth.SessionCookie;
import org.clinic.gateway.auth.StaffAccount;
import org.clinic.gateway.auth.StaffAccounts;
import org.clinic.gateway.auth.StaffRole;
import org.clinic.theme.SecurityHeaders;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/** The admin's staff pages: who may see them, adding, roles, disabling, resets, and the rules that keep an admin. */
class StaffPagesIT extends GatewayIntegrationTest {

    @Autowired
    StaffAccounts accounts;

    private String admin;
    private String adminToken;

    @BeforeEach
    void signInAsAdmin() {
        admin = TestAccounts.create(accounts, "admin", StaffRole.ADMIN);
        adminToken = signIn(admin, TestAccounts.PASSWORD);
    }

    @Test
    void nobodySignedInIsSentToTheLoginPageAndBack() {
        client.get().uri("/admin/staff").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isSeeOther()
                .expectHeader().location("/login?next=%2Fadmin%2Fstaff");
        client.get().uri("/admin/staff/desk").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isSeeOther()
                .expectHeader().location("/login?next=%2Fadmin%2Fstaff%2Fdesk");
        // A form's post returns to the page the form was on.
        post("/admin/staff/desk/disable", new LinkedMultiValueMap<>(), null).expectStatus().isSeeOther()
                .expectHeader().location("/login?next=%2Fadmin%2Fstaff%2Fdesk");
        assertThat(accounts.find("desk").orElseThrow().enabled()).isTrue();
    }

    @Test
    void otherRolesGetTheNotOpenToYourAccountPage() {
        String desk = signIn(TestStaff.DESK_USER, TestStaff.DESK_PASSWORD);

        Document page = Jsoup.parse(client.get().uri("/admin/staff").accept(MediaType.TEXT_HTML)
                .cookie(SessionCookie.NAME, desk).exchange()
                .expectStatus().isForbidden()
                .expectBody(String.class).returnResult().getResponseBody());
        assertThat(page.selectFirst("main h1").text()).isEqualTo("This page is not open to your account");

        MultiValueMap<String, String> form = newAccountForm("sneaky", "Sneaky", "ADMIN");
        post("/admin/staff", form, desk).expectStatus().isForbidden();
        assertThat(accounts.find("sneaky")).isEmpty();
    }

    @Test
    void listsEveryAccountInTheStaffLayoutWithSecurityHeaders() {
        Document page = getPage("/admin/staff");

        assertThat(page.selectFirst("h1").text()).isEqualTo("Staff accounts");
        assertThat(page.select("#staff-table tbody th").eachText()).contains("desk", "editor", admin);
        Element desk = page.selectFirst("#staff-table tr[data-username=desk]");
        assertThat(desk.text()).contains("Front desk", "Active");
        assertThat(desk.selectFirst("a").attr("href")).isEqualTo("/admin/staff/desk");
        assertThat(page.selectFirst("body").hasClass("staff")).isTrue();
        assertThat(page.select(".staff-nav a[aria-current=page]").eachText()).containsExactly("Staff accounts");
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href"))
                .anyMatch(href -> href.matches("/assets/admin-[0-9a-f]{32}\\.css"));
        assertThat(page.select("[style], style")).isEmpty();
        client.get().uri("/admin/staff").cookie(SessionCookie.NAME, adminToken).accept(MediaType.TEXT_HTML).exchange()
                .expectHeader().cacheControl(CacheControl.noStore())
                .expectHeader().valueEquals("Content-Security-Policy", SecurityHeaders.PAGE_POLICY);
    }

    @Test
    void addingSomeoneShowsAMadeUpTemporaryPasswordOnceThatSignsInToChooseTheirOwn() {
        String username = "frontdesk-" + System.nanoTime();
        Document created = Jsoup.parse(post("/admin/staff", newAccountForm(username, "Fran Front", "FRONT_DESK"),
                adminToken).expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody());

        String temporary = created.getElementById("temporary-password").text();
        assertThat(temporary).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
        assertThat(created.getElementById("temporary-password-notice").attr("role")).isEqualTo("status");
        StaffAccount account = accounts.find(username).orElseThrow();
        assertThat(account.roles()).containsExactly(StaffRole.FRONT_DESK);
        assertThat(account.temporaryPassword()).isTrue();
        assertThat(account.displayName()).isEqualTo("Fran Front");
        // Shown once: the account's page does not show it again.
        assertThat(getPage("/admin/staff/" + username).getElementById("temporary-password")).isNull();

        MultiValueMap<String, String> login = new LinkedMultiValueMap<>();
        login.add("username", username);
        login.add("password", temporary);
        login.add("next", "/desk/hours");
        post("/login", login, null).expectStatus().isSeeOther()
                .expectHeader().location("/account/password?next=%2Fdesk%2Fhours");
    }

    @Test
    void anAdminMayTypeTheTemporaryPasswordButNotACommonOne() {
        MultiValueMap<String, String> form = newAccountForm("typed-" + System.nanoTime(), "Tia Typed", "EDITOR");
        form.set("temporaryPassword", "password1234");
        Document refused = Jsoup.parse(post("/admin/staff", form, adminToken).expectStatus().isBadRequest()
                .expectBody(String.class).returnResult().getResponseBody());
        assertThat(refused.getElementById("temporaryPassword-error").text()).contains("too common");
        assertThat(refused.getElementById("username").val()).isEqualTo(form.getFirst("username"));
        assertThat(refused.getElementById("temporaryPassword").val()).isEmpty();

        form.set("temporaryPassword", "plum orchard at noon");
        Document created = Jsoup.parse(post("/admin/staff", form, adminToken).expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody());
        assertThat(created.getElementById("temporary-password").text()).isEqualTo("plum orchard at noon");
        signIn(form.getFirst("username"), "plum orchard at noon");
    }

    @Test
    void aFormWithMistakesIsShownAgainWithAMessageForEachField() {
        MultiValueMap<String, String> form = newAccountForm("has space", "", null);
        Document page = Jsoup.parse(post("/admin/staff", form, adminToken).expectStatus().isBadRequest()
                .expectBody(String.class).returnResult().getResponseBody());

        assertThat(page.getElementById("error-summary").attr("role")).isEqualTo("alert");
        assertThat(page.select("#error-summary a").eachAttr("href"))
                .containsExactly("#username", "#displayName", "#roles");
        assertThat(page.getElementById("username").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.title()).startsWith("Error: ");

        post("/admin/staff", newAccountForm("DESK", "Another desk", "FRONT_DESK"), adminToken)
                .expectStatus().isEqualTo(409);
    }

    @Test
    void disablingEndsSignInAndEnablingRestoresIt() {
        String user = TestAccounts.create(accounts, "leaver", StaffRole.FRONT_DESK);

        post("/admin/staff/" + user + "/disable", new LinkedMultiValueMap<>(), adminToken)
                .expectStatus().isSeeOther()
                .expectHeader().location("/admin/staff/" + user + "?done=disabled");
        Document page = getPage("/admin/staff/" + user + "?done=disabled");
        assertThat(page.getElementById("notice").text()).contains("Account disabled");
        assertThat(page.getElementById("account-status").text()).startsWith("Disabled");
        client.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(java.util.Map.of("username", user, "password", TestAccounts.PASSWORD))
                .exchange().expectStatus().isUnauthorized();

        post("/admin/staff/" + user + "/enable", new LinkedMultiValueMap<>(), adminToken).expectStatus().isSeeOther();
        signIn(user, TestAccounts.PASSWORD);
    }

    @Test
    void rolesAreChangedAndAnAdminKeepsTheirOwnAdminRoleAndAccount() {
        String user = TestAccounts.create(accounts, "promoted", StaffRole.FRONT_DESK);
        MultiValueMap<String, String> roles = new LinkedMultiValueMap<>();
        roles.addAll("roles", List.of("FRONT_DESK", "EDITOR"));
        post("/admin/staff/" + user + "/roles", roles, adminToken).expectStatus().isSeeOther();
        assertThat(accounts.find(user).orElseThrow().roles()).containsExactly(StaffRole.FRONT_DESK, StaffRole.EDITOR);

        MultiValueMap<String, String> demoteSelf = new LinkedMultiValueMap<>();
        demoteSelf.add("roles", "FRONT_DESK");
        Document refused = Jsoup.parse(post("/admin/staff/" + admin + "/roles", demoteSelf, adminToken)
                .expectStatus().isEqualTo(409).expectBody(String.class).returnResult().getResponseBody());
        assertThat(refused.getElementById("roles-error").text()).contains("cannot remove your own ADMIN role");
        Document disableSelf = Jsoup.parse(post("/admin/staff/" + admin + "/disable", new LinkedMultiValueMap<>(),
                adminToken).expectStatus().isEqualTo(409).expectBody(String.class).returnResult().getResponseBody());
        assertThat(disableSelf.getElementById("error-summary").text()).contains("cannot disable your own account");
        assertThat(getPage("/admin/staff/" + admin).getElementById("disable")).isNull();
        StaffAccount self = accounts.find(admin).orElseThrow();
        assertThat(self.enabled()).isTrue();
        assertThat(self.roles()).containsExactly(StaffRole.ADMIN);
    }

    @Test
    void resettingAPasswordShowsTheNewTemporaryOneAndTheOldOneStopsWorking() {
        String user = TestAccounts.create(accounts, "forgetful", StaffRole.EDITOR);

        Document page = Jsoup.parse(post("/admin/staff/" + user + "/password", new LinkedMultiValueMap<>(), adminToken)
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());

        String temporary = page.getElementById("temporary-password").text();
        assertThat(accounts.find(user).orElseThrow().temporaryPassword()).isTrue();
        client.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(java.util.Map.of("username", user, "password", TestAccounts.PASSWORD))
                .exchange().expectStatus().isUnauthorized();
        signIn(user, temporary);
    }

    @Test
    void anUnknownAccountIsA404Page() {
        client.get().uri("/admin/staff/nobody-here").cookie(SessionCookie.NAME, adminToken).accept(MediaType.TEXT_HTML)
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefused() {
        String user = TestAccounts.create(accounts, "targeted", StaffRole.FRONT_DESK);
        client.post().uri("/admin/staff/" + user + "/disable").cookie(SessionCookie.NAME, adminToken)
                .header("Sec-Fetch-Site", "same-site").accept(MediaType.TEXT_HTML)
                .exchange().expectStatus().isForbidden();
        assertThat(accounts.find(user).orElseThrow().enabled()).isTrue();
    }

    private Document getPage(String uri) {
        return Jsoup.parse(client.get().uri(uri).accept(MediaType.TEXT_HTML).cookie(SessionCookie.NAME, adminToken)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
    }

    private ResponseSpec post(String uri, MultiValueMap<String, String> form, String token) {
        var request = client.post().uri(uri).accept(MediaType.TEXT_HTML).header("Sec-Fetch-Site", "same-origin");
        if (token != null) {
            request = request.cookie(SessionCookie.NAME, token);
        }
        return request.body(BodyInserters.fromFormData(form)).exchange();
    }

    private static MultiValueMap<String, String> newAccountForm(String username, String name, String role) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", username);
        form.add("displayName", name);
        if (role != null) {
            form.add("roles", role);
        }
        form.add("temporaryPassword", "");
        return form;
    }
}
