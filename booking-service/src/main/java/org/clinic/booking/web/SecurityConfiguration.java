package org.clinic.booking.web;

import static org.clinic.platform.security.StaffSecurity.FRONT_DESK_ROLES;

import jakarta.servlet.DispatcherType;
import org.clinic.platform.security.StaffSecurity;
import org.clinic.platform.web.ManagementServer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Deny by default. What patients reach is listed here (the manage token or cookie guards their own appointment);
 * the desk is for front desk and admins; clinic-wide settings (closures, appointment types) and operations (dead
 * letters) are for admins alone;
 * anything else is refused, so an endpoint someone forgets to list is closed, not open. {@code EndpointAccessIT}
 * walks every mapped endpoint against this list, and {@code RolesTableIT} checks the README's roles table.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String ADMIN = "ADMIN";

    /** Public reads: the clinic, its catalogue, free slots and closures; the API's description; probes; theme files. */
    private static final String[] PUBLIC_READS = {"/api/booking/openapi.json", "/api/booking/clinic",
            "/api/booking/appointment-types", "/api/booking/practitioners", "/api/booking/slots", "/api/booking/closures",
            // One appointment and its calendar file, with its manage token (a wrong one answers 404).
            "/api/booking/appointments/*", "/api/booking/appointments/*/calendar.ics",
            "/assets/**", "/actuator/health", "/actuator/health/**", "/livez", "/readyz"};

    @Bean
    SecurityFilterChain security(HttpSecurity http, StaffSecurity staff) throws Exception {
        return staff.filterChain(http, auth -> auth
                // The actuator's own port, unpublished: metrics and full health for the operator's network.
                .requestMatchers(ManagementServer::handles).permitAll()
                // Error dispatches render a failure that security already let through (or produced itself).
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                // Patients' pages; their forms are guarded by the manage code or cookie and the cross-site check.
                .requestMatchers("/book", "/book/**", "/manage/**").permitAll()
                .requestMatchers(HttpMethod.GET, PUBLIC_READS).permitAll()
                .requestMatchers(HttpMethod.HEAD, PUBLIC_READS).permitAll()
                .requestMatchers(HttpMethod.POST, "/api/booking/appointments",
                        "/api/booking/appointments/*/cancel", "/api/booking/appointments/*/reschedule").permitAll()
                // Clinic-wide settings. The desk's hours page still shows closures to the front desk, read-only.
                .requestMatchers("/desk/hours/closures", "/desk/hours/closures/**").hasRole(ADMIN)
                .requestMatchers(HttpMethod.POST, "/api/booking/closures").hasRole(ADMIN)
                .requestMatchers(HttpMethod.DELETE, "/api/booking/closures/*").hasRole(ADMIN)
                .requestMatchers(HttpMethod.POST, "/api/booking/appointment-types").hasRole(ADMIN)
                .requestMatchers(HttpMethod.PUT, "/api/booking/appointment-types/*").hasRole(ADMIN)
                // Operations (docs/operations.md): dead letters are records as received, and a replay acts for
                // the whole clinic.
                .requestMatchers("/desk/operations", "/desk/operations/**", "/api/booking/dead-letters",
                        "/api/booking/dead-letters/**").hasRole(ADMIN)
                // The desk: its pages (without a session they send the browser to /login and back) and its API.
                .requestMatchers("/desk", "/desk/**").hasAnyRole(FRONT_DESK_ROLES)
                .requestMatchers("/api/booking/schedule", "/api/booking/patients", "/api/booking/desk/**",
                        "/api/booking/practitioners/*/working-hours", "/api/booking/practitioners/*/time-off",
                        "/api/booking/practitioners/*/time-off/*").hasAnyRole(FRONT_DESK_ROLES)
                .anyRequest().denyAll());
    }
}
