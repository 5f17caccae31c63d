package org.clinic.platform.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A client-facing failure with a status and a message safe to show. Throw it from use cases;
 * {@link ApiProblemAdvice} renders it as {@code application/problem+json}.
 */
public class ApiProblemException extends ErrorResponseException {

    public ApiProblemException(HttpStatus status, String title, String detail) {
        super(status, problem(status, title, detail), null);
    }

    /** @param cause kept for the log, never shown: the detail says what the client needs to know */
    public ApiProblemException(HttpStatus status, String title, String detail, Throwable cause) {
        super(status, problem(status, title, detail), cause);
    }

    public static ApiProblemException notFound(String detail) {
        return new ApiProblemException(HttpStatus.NOT_FOUND, "Not found", detail);
    }

    public static ApiProblemException conflict(String detail) {
        return new ApiProblemException(HttpStatus.CONFLICT, "Conflict", detail);
    }

    /** A 400 naming the offending field, in the same shape as bean-validation errors. */
    public static ApiProblemException invalidField(String field, String message) {
        var e = new ApiProblemException(HttpStatus.BAD_REQUEST, "Invalid request", "The request has invalid fields.");
        e.getBody().setProperty("errors", List.of(new FieldProblem(field, message)));
        return e;
    }

    public ApiProblemException with(String property, Object value) {
        getBody().setProperty(property, value);
        return this;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    public record FieldProblem(String field, String message) {
    }
}
