package org.clinic.notification.web;

import org.clinic.platform.security.StaffSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** The delivery log names patients and addresses: front desk and admins only. Probes stay open. */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain security(HttpSecurity http, StaffSecurity staff) throws Exception {
        return staff.filterChain(http, auth -> auth
                .requestMatchers("/api/notifications", "/api/notifications/**").hasAnyRole(StaffSecurity.FRONT_DESK_ROLES)
                // The desk's delivery-log fragment: the same data as the JSON log, so the same people.
                .requestMatchers("/desk/deliveries", "/desk/deliveries/**").hasAnyRole(StaffSecurity.FRONT_DESK_ROLES)
                .anyRequest().permitAll());
    }
}
