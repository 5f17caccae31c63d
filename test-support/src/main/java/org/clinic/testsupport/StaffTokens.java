package org.clinic.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Mints staff tokens the way the gateway does, so service tests can act as staff (or fail to). */
public final class StaffTokens {

    /** A secret for tests; the real ones come from the environment. */
    public static final String TEST_SECRET = "test-secret-for-staff-tokens-0123456789abcdef";

    private StaffTokens() {
    }

    public static String valid(String... roles) {
        return sign(TEST_SECRET, "clinic-gateway", "desk", List.of(roles), Instant.now().plus(Duration.ofHours(1)));
    }

    public static String expired(String... roles) {
        return sign(TEST_SECRET, "clinic-gateway", "desk", List.of(roles), Instant.now().minus(Duration.ofMinutes(5)));
    }

    public static String forged(String... roles) {
        return sign("another-secret-that-is-long-enough-0123456789", "clinic-gateway", "mallory", List.of(roles),
                Instant.now().plus(Duration.ofHours(1)));
    }

    public static String sign(String secret, String issuer, String subject, List<String> roles, Instant expiresAt) {
        var claims = new JWTClaimsSet.Builder().issuer(issuer).subject(subject).claim("roles", roles)
                .issueTime(Date.from(Instant.now().minusSeconds(60))).expirationTime(Date.from(expiresAt)).build();
        var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
