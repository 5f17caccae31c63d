package org.clinic.content.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clinic.platform.web.JsonReadLimits;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON bodies larger than the JSON reader would read at all ({@code clinic.json.read.max-document-length}, 1 MiB)
 * are refused with 413 before they are read: by their declared length at once, and a body sent without one
 * (chunked) as soon as it grows past the limit. The gateway refuses anything over 64 kB first; this holds for a
 * request that reaches the service another way. Other bodies (forms, image uploads) have their own limits.
 * Registered after the security chain, so a stranger's big body is a 401, read no further.
 */
@Component
class JsonBodyLimit extends OncePerRequestFilter {

    private final long limit;
    private final JsonMapper json;

    JsonBodyLimit(JsonReadLimits limits, JsonMapper json) {
        this.limit = limits.maxDocumentLength();
        this.json = json;
    }

    /** The body outgrew the limit while being read; {@link ContentProblemAdvice} answers it with 413. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("request body over the limit");
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return true;
        }
        try {
            MediaType media = MediaType.parseMediaType(type);
            return !(MediaType.APPLICATION_JSON.isCompatibleWith(media) || media.getSubtype().endsWith("+json"));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            refuse(request, response);
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    String detail() {
        return "JSON request bodies may be at most " + limit / 1024 + " kB.";
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", "Content Too Large");
        problem.put("status", HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        problem.put("detail", detail());
        problem.put("instance", request.getRequestURI());
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // Tomcat would otherwise read on through the unwanted body to keep the connection.
        response.setHeader("Connection", "close");
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream body;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new LimitedStream(super.getInputStream(), limit);
            }
            return body;
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream in;
        private long left;

        LimitedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            left -= n;
            if (left < 0) {
                throw new TooLarge();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
