package org.clinic.platform.security;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.time.Duration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Services verify staff access tokens themselves, so a request that bypasses the gateway cannot act as staff.
 * Tokens carry the staff member's roles in a {@code roles} claim (FRONT_DESK, EDITOR, ADMIN), and are signed by
 * the gateway's private key, of which services hold only the public half.
 */
@AutoConfiguration
@EnableConfigurationProperties(StaffJwtProperties.class)
public class StaffSecurityAutoConfiguration {

    /**
     * ES256 with the gateway's public key and nothing else: an HS256 token (the shared-secret kind from before),
     * a token of another key, one without an end, from another issuer or meant for another audience (the gateway's
     * own session tokens) is refused.
     */
    @Bean
    JwtDecoder staffJwtDecoder(StaffJwtProperties properties) {
        ECKey key = new ECKey.Builder(Curve.P_256, properties.publicKey()).build();
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(new JWKSet(key)))
                .jwsAlgorithm(SignatureAlgorithm.ES256)
                .build();
        // 10 s of leeway for clocks that differ, not the default 60 s, which would double an access token's minute.
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ofSeconds(10));
        // By default a token without exp passes; access tokens live a minute and must say so.
        timestamps.setAllowEmptyExpiryClaim(false);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(timestamps,
                new JwtIssuerValidator(properties.issuer()), new JwtAudienceValidator(StaffJwtProperties.AUDIENCE)));
        return decoder;
    }

    @Bean
    JwtAuthenticationConverter staffJwtAuthenticationConverter() {
        var authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName("roles");
        authorities.setAuthorityPrefix("ROLE_");
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }

    /**
     * No Micrometer observation (a timer, a context, a scope) around each of the dozen security filters, each
     * authentication and each authorization of every request: that wrapping was a visible share of a public page's
     * CPU, and nothing reads the {@code spring.security.*} metrics it records. Requests are still observed as a whole
     * ({@code http.server.requests}).
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings staffSecurityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    StaffSecurity staffSecurity(JwtAuthenticationConverter converter, JsonMapper jsonMapper) {
        return new StaffSecurity(converter, new ProblemSecurityHandlers(jsonMapper));
    }
}
