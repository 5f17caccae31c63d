package org.clinic.content.web;

import jakarta.servlet.DispatcherType;
import org.clinic.platform.security.StaffSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Reading is public; changing content is for editors. Anything else is denied until someone needs it. */
@Configuration(proxyBeanMethods = false)
class ContentSecurity {

    @Bean
    SecurityFilterChain contentSecurityFilterChain(HttpSecurity http, StaffSecurity staff) throws Exception {
        return staff.filterChain(http, auth -> auth
                // Error dispatches render a failure that security already let through (or produced itself).
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers(HttpMethod.GET).permitAll()
                .requestMatchers(HttpMethod.HEAD).permitAll()
                .requestMatchers("/api/content/**").hasAnyRole(StaffSecurity.EDITOR_ROLES)
                .anyRequest().denyAll());
    }
}
