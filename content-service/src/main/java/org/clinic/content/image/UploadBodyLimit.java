package org.clinic.content.image;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * An upload whose declared length is over the multipart limit is refused before a byte of it is read, and the
 * connection closed: otherwise Tomcat reads the first 5 MB, fails, and then either reads on through the rest to keep
 * the connection or drops it halfway through the answer, and the client sees a broken connection instead of a 413.
 * (The gateway refuses such bodies first; this holds for a request that reaches the service another way.) Registered
 * after the security chain, so a stranger's upload is a 401, read no further.
 */
@Component
class UploadBodyLimit extends OncePerRequestFilter {

    private static final String TOO_LARGE = "Images may be at most 5 MB.";

    private final long limit;
    private final JsonMapper json;

    UploadBodyLimit(@Value("${spring.servlet.multipart.max-request-size}") DataSize limit, JsonMapper json) {
        this.limit = limit.toBytes();
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() <= limit) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Connection", "close");
        if (request.getRequestURI().startsWith("/api/")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "about:blank");
            body.put("title", "Content Too Large");
            body.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
            body.put("detail", TOO_LARGE);
            body.put("instance", request.getRequestURI());
            body.put("errors", List.of(Map.of("field", "file", "message", TOO_LARGE)));
            byte[] problem = json.writeValueAsBytes(body);
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setContentLength(problem.length);
            response.getOutputStream().write(problem);
        } else {
            // A page: the site's error page for 413 says what happened.
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value(), TOO_LARGE);
        }
    }
}
