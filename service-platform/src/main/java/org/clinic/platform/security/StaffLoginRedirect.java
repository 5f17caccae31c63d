package org.clinic.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Sends a staff page request without a (valid) session to the gateway's {@code /login?next=...}, so that after
 * signing in the receptionist lands on the page they were on. The login page checks that {@code next} is a local
 * path; here it is built only from this request's own path or the same-origin page an htmx request came from.
 * Whatever was typed into an open form survives in the browser (desk.js keeps drafts), not on the server.
 */
final class StaffLoginRedirect {

    static final String LOGIN = "/login";

    private StaffLoginRedirect() {
    }

    /** Everything outside the JSON API is a page (or a page's fragment) that a browser asked for. */
    static boolean isPage(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    static void toLogin(HttpServletRequest request, HttpServletResponse response) {
        String back = pageToReturnTo(request);
        String login = LOGIN + "?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
        if (request.getHeader("HX-Request") != null) {
            // htmx would swap a login page into a panel; it follows HX-Redirect with a full page load instead.
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("HX-Redirect", login);
            return;
        }
        // 303: a form post that found the session expired comes back as a GET of the page, never a re-post.
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", login);
    }

    /**
     * A GET returns to itself; a form post or an htmx fragment returns to the page the person was looking at
     * (htmx names it in HX-Current-URL, a form in Referer), if that page is on this site; else to the desk.
     */
    static String pageToReturnTo(HttpServletRequest request) {
        boolean fragment = request.getHeader("HX-Request") != null;
        if ("GET".equals(request.getMethod()) && !fragment) {
            String query = request.getQueryString();
            return request.getRequestURI() + (query == null ? "" : "?" + query);
        }
        String page = fragment ? request.getHeader("HX-Current-URL") : request.getHeader("Referer");
        String local = localPath(page);
        return local != null ? local : "/desk";
    }

    /**
     * Only the path and query of that URL are kept, so the answer is always a page of this site, whatever the
     * header said (the gateway rewrites Host, so the authority cannot be compared here; the path is what matters).
     */
    private static String localPath(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = URI.create(url);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return null;
            }
            return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
