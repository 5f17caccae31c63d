package org.clinic.theme;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a form post to a page that another site made the browser send (CSRF). Pages that change something
 * (booking, cancelling through the manage link, the desk) are reached with a SameSite=Strict cookie or a form
 * field, and this check sits on top of that: browsers label every request with {@code Sec-Fetch-Site}, and only
 * {@code same-origin} (or {@code none}, typed by the user) may write. Browsers too old to send it send
 * {@code Origin} on a POST, which must then be this site. The JSON API ({@code /api/**}) is not a page and keeps
 * its own rules (bearer tokens, idempotency keys).
 * <p>Staff pages ({@code /desk}, {@code /editor}, {@code /admin}) write with the staff session cookie, so there a
 * post that carries neither header is refused too: every browser that can hold that cookie sends one of them.
 */
public class CrossSiteFormFilter extends OncePerRequestFilter {

    /** Request attribute marking a refusal, so the error page can say why (CrossSiteErrorView). */
    static final String REFUSED = CrossSiteFormFilter.class.getName() + ".REFUSED";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> ALLOWED_FETCH_SITES = Set.of("same-origin", "none");
    private static final List<String> STAFF_PAGES = List.of("/desk", "/editor", "/admin");

    private final String publicOrigin;

    public CrossSiteFormFilter(SiteIdentity site) {
        this.publicOrigin = origin(site.publicBaseUrl());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SAFE_METHODS.contains(request.getMethod()) || request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fromThisSite(request)) {
            chain.doFilter(request, response);
        } else {
            request.setAttribute(REFUSED, Boolean.TRUE);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private boolean fromThisSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return ALLOWED_FETCH_SITES.contains(fetchSite);
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return !isStaffPage(request.getRequestURI());
        }
        return origin.equals(publicOrigin) || origin.equals(requestOrigin(request));
    }

    static boolean isStaffPage(String path) {
        return STAFF_PAGES.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    private static String requestOrigin(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getHeader("Host");
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
