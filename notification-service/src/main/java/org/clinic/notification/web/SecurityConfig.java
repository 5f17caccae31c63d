package org.clinic.notification.web;

import jakarta.servlet.DispatcherType;
import org.clinic.platform.security.StaffSecurity;
import org.clinic.platform.web.ManagementServer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Deny by default. The delivery log names patients and addresses, and preferences are theirs: front desk and admins
 * only. Dead letters and failed deliveries, and replaying or retrying them: admins only. Only the health probes and
 * the API's description are public; anything else is refused. {@code EndpointAccessIT} walks every mapped
 * endpoint against this.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain security(HttpSecurity http, StaffSecurity staff) throws Exception {
        return staff.filterChain(http, auth -> auth
                // The actuator's own port, unpublished: metrics and full health for the operator's network.
                .requestMatchers(ManagementServer::handles).permitAll()
                // Error dispatches render a failure that security already let through (or produced itself).
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/livez", "/readyz")
                .permitAll()
                // The API's description (OpenAPI), before the rule for the rest of the API that it sits under.
                .requestMatchers(HttpMethod.GET, "/api/notifications/openapi.json").permitAll()
                // Operations (docs/operations.md): dead letters hold records as received, and a replay or retry
                // acts for the whole clinic. Before the staff rule below, which would otherwise match first.
                .requestMatchers("/api/notifications/dead-letters", "/api/notifications/dead-letters/**",
                        "/api/notifications/deliveries/**", "/desk/deliveries/problems", "/desk/deliveries/problems/**")
                .hasRole("ADMIN")
                .requestMatchers("/api/notifications", "/api/notifications/**").hasAnyRole(StaffSecurity.FRONT_DESK_ROLES)
                // The desk's delivery-log fragment: the same data as the JSON log, so the same people.
                .requestMatchers("/desk/deliveries").hasAnyRole(StaffSecurity.FRONT_DESK_ROLES)
                .anyRequest().denyAll());
    }
}
