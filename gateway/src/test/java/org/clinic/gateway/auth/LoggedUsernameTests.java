package org.clinic.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoggedUsernameTests {

    @Test
    void keepsAnOrdinaryUsername() {
        assertThat(LoggedUsername.of("maria.front-desk@clinic")).isEqualTo("maria.front-desk@clinic");
    }

    @Test
    void replacesLineBreaksAndControlCharacters() {
        assertThat(LoggedUsername.of("a\r\nb\tc\u2028d\u0000e")).isEqualTo("a??b?c?d?e");
    }

    @Test
    void cutsALongOneAt64() {
        assertThat(LoggedUsername.of("x".repeat(500))).isEqualTo("x".repeat(64) + "…");
    }
}
