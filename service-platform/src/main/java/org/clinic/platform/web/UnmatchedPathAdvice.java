package org.clinic.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address nothing is mapped to: API clients get a problem document, browsers the service's 404 page (Boot's
 * error view {@code error/404}, in the site's look where the service renders pages). The services' own error
 * advice covers only their REST controllers, so this is the one place that sees requests no handler took.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class UnmatchedPathAdvice {

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    "Nothing is found at this address.");
            problem.setTitle("Not Found");
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
        }
        response.sendError(HttpStatus.NOT_FOUND.value());
        return null;
    }
}
