package org.clinic.gateway.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.clinic.gateway.GatewayIntegrationTest;
import org.clinic.gateway.TestAccounts;
import org.clinic.gateway.TestStaff;
import org.clinic.gateway.auth.StaffAccounts;
import org.clinic.gateway.auth.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

/** {@code /api/auth/staff}: the staff pages' JSON twin, for an ADMIN's bearer token only. */
class StaffApiIT extends GatewayIntegrationTest {

    @Autowired
    StaffAccounts accounts;

    private String admin;
    private String adminToken;

    @BeforeEach
    void signInAsAdmin() {
        admin = TestAccounts.create(accounts, "api-admin", StaffRole.ADMIN);
        adminToken = signIn(admin, TestAccounts.PASSWORD);
    }

    @Test
    void refusesAnonymousCallersAndOtherRolesWithProblems() {
        client.get().uri("/api/auth/staff").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        String desk = signIn(TestStaff.DESK_USER, TestStaff.DESK_PASSWORD);
        client.get().uri("/api/auth/staff").headers(h -> h.setBearerAuth(desk)).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.status").isEqualTo(403);
        send("POST", "/api/auth/staff", desk, Map.of("username", "x1", "displayName", "X", "roles", List.of("ADMIN")))
                .expectStatus().isForbidden();
        assertThat(accounts.find("x1")).isEmpty();
    }

    /** Found by local-stack's SecuritySweepIT: the body was read, and refused as a 400, before anyone was asked. */
    @Test
    void whoAsksIsSettledBeforeTheBodyIsRead() {
        String desk = signIn(TestStaff.DESK_USER, TestStaff.DESK_PASSWORD);
        for (String path : List.of("/api/auth/staff", "/api/auth/staff/" + admin + "/password-reset")) {
            client.post().uri(path).exchange().expectStatus().isUnauthorized();
            client.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue("{not json").exchange()
                    .expectStatus().isUnauthorized();
            client.post().uri(path).headers(h -> h.setBearerAuth(desk)).exchange().expectStatus().isForbidden();
        }
        client.patch().uri("/api/auth/staff/" + admin).headers(h -> h.setBearerAuth(desk)).exchange()
                .expectStatus().isForbidden();
        client.post().uri("/api/auth/password").exchange().expectStatus().isUnauthorized();
        client.post().uri("/api/auth/staff").headers(h -> h.setBearerAuth(adminToken)).exchange()
                .expectStatus().isBadRequest();
    }

    @Test
    void createsAnAccountAndAnswersItsTemporaryPasswordOnce() {
        String username = "api-new-" + System.nanoTime();
        var body = send("POST", "/api/auth/staff", adminToken,
                Map.of("username", username, "displayName", "Ana Api", "roles", List.of("FRONT_DESK", "EDITOR")))
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.account.username").isEqualTo(username)
                .jsonPath("$.account.roles").isEqualTo(List.of("FRONT_DESK", "EDITOR"))
                .jsonPath("$.account.temporaryPassword").isEqualTo(true)
                .jsonPath("$.account.passwordHash").doesNotExist()
                .jsonPath("$.temporaryPassword").isNotEmpty()
                .returnResult().getResponseBody();
        String temporary = com.jayway.jsonpath.JsonPath.read(new String(body), "$.temporaryPassword");
        signIn(username, temporary);

        client.get().uri("/api/auth/staff/" + username).headers(h -> h.setBearerAuth(adminToken)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.displayName").isEqualTo("Ana Api")
                .jsonPath("$.temporaryPassword").isEqualTo(true);
        client.get().uri("/api/auth/staff").headers(h -> h.setBearerAuth(adminToken)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.username == '" + username + "')]").exists();
    }

    @Test
    void badInputIsA400ProblemNamingTheFieldsAndATakenNameA409() {
        send("POST", "/api/auth/staff", adminToken, Map.of("username", "bad name", "displayName", "", "roles", List.of(),
                "temporaryPassword", "short"))
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[*].field").isEqualTo(
                        List.of("username", "displayName", "roles", "temporaryPassword"));
        send("POST", "/api/auth/staff", adminToken, Map.of("username", "x2", "displayName", "X", "roles", List.of("GOD")))
                .expectStatus().isBadRequest();
        send("POST", "/api/auth/staff", adminToken, Map.of("username", "Desk", "displayName", "D", "roles",
                List.of("FRONT_DESK"))).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").isEqualTo("That username is taken.");
        send("PATCH", "/api/auth/staff/nobody-at-all", adminToken, Map.of("enabled", false))
                .expectStatus().isNotFound();
    }

    @Test
    void patchesRolesAndEnabledButNeverTheAdminsOwnAdminRoleOrAccount() {
        String user = TestAccounts.create(accounts, "api-user", StaffRole.FRONT_DESK);
        send("PATCH", "/api/auth/staff/" + user, adminToken, Map.of("roles", List.of("EDITOR"), "enabled", false))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.roles").isEqualTo(List.of("EDITOR")).jsonPath("$.enabled").isEqualTo(false);

        send("PATCH", "/api/auth/staff/" + admin, adminToken, Map.of("enabled", false))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").isEqualTo("You cannot disable your own account.");
        send("PATCH", "/api/auth/staff/" + admin, adminToken, Map.of("roles", List.of("FRONT_DESK")))
                .expectStatus().isEqualTo(409);
        assertThat(accounts.find(admin).orElseThrow().roles()).containsExactly(StaffRole.ADMIN);
        assertThat(accounts.find(admin).orElseThrow().enabled()).isTrue();
    }

    @Test
    void resetsAPasswordToATypedOrMadeUpTemporaryOne() {
        String user = TestAccounts.create(accounts, "api-reset", StaffRole.FRONT_DESK);
        send("POST", "/api/auth/staff/" + user + "/password-reset", adminToken, Map.of("temporaryPassword", "qwerty123456"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("temporaryPassword");

        String made = (String) send("POST", "/api/auth/staff/" + user + "/password-reset", adminToken, Map.of())
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("temporaryPassword");
        signIn(user, made);
    }

    private ResponseSpec send(String method, String uri, String token, Object body) {
        return client.method(org.springframework.http.HttpMethod.valueOf(method)).uri(uri)
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }
}
