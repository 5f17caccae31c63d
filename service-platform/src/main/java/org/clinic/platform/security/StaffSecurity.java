package org.clinic.platform.security;

import org.clinic.theme.SecurityHeaders;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Builds a service's filter chain: stateless, bearer-token only, problem+json for 401/403.
 * Each service supplies only its own access rules, e.g.
 * {@code staffSecurity.filterChain(http, auth -> auth.requestMatchers("/api/x/**").hasAnyRole(STAFF).anyRequest().permitAll())}.
 */
public class StaffSecurity {

    /** Roles allowed at the front desk endpoints. */
    public static final String[] FRONT_DESK_ROLES = {"FRONT_DESK", "ADMIN"};
    public static final String[] EDITOR_ROLES = {"EDITOR", "ADMIN"};

    private final JwtAuthenticationConverter converter;
    private final ProblemSecurityHandlers handlers;

    StaffSecurity(JwtAuthenticationConverter converter, ProblemSecurityHandlers handlers) {
        this.converter = converter;
        this.handlers = handlers;
    }

    public SecurityFilterChain filterChain(HttpSecurity http,
            Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> rules)
            throws Exception {
        return http
                // No cookies reach services: browsers' session cookie is turned into a bearer token by the gateway,
                // and that cookie is SameSite=Strict, so CSRF tokens would protect nothing here.
                .csrf(csrf -> csrf.disable())
                // Pages are served from the same services: no inline script anywhere, no framing, no leaking of
                // full URLs to other sites. A page may tighten the referrer further (manage pages send none).
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.PAGE_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(rules)
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .exceptionHandling(e -> e.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
                .build();
    }
}
