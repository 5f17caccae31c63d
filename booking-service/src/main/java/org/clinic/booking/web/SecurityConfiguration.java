package org.clinic.booking.web;

import static org.clinic.platform.security.StaffSecurity.FRONT_DESK_ROLES;

import org.clinic.platform.security.StaffSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Patients' endpoints are public (the manage token guards their own appointment); the desk's need staff. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain security(HttpSecurity http, StaffSecurity staff) throws Exception {
        return staff.filterChain(http, auth -> auth
                // The desk's pages; without a session they send the browser to /login and back (StaffLoginRedirect).
                .requestMatchers("/desk", "/desk/**").hasAnyRole(FRONT_DESK_ROLES)
                .requestMatchers("/api/booking/schedule/**", "/api/booking/patients/**", "/api/booking/desk/**")
                .hasAnyRole(FRONT_DESK_ROLES)
                .requestMatchers("/api/booking/practitioners/*/time-off/**",
                        "/api/booking/practitioners/*/working-hours/**").hasAnyRole(FRONT_DESK_ROLES)
                .requestMatchers(HttpMethod.PUT, "/api/booking/practitioners/**").hasAnyRole(FRONT_DESK_ROLES)
                .requestMatchers(HttpMethod.POST, "/api/booking/practitioners/**").hasAnyRole(FRONT_DESK_ROLES)
                .requestMatchers(HttpMethod.GET, "/api/booking/closures/**").permitAll()
                .requestMatchers("/api/booking/closures/**").hasAnyRole(FRONT_DESK_ROLES)
                .anyRequest().permitAll());
    }
}
