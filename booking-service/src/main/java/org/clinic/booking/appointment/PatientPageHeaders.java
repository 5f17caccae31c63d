package org.clinic.booking.appointment;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Booking and manage pages hold a patient's details: no cache may keep them (a shared computer's back button
 * included). Manage pages also send no Referer at all; the shared security headers set their default
 * (strict-origin-when-cross-origin) only where a response has none, so this one stands. A filter rather than an
 * interceptor, so that an address under these paths that no controller maps (a 404) gets the same headers.
 */
@Component
class PatientPageHeaders extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.equals("/book") || path.startsWith("/book/") || path.startsWith("/manage/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store");
        if (request.getRequestURI().startsWith("/manage/")) {
            response.setHeader("Referrer-Policy", "no-referrer");
        }
        chain.doFilter(request, response);
    }
}
