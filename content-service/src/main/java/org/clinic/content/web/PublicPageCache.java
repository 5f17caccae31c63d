package org.clinic.content.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Public content pages may be kept by browsers and shared caches for a minute, then revalidated with their ETag
 * (a hash of the page, answered with 304 when unchanged). A minute is short on purpose: a corrected article or a
 * new phone number reaches readers almost at once, while a burst of visitors to one article costs one render per
 * minute per cache. Only successful pages are marked: a 404 for an article about to be published must not stick.
 * The JSON API and staff pages are not matched and keep Spring Security's no-cache headers, which it adds only
 * where no Cache-Control was set (this filter runs inside the security chain).
 */
@Component
class PublicPageCache extends ShallowEtagHeaderFilter {

    static final CacheControl POLICY = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();
    private static final Pattern PUBLIC_PAGES =
            Pattern.compile("/|/articles(/[^/]+)?|/conditions/[^/]+|/sitemap\\.xml|/feed\\.xml|/robots\\.txt");

    /**
     * A weak ETag ("same content", not "same bytes"): Tomcat compresses no response that carries a strong one, and an
     * article sent as 11 kB of plain HTML instead of 3 kB of gzip is what a phone on a slow network notices.
     */
    PublicPageCache() {
        setWriteWeakETag(true);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method))
                || !PUBLIC_PAGES.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // The page is still buffered here, so the header can be set once its status is known.
        super.doFilterInternal(request, response, (req, res) -> {
            chain.doFilter(req, res);
            HttpServletResponse page = (HttpServletResponse) res;
            if (page.getStatus() == HttpServletResponse.SC_OK && !page.containsHeader(HttpHeaders.CACHE_CONTROL)) {
                page.setHeader(HttpHeaders.CACHE_CONTROL, POLICY.getHeaderValue());
            }
        });
    }
}
