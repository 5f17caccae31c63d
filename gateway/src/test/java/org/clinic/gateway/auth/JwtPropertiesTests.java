package org.clinic.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class JwtPropertiesTests {

    @Test
    void refusesAMissingOrShortSecret() {
        assertThatIllegalStateException().isThrownBy(() -> new JwtProperties(null, null))
                .withMessageContaining("CLINIC_JWT_SECRET");
        assertThatIllegalStateException().isThrownBy(() -> new JwtProperties("", null));
        assertThatIllegalStateException().isThrownBy(() -> new JwtProperties("x".repeat(31), null));
    }

    @Test
    void countsTheSecretInUtf8BytesAndDefaultsTheIssuer() {
        // 16 characters, 32 bytes: long enough for HS256.
        JwtProperties properties = new JwtProperties("é".repeat(16), " ");

        assertThat(properties.issuer()).isEqualTo("clinic-gateway");
    }
}
