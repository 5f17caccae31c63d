package org.clinic.notification.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a form post to this service's desk fragments ({@code /desk/**}: an admin's Replay and Retry buttons) that
 * another site made the browser send. The same rule as web-theme's {@code CrossSiteFormFilter} on the page services
 * (this service does not carry the theme): the browser's {@code Sec-Fetch-Site} must say {@code same-origin} (or
 * {@code none}); a browser too old to send it must send an {@code Origin} of this site. A post with neither is
 * refused: every browser that holds the staff session cookie sends one of them.
 */
@Configuration(proxyBeanMethods = false)
class SameSiteFormPosts {

    private static final Set<String> ALLOWED_FETCH_SITES = Set.of("same-origin", "none");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> sameSiteFormPostsFilter(
            @Value("${clinic.links.public-base-url}") String publicBaseUrl) {
        URI base = URI.create(publicBaseUrl);
        String publicOrigin = base.getScheme() + "://" + base.getRawAuthority();
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/desk/");
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                if (fromThisSite(request, publicOrigin)) {
                    chain.doFilter(request, response);
                } else {
                    response.sendError(HttpServletResponse.SC_FORBIDDEN, "Cross-site form post refused.");
                }
            }
        });
        registration.addUrlPatterns("/desk/*");
        return registration;
    }

    static boolean fromThisSite(HttpServletRequest request, String publicOrigin) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return ALLOWED_FETCH_SITES.contains(fetchSite);
        }
        String origin = request.getHeader("Origin");
        return origin != null && (origin.equals(publicOrigin)
                || origin.equals(request.getScheme() + "://" + request.getHeader("Host")));
    }
}
