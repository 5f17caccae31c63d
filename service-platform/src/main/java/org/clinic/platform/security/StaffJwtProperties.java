package org.clinic.platform.security;

import java.nio.charset.StandardCharsets;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The secret the gateway signs staff tokens with (HMAC-SHA256) and every service verifies them with.
 * There is no default: a service without a secret refuses to start rather than accept forged tokens.
 */
@ConfigurationProperties("clinic.security.jwt")
public record StaffJwtProperties(String secret, String issuer) {

    public static final String DEFAULT_ISSUER = "clinic-gateway";
    public static final int MIN_SECRET_BYTES = 32;

    public StaffJwtProperties {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("clinic.security.jwt.secret (env CLINIC_JWT_SECRET) must be set to at least "
                    + MIN_SECRET_BYTES + " bytes");
        }
        issuer = issuer == null || issuer.isBlank() ? DEFAULT_ISSUER : issuer;
    }
}
