package org.clinic.gateway.limits;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies over the limit (64 kB by default: the largest real body, a booking or an hours form, is a
 * few kB) before anything reads them, here or in a service: 413 when the declared length is too large, 411 when a
 * body comes without a declared length (chunked), since its size would only be known after it had been forwarded.
 * Browsers and HTTP clients declare the length of every form and JSON body they send.
 *
 * <p>A few POSTs are allowed more, and only they: an editor's image upload (5 MB of image and the multipart form
 * around it) and an editor's article form (60,000 characters of Markdown, form-encoded, can pass 64 kB: a newline
 * or a non-ASCII letter takes three to nine bytes there).
 */
@Component
class RequestBodyLimit implements WebFilter, Ordered {

    /** A larger limit for POSTs to these paths. */
    private record Allowance(List<PathPattern> paths, long maxBytes) {

        boolean covers(ServerHttpRequest request) {
            return HttpMethod.POST.equals(request.getMethod())
                    && paths.stream().anyMatch(p -> p.matches(request.getPath().pathWithinApplication()));
        }
    }

    private final long maxBytes;
    private final List<Allowance> allowances;

    RequestBodyLimit(@Value("${CLINIC_MAX_REQUEST_BODY:64KB}") DataSize max,
            @Value("${CLINIC_MAX_IMAGE_UPLOAD_BODY:5200KB}") DataSize imageUpload,
            @Value("${CLINIC_MAX_ARTICLE_FORM_BODY:512KB}") DataSize articleForm) {
        this.maxBytes = max.toBytes();
        this.allowances = List.of(
                // content-service's multipart limit (spring.servlet.multipart) is the same 5 MB and a little.
                allowance(imageUpload, "/api/content/images", "/editor/images"),
                allowance(articleForm, "/editor/articles", "/editor/articles/**", "/editor/preview"));
    }

    private static Allowance allowance(DataSize max, String... paths) {
        return new Allowance(List.of(paths).stream().map(PathPatternParser.defaultInstance::parse).toList(),
                max.toBytes());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        long length = headers.getContentLength();
        long limit = limitFor(exchange.getRequest());
        if (length > limit) {
            return Mono.error(refused(HttpStatus.CONTENT_TOO_LARGE, "Request bodies may be at most "
                    + (limit >= 1024 * 1024 ? limit / (1024 * 1024) + " MB." : limit / 1024 + " kB.")));
        }
        if (length < 0 && headers.containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            return Mono.error(refused(HttpStatus.LENGTH_REQUIRED, "Send the body with a Content-Length."));
        }
        return chain.filter(exchange);
    }

    private long limitFor(ServerHttpRequest request) {
        return allowances.stream().filter(a -> a.covers(request)).mapToLong(Allowance::maxBytes).findFirst()
                .orElse(maxBytes);
    }

    /** Before everything else: the login form, the routes and the error pages all come after this. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    private static ErrorResponseException refused(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}
