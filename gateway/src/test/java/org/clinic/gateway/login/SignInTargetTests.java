package org.clinic.gateway.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SignInTargetTests {

    @ParameterizedTest
    @ValueSource(strings = {"/desk", "/desk/day?date=2026-12-01&practitionerId=7f9c", "/editor/articles/knee-pain",
            "/desk/appointments/3b1e?tab=messages%20sent"})
    void followsALocalPath(String next) {
        assertThat(SignInTarget.localPath(next)).hasValue(next);
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "//evil.example/desk", "https://evil.example", "http:/evil.example",
            "/\\evil.example", "\\\\evil.example", "/desk\\..\\x", "javascript:alert(1)", "evil.example", "desk",
            "/desk\r\nSet-Cookie: x=y", "/desk\tx", "/desk x", "/dèsk", "/desk/{id}", "/login", "/login?next=/desk", ""})
    void refusesAnythingElse(String next) {
        assertThat(SignInTarget.localPath(next)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void refusesNullAndOverlongPaths() {
        assertThat(SignInTarget.localPath(null)).isEmpty();
        assertThat(SignInTarget.localPath("/desk/" + "a".repeat(SignInTarget.MAX_LENGTH))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"FRONT_DESK, /desk", "ADMIN, /desk", "EDITOR, /editor", "EDITOR|ADMIN, /desk", "EDITOR|FRONT_DESK, /desk"})
    void startsEachRoleOnItsOwnPage(String roles, String page) {
        assertThat(SignInTarget.startPageFor(List.of(roles.split("\\|")))).isEqualTo(page);
    }
}
