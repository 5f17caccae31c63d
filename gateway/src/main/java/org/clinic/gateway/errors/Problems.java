package org.clinic.gateway.errors;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A problem+json answer a controller returns itself, in the shape {@link ProblemErrorHandler} gives thrown errors
 * (type, title, status, detail, instance, and per-field {@code errors} as {@code [{field, message}]}).
 */
public final class Problems {

    private Problems() {
    }

    /** 429: try again after {@code seconds} (also in {@code Retry-After}). */
    public static ResponseEntity<Object> tooManyRequests(long seconds, String detail, String instance) {
        ResponseEntity<Object> problem = of(HttpStatus.TOO_MANY_REQUESTS, detail, instance, Map.of());
        return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(problem.getBody());
    }

    /** {@code errors}: field name to message; a {@code ""} key is a message about the whole request. */
    public static ResponseEntity<Object> of(HttpStatus status, String detail, String instance,
            Map<String, String> errors) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", instance);
        if (!errors.isEmpty()) {
            problem.put("errors", errors.entrySet().stream()
                    .map(e -> Map.of("field", e.getKey(), "message", e.getValue()))
                    .toList());
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .cacheControl(CacheControl.noStore())
                .body(problem);
    }
}
