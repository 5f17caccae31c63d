package org.clinic.platform.security;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Services verify staff tokens themselves, so a request that bypasses the gateway cannot act as staff.
 * Tokens carry the staff member's roles in a {@code roles} claim (FRONT_DESK, EDITOR, ADMIN).
 */
@AutoConfiguration
@EnableConfigurationProperties(StaffJwtProperties.class)
public class StaffSecurityAutoConfiguration {

    @Bean
    JwtDecoder staffJwtDecoder(StaffJwtProperties properties) {
        var key = new SecretKeySpec(properties.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(), new JwtIssuerValidator(properties.issuer())));
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
