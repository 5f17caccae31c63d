package org.clinic.content.web;

import jakarta.servlet.DispatcherType;
import org.clinic.platform.security.StaffSecurity;
import org.clinic.platform.web.ManagementServer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Deny by default: the public pages and the reading API are listed here one by one (a new GET is not public until
 * it is added), the editor's pages and every content write are for editors and admins, and anything else is
 * refused. {@code EndpointAccessIT} walks every mapped endpoint against this list.
 */
@Configuration(proxyBeanMethods = false)
class ContentSecurity {

    /**
     * Published content, as pages and as JSON; the API's description; probes; the theme's files. The page paths take any depth so that a
     * mistyped article link answers the site's 404 page, not the staff login; EndpointAccessIT still fails on any
     * mapped endpoint under them that is not on its public list.
     */
    private static final String[] PUBLIC_READS = {"/", "/articles", "/articles/**", "/conditions/**", "/sitemap.xml",
            "/feed.xml", "/robots.txt", "/api/content/openapi.json", "/api/content/articles", "/api/content/articles/*",
            "/api/content/conditions", "/api/content/conditions/*", "/images/*/*",
            "/assets/**", "/actuator/health", "/actuator/health/**", "/livez", "/readyz"};

    /**
     * The editors' API, any method (the public GETs above come first): writes, publishing, revisions, and the reads
     * under /api/content/editor/ that show drafts, Markdown sources and versions. Listed like the public paths, so
     * an endpoint added under /api/content/ is refused until it is given a rule here.
     */
    private static final String[] EDITOR_API = {"/api/content/editor/**", "/api/content/articles",
            "/api/content/articles/*", "/api/content/articles/*/publish", "/api/content/articles/*/unpublish",
            "/api/content/articles/*/revisions", "/api/content/articles/*/revisions/**",
            "/api/content/articles/*/booking-figures", "/api/content/authors",
            "/api/content/authors/*", "/api/content/conditions", "/api/content/conditions/*",
            "/api/content/images"};

    @Bean
    SecurityFilterChain contentSecurityFilterChain(HttpSecurity http, StaffSecurity staff) throws Exception {
        return staff.filterChain(http, auth -> auth
                // The actuator's own port, unpublished: metrics and full health for the operator's network.
                .requestMatchers(ManagementServer::handles).permitAll()
                // Error dispatches render a failure that security already let through (or produced itself).
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                // HEAD too: crawlers and link checkers ask it of public pages.
                .requestMatchers(HttpMethod.GET, PUBLIC_READS).permitAll()
                .requestMatchers(HttpMethod.HEAD, PUBLIC_READS).permitAll()
                // Dead letters hold records as received, patients' details among them: admins only, the API and
                // the operations panel (booking-service's /desk/operations loads it) alike.
                .requestMatchers("/api/content/dead-letters", "/api/content/dead-letters/*/replay",
                        "/editor/operations/**").hasRole("ADMIN")
                // The editor's pages, protected from the first one on (without a session: to /login and back).
                .requestMatchers("/editor", "/editor/**").hasAnyRole(StaffSecurity.EDITOR_ROLES)
                .requestMatchers(EDITOR_API).hasAnyRole(StaffSecurity.EDITOR_ROLES)
                .anyRequest().denyAll());
    }
}
