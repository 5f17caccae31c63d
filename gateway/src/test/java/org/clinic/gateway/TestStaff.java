package org.clinic.gateway;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import org.clinic.testsupport.EmbeddedPostgresServer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Staff accounts, the signing secret and hand-made tokens shared by the integration tests. */
public final class TestStaff {

    public static final String SECRET = "integration-tests-only-secret-0123456789abcdef";
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
        registry.add("clinic.security.jwt.secret", () -> SECRET);
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
    public static final class IdentityDatabase {

        private static final String URL = EmbeddedPostgresServer.shared().createFreshDatabase("identity");

        private IdentityDatabase() {
        }

        public static String url() {
            return URL;
        }
    }

    public static JwtDecoder decoder() {
        return NimbusJwtDecoder.withSecretKey(key(SECRET)).macAlgorithm(MacAlgorithm.HS256).build();
    }

    public static String token(String secret, String issuer, Instant issuedAt, Instant expiresAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject(DESK_USER)
                .claim("roles", List.of("FRONT_DESK"))
                .issuedAt(issuedAt)
                .expiresAt(expiresAt)
                .build();
        Jwt jwt = NimbusJwtEncoder.withSecretKey(key(secret)).build()
                .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims));
        return jwt.getTokenValue();
    }

    private static SecretKeySpec key(String secret) {
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }
}
