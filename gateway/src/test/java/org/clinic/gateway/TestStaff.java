package org.clinic.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.clinic.testsupport.EmbeddedPostgresServer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Staff accounts, the gateway's signing key and hand-made tokens shared by the integration tests. */
public final class TestStaff {

    /** A fresh P-256 key pair per test run: the gateway under test signs with it. */
    public static final KeyPair GATEWAY_KEYS = newP256KeyPair();
    /** The signing key as the gateway reads it from CLINIC_JWT_PRIVATE_KEY. */
    public static final String PRIVATE_KEY = Base64.getEncoder().encodeToString(GATEWAY_KEYS.getPrivate().getEncoded());
    /** What the services were configured with before ES256. */
    public static final String OLD_SHARED_SECRET = "integration-tests-only-secret-0123456789abcdef";
    public static final String DESK_USER = "desk";
    public static final String DESK_PASSWORD = "front-desk-pass";
    public static final String EDITOR_USER = "editor";
    public static final String EDITOR_PASSWORD = "editor-pass";
    /** Only EDITOR: the one kind of user whose start page is the editor rather than the desk. */
    public static final String WRITER_USER = "writer";
    public static final String WRITER_PASSWORD = "writer-pass";
    // Cost 4: the lowest BCrypt allows, so the suite stays fast; production hashes use 10 or more.
    private static final BCryptPasswordEncoder FAST = new BCryptPasswordEncoder(4);
    static final String DESK_HASH = FAST.encode(DESK_PASSWORD);
    static final String EDITOR_HASH = FAST.encode(EDITOR_PASSWORD);
    static final String WRITER_HASH = FAST.encode(WRITER_PASSWORD);

    private TestStaff() {
    }

    /**
     * The desk user in the compact env form, the editor in list form: both ways of configuring staff are exercised.
     * Every test context of the JVM uses one identity database, as several gateway instances share one.
     */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", IdentityDatabase::url);
        registry.add("clinic.security.jwt.private-key", () -> PRIVATE_KEY);
        registry.add("clinic.auth.staff-users", () -> DESK_USER + ":" + DESK_HASH + ":FRONT_DESK");
        registry.add("clinic.auth.users[0].username", () -> EDITOR_USER);
        registry.add("clinic.auth.users[0].password-hash", () -> EDITOR_HASH);
        registry.add("clinic.auth.users[0].roles[0]", () -> "EDITOR");
        registry.add("clinic.auth.users[0].roles[1]", () -> "ADMIN");
        registry.add("clinic.auth.users[1].username", () -> WRITER_USER);
        registry.add("clinic.auth.users[1].password-hash", () -> WRITER_HASH);
        registry.add("clinic.auth.users[1].roles[0]", () -> "EDITOR");
    }

    /** The embedded PostgreSQL database of this test JVM's gateways, created on first use. */
    /** Checks the gateway's signature only (ES256, its key), so tests can read any token it made. */
    /** The embedded PostgreSQL database of this test JVM's gateways, created on first use. */
    public static final class IdentityDatabase {

        private static final String URL = EmbeddedPostgresServer.shared().createFreshDatabase("identity");

        private IdentityDatabase() {
        }

        public static String url() {
            return URL;
        }
    }

    public static JwtDecoder decoder() {
        ECKey key = new ECKey.Builder(Curve.P_256, (ECPublicKey) GATEWAY_KEYS.getPublic()).build();
        return NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(new JWKSet(key)))
                .jwsAlgorithm(SignatureAlgorithm.ES256)
                .build();
    }

    /** The claims of a good session token for the desk user, to change one thing and then sign. */
    public static JWTClaimsSet.Builder sessionClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer("clinic-gateway")
                .audience("clinic-gateway")
                .subject(DESK_USER)
                .claim("roles", List.of("FRONT_DESK"))
                .claim("sid", UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))));
    }

    /** Signed with the gateway's own key. */
    public static String signed(JWTClaimsSet.Builder claims) {
        return sign(ecSigner(GATEWAY_KEYS), JWSAlgorithm.ES256, claims);
    }

    /** Signed with a P-256 key that is not the gateway's. */
    public static String signedWithAnotherKey(JWTClaimsSet.Builder claims) {
        return sign(ecSigner(newP256KeyPair()), JWSAlgorithm.ES256, claims);
    }

    /** HS256 with a shared secret, as every token was before the gateway signed with its own key. */
    public static String signedWithOldSharedSecret(JWTClaimsSet.Builder claims) {
        try {
            return sign(new MACSigner(OLD_SHARED_SECRET.getBytes(StandardCharsets.UTF_8)), JWSAlgorithm.HS256, claims);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(JWSSigner signer, JWSAlgorithm algorithm, JWTClaimsSet.Builder claims) {
        var jwt = new SignedJWT(new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT).build(), claims.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static JWSSigner ecSigner(KeyPair keys) {
        try {
            return new ECDSASigner((ECPrivateKey) keys.getPrivate());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair newP256KeyPair() {
        try {
            var generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
