package org.clinic.gateway.auth;

import java.nio.charset.StandardCharsets;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The HMAC-SHA256 secret staff tokens are signed with; every service verifies with the same secret and issuer.
 * No default: a gateway without a real secret refuses to start rather than sign tokens anyone could forge.
 */
@ConfigurationProperties("clinic.security.jwt")
public record JwtProperties(String secret, String issuer) {

    static final String DEFAULT_ISSUER = "clinic-gateway";
    static final int MIN_SECRET_BYTES = 32;

    public JwtProperties {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("clinic.security.jwt.secret (env CLINIC_JWT_SECRET) must be set to at least "
                    + MIN_SECRET_BYTES + " bytes");
        }
        issuer = issuer == null || issuer.isBlank() ? DEFAULT_ISSUER : issuer;
    }
}
