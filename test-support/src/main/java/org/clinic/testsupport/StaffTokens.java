package org.clinic.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Mints staff access tokens the way the gateway does (ES256, issuer {@code clinic-gateway}, audience
 * {@code clinic-services}, roles, session id, an end), so service tests can act as staff, and the wrong kinds,
 * so they can prove a service refuses them. Configure the service under test with {@link #TEST_PUBLIC_KEY}
 * as {@link #PUBLIC_KEY_PROPERTY}.
 */
public final class StaffTokens {

    /** The property a service reads the gateway's public key from (env {@code CLINIC_JWT_PUBLIC_KEY}). */
    public static final String PUBLIC_KEY_PROPERTY = "clinic.security.jwt.public-key";
    /**
     * TEST ONLY: a P-256 key pair made for this file and published with it, so it protects nothing. Real keys come
     * from the environment (deploy/jwt-keys.sh); never configure a deployment with these.
     */
    public static final String TEST_PUBLIC_KEY = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEVYvJSa6egYHSG2jcS17xgpr3SsTyUkw8"
            + "oOZZKNufK7QAM8uAtMW+FocteT2phDYkIVMjf3h//puU8EPY56xdyg==";
    /** TEST ONLY: the private half of {@link #TEST_PUBLIC_KEY} (PKCS#8 DER, base64). */
    public static final String TEST_PRIVATE_KEY = "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg6j9HJ5C2fBQ4KiQJUYRhGS"
            + "UZOZ+hibrGoOnTJ07rOTKhRANCAARVi8lJrp6BgdIbaNxLXvGCmvdKxPJSTDyg5lko258rtAAzy4C0xb4Why15PamENiQhUyN/eH/+m5Tw"
            + "Q9jnrF3K";
    public static final String ISSUER = "clinic-gateway";
    /** Whom the gateway's access tokens are for; its session tokens carry {@code clinic-gateway} instead. */
    public static final String SERVICES_AUDIENCE = "clinic-services";
    /** The shared HS256 secret test services used to be configured with before tokens were signed with ES256. */
    private static final String OLD_SHARED_SECRET = "test-secret-for-staff-tokens-0123456789abcdef";
    /** Longer than the gateway's minute, so that a slow test does not see its token expire halfway. */
    private static final Duration TEST_LIFETIME = Duration.ofHours(1);

    private static final JWSSigner GATEWAY = ecSigner(privateKey(TEST_PRIVATE_KEY));
    private static final JWSSigner SOMEONE_ELSE = ecSigner(newPrivateKey());

    private StaffTokens() {
    }

    /** A good access token for user {@code desk}. */
    public static String valid(String... roles) {
        return validFor("desk", roles);
    }

    public static String validFor(String username, String... roles) {
        return sign(GATEWAY, JWSAlgorithm.ES256, claims(username, roles).build());
    }

    public static String expired(String... roles) {
        Instant fiveMinutesAgo = Instant.now().minus(Duration.ofMinutes(5));
        return sign(GATEWAY, JWSAlgorithm.ES256, claims("desk", roles)
                .issueTime(Date.from(fiveMinutesAgo.minusSeconds(60))).expirationTime(Date.from(fiveMinutesAgo)).build());
    }

    /** Right in every claim, signed with another P-256 key than the gateway's. */
    public static String forged(String... roles) {
        return sign(SOMEONE_ELSE, JWSAlgorithm.ES256, claims("mallory", roles).build());
    }

    /** Right in every claim, but HS256 with a shared secret: the kind of token every service accepted before. */
    public static String signedWithOldSharedSecret(String... roles) {
        return sign(macSigner(), JWSAlgorithm.HS256, claims("desk", roles).build());
    }

    /** Signed by the gateway's key for another audience, e.g. {@code clinic-gateway}: a session token. */
    public static String withAudience(String audience, String... roles) {
        return sign(GATEWAY, JWSAlgorithm.ES256, claims("desk", roles).audience(audience).build());
    }

    /** Signed by the gateway's key, but without {@code exp}: a token that would never end. */
    public static String withoutExpiry(String... roles) {
        return sign(GATEWAY, JWSAlgorithm.ES256, claims("desk", roles).expirationTime(null).build());
    }

    private static JWTClaimsSet.Builder claims(String username, String... roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(SERVICES_AUDIENCE)
                .subject(username)
                .claim("roles", List.of(roles))
                .claim("sid", UUID.randomUUID().toString())
                .issueTime(Date.from(now.minusSeconds(1)))
                .expirationTime(Date.from(now.plus(TEST_LIFETIME)));
    }

    private static String sign(JWSSigner signer, JWSAlgorithm algorithm, JWTClaimsSet claims) {
        var jwt = new SignedJWT(new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static JWSSigner ecSigner(ECPrivateKey key) {
        try {
            return new ECDSASigner(key);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWSSigner macSigner() {
        try {
            return new MACSigner(OLD_SHARED_SECRET.getBytes(StandardCharsets.UTF_8));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ECPrivateKey privateKey(String base64) {
        try {
            return (ECPrivateKey) KeyFactory.getInstance("EC")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ECPrivateKey newPrivateKey() {
        try {
            var generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return (ECPrivateKey) generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
