package org.clinic.gateway.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The gateway's two kinds of staff token, both ES256 from issuer {@code clinic-gateway}, both ending ({@code exp}):
 * <ul>
 *   <li>session token: the sign-in's cookie (and the JSON login's {@code token}), audience {@code clinic-gateway},
 *       valid for the session's length; only the gateway accepts it;</li>
 *   <li>access token: what a service receives with each request of a live session, audience
 *       {@code clinic-services}, valid 60 s. It dies within a minute of the session ending, which is how signing out
 *       or disabling a user reaches services that never see the session store.</li>
 * </ul>
 * The audience keeps them apart: a service refuses a session token, the gateway an access token.
 */
@Component
class StaffTokens {

    static final String ROLES_CLAIM = "roles";
    static final String SESSION_ID_CLAIM = "sid";
    static final String SESSION_AUDIENCE = "clinic-gateway";
    static final String ACCESS_AUDIENCE = "clinic-services";
    static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofSeconds(60);
    /** Half the lifetime: whatever reaches a service has at least 30 s left, so no request dies in flight. */
    static final Duration ACCESS_TOKEN_REUSE = Duration.ofSeconds(30);

    private final NimbusJwtEncoder encoder;
    private final NimbusReactiveJwtDecoder sessionDecoder;
    /** Session id → its current access token: one signature per session every 30 s, not one per request. */
    private final Cache<String, String> accessTokens;
    private final String issuer;
    private final Duration ttl;
    private final Clock clock;

    @Autowired
    StaffTokens(JwtProperties jwt, AuthProperties auth) {
        this(jwt, auth, Clock.systemUTC(), Ticker.systemTicker());
    }

    StaffTokens(JwtProperties jwt, AuthProperties auth, Clock clock, Ticker ticker) {
        ECPublicKey publicKey = (ECPublicKey) jwt.signingKeys().getPublic();
        // No key id: there is one key, and the services' verifiers hold no id to match it against.
        ECKey signingKey = new ECKey.Builder(Curve.P_256, publicKey)
                .privateKey((ECPrivateKey) jwt.signingKeys().getPrivate())
                .build();
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(signingKey)));
        ECKey verificationKey = signingKey.toPublicJWK();
        this.sessionDecoder = NimbusReactiveJwtDecoder.withJwkSource(token -> Flux.just(verificationKey))
                .jwsAlgorithm(SignatureAlgorithm.ES256)
                .build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        // A staff token must always end; by default the validator lets a token without exp live forever.
        timestamps.setAllowEmptyExpiryClaim(false);
        timestamps.setClock(clock);
        this.sessionDecoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                timestamps,
                new JwtIssuerValidator(jwt.issuer()),
                new JwtAudienceValidator(SESSION_AUDIENCE),
                new JwtClaimValidator<String>(SESSION_ID_CLAIM, sid -> sid != null && !sid.isBlank())));
        this.accessTokens = Caffeine.newBuilder()
                .expireAfterWrite(ACCESS_TOKEN_REUSE)
                .maximumSize(10_000)
                .ticker(ticker)
                .build();
        this.issuer = jwt.issuer();
        this.ttl = auth.tokenTtl();
        this.clock = clock;
    }

    /** The session token of a new sign-in. */
    Jwt issue(StaffUser user, String sessionId) {
        Instant now = now();
        return sign(JwtClaimsSet.builder()
                .issuer(issuer)
                .audience(List.of(SESSION_AUDIENCE))
                .subject(user.username())
                .claim(ROLES_CLAIM, user.roles().stream().map(Enum::name).toList())
                .claim(SESSION_ID_CLAIM, sessionId)
                .issuedAt(now)
                .expiresAt(now.plus(ttl))
                .build());
    }

    /**
     * The session a session token stands for; empty when it is forged, expired, from another issuer, meant for
     * another audience (an access token), not ES256 (the HS256 tokens from before) or not a JWT at all. Says
     * nothing about whether the session has been ended since: {@link StaffSessions} asks that.
     */
    Mono<StaffSession> verify(String sessionToken) {
        return sessionDecoder.decode(sessionToken)
                .map(jwt -> new StaffSession(jwt.getSubject(), rolesOf(jwt), jwt.getExpiresAt(),
                        jwt.getClaimAsString(SESSION_ID_CLAIM)))
                .onErrorResume(JwtException.class, e -> Mono.empty());
    }

    /** The access token a service receives for this session: the cached one while under 30 s old, else a new one. */
    String accessToken(StaffSession session) {
        return accessTokens.get(session.sessionId(), sessionId -> mintAccessToken(session));
    }

    Duration ttl() {
        return ttl;
    }

    private String mintAccessToken(StaffSession session) {
        Instant now = now();
        Instant oneMinute = now.plus(ACCESS_TOKEN_LIFETIME);
        // Never beyond the session itself.
        Instant expiresAt = session.expiresAt().isBefore(oneMinute) ? session.expiresAt() : oneMinute;
        return sign(JwtClaimsSet.builder()
                .issuer(issuer)
                .audience(List.of(ACCESS_AUDIENCE))
                .subject(session.username())
                .claim(ROLES_CLAIM, session.roles())
                .claim(SESSION_ID_CLAIM, session.sessionId())
                .issuedAt(now)
                .expiresAt(expiresAt)
                .build()).getTokenValue();
    }

    private Jwt sign(JwtClaimsSet claims) {
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.ES256).type("JWT").build();
        return encoder.encode(JwtEncoderParameters.from(header, claims));
    }

    /** Whole seconds: exp and iat are seconds in the token, and expiresAt in a response should equal them. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static List<String> rolesOf(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList(ROLES_CLAIM);
        return roles == null ? List.of() : roles;
    }
}
