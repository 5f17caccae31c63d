package org.clinic.platform.security;

import com.nimbusds.jose.jwk.Curve;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The gateway's public key (EC P-256) that staff access tokens are verified with, from env
 * {@code CLINIC_JWT_PUBLIC_KEY}: X.509 SubjectPublicKeyInfo DER as base64 on one line, or PEM. A service holds no
 * key that could sign, so a compromised service cannot mint a token for another. No default: a service without the
 * key refuses to start, saying what is wrong.
 */
@ConfigurationProperties("clinic.security.jwt")
public final class StaffJwtProperties {

    public static final String DEFAULT_ISSUER = "clinic-gateway";
    /** The audience of the access tokens the gateway sends services; its session tokens are for itself alone. */
    public static final String AUDIENCE = "clinic-services";

    private static final Pattern PEM_ARMOUR = Pattern.compile("-----(BEGIN|END) [A-Z0-9 ]+-----");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final ECPublicKey publicKey;
    private final String issuer;

    public StaffJwtProperties(String publicKey, String issuer) {
        try {
            this.publicKey = parse(publicKey);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("clinic.security.jwt.public-key (env CLINIC_JWT_PUBLIC_KEY) must be the "
                    + "gateway's EC P-256 public key, X.509 DER in base64 (deploy/jwt-keys.sh makes one), but "
                    + e.getMessage());
        }
        this.issuer = issuer == null || issuer.isBlank() ? DEFAULT_ISSUER : issuer;
    }

    public ECPublicKey publicKey() {
        return publicKey;
    }

    public String issuer() {
        return issuer;
    }

    private static ECPublicKey parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("it is not set");
        }
        byte[] der;
        try {
            der = Base64.getDecoder().decode(WHITESPACE.matcher(PEM_ARMOUR.matcher(text).replaceAll("")).replaceAll(""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("it is not base64 (X.509 DER) or PEM");
        }
        ECPublicKey key;
        try {
            key = (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | ClassCastException e) {
            // A private key here would be a leak waiting to happen; the message says which half belongs here.
            throw new IllegalArgumentException("it is not an X.509 EC public key (the gateway alone gets the private key)");
        }
        if (!Curve.P_256.equals(Curve.forECParameterSpec(key.getParams()))) {
            throw new IllegalArgumentException("it is not on the P-256 curve (ES256 needs prime256v1)");
        }
        return key;
    }
}
