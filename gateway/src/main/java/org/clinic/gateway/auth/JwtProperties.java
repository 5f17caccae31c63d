package org.clinic.gateway.auth;

import java.security.KeyPair;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The EC P-256 key the gateway signs staff tokens with (ES256), from env {@code CLINIC_JWT_PRIVATE_KEY}: PKCS#8 DER
 * as base64 on one line, or PEM. Services hold only the matching public key, so none of them can mint a token.
 * No default: a gateway without its key refuses to start, saying what is wrong, rather than run with a made-up one.
 */
@ConfigurationProperties("clinic.security.jwt")
public final class JwtProperties {

    static final String DEFAULT_ISSUER = "clinic-gateway";

    private final KeyPair signingKeys;
    private final String issuer;

    public JwtProperties(String privateKey, String issuer) {
        try {
            this.signingKeys = SigningKey.parse(privateKey);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("clinic.security.jwt.private-key (env CLINIC_JWT_PRIVATE_KEY) must be an "
                    + "EC P-256 private key, PKCS#8 DER in base64 (deploy/jwt-keys.sh makes one), but " + e.getMessage());
        }
        this.issuer = issuer == null || issuer.isBlank() ? DEFAULT_ISSUER : issuer;
    }

    /** The private key and the public key derived from it. */
    KeyPair signingKeys() {
        return signingKeys;
    }

    public String issuer() {
        return issuer;
    }
}
