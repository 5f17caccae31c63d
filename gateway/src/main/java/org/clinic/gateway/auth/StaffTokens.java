package org.clinic.gateway.auth;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Issues and verifies staff tokens: HS256, issuer {@code clinic-gateway}, roles in a {@code roles} claim. */
@Component
class StaffTokens {

    static final String ROLES_CLAIM = "roles";

    private final NimbusJwtEncoder encoder;
    private final NimbusReactiveJwtDecoder decoder;
    private final String issuer;
    private final Duration ttl;

    StaffTokens(JwtProperties jwt, AuthProperties auth) {
        SecretKey key = new SecretKeySpec(jwt.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        // Not NimbusJwtEncoder.withSecretKey: that names the key by its thumbprint, a hash of the secret,
        // and puts it as "kid" in every token. A single key needs no id.
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
        this.decoder = NimbusReactiveJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        this.decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(), new JwtIssuerValidator(jwt.issuer()),
                // The timestamp validator passes a token without exp; a staff token must always end.
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull)));
        this.issuer = jwt.issuer();
        this.ttl = auth.tokenTtl();
    }

    Jwt issue(StaffUser user) {
        // Whole seconds: exp/iat are seconds in the token, and expiresAt in the response should equal them.
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject(user.username())
                .claim(ROLES_CLAIM, user.roles().stream().map(Enum::name).toList())
                .issuedAt(now)
                .expiresAt(now.plus(ttl))
                .build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).type("JWT").build();
        return encoder.encode(JwtEncoderParameters.from(header, claims));
    }

    /** Empty when the token is forged, expired, from another issuer or not a JWT at all. */
    Mono<StaffSession> verify(String token) {
        return decoder.decode(token)
                .map(jwt -> new StaffSession(jwt.getSubject(), rolesOf(jwt), jwt.getExpiresAt()))
                .onErrorResume(JwtException.class, e -> Mono.empty());
    }

    Duration ttl() {
        return ttl;
    }

    private static List<String> rolesOf(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList(ROLES_CLAIM);
        return roles == null ? List.of() : roles;
    }
}
