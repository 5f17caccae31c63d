package org.clinic.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.clinic.testsupport.StaffTokens;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/** What a service accepts as a staff token: the gateway's ES256 access tokens, nothing else. */
class StaffJwtDecoderTests {

    private final JwtDecoder decoder = new StaffSecurityAutoConfiguration()
            .staffJwtDecoder(new StaffJwtProperties(StaffTokens.TEST_PUBLIC_KEY, null));

    @Test
    void acceptsAnAccessTokenOfTheGatewaysKey() {
        Jwt jwt = decoder.decode(StaffTokens.valid("FRONT_DESK"));

        assertThat(jwt.getSubject()).isEqualTo("desk");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("FRONT_DESK");
        assertThat(jwt.getAudience()).containsExactly("clinic-services");
    }

    @Test
    void refusesATokenWithoutAnEnd() {
        assertRefused(StaffTokens.withoutExpiry("ADMIN"));
    }

    @Test
    void refusesASessionTokenMeantForTheGateway() {
        assertRefused(StaffTokens.withAudience("clinic-gateway", "ADMIN"));
        assertRefused(StaffTokens.withAudience("some-other-service", "ADMIN"));
    }

    @Test
    void refusesAnHs256TokenSignedWithTheOldSharedSecret() {
        assertRefused(StaffTokens.signedWithOldSharedSecret("ADMIN"));
    }

    @Test
    void refusesATokenSignedByAnotherEcKey() {
        assertRefused(StaffTokens.forged("ADMIN"));
    }

    @Test
    void refusesAnExpiredToken() {
        assertRefused(StaffTokens.expired("ADMIN"));
    }

    private void assertRefused(String token) {
        assertThatExceptionOfType(JwtException.class).isThrownBy(() -> decoder.decode(token));
    }
}
