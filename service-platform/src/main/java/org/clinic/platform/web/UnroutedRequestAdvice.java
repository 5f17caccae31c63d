package org.clinic.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A request refused before any controller was chosen: an address nothing is mapped to, a wrong method, a JSON
 * endpoint sent {@code text/plain}. The services' own error advice covers only their REST controllers, so this is
 * the one place that sees these. API clients ({@code /api/**}) get a problem document; browsers get the service's
 * error page (Boot's error view, e.g. {@code error/404}, in the site's look where the service renders pages).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class UnroutedRequestAdvice {

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class,
            HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<ProblemDetail> unrouted(Exception exception, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        ErrorResponse error = (ErrorResponse) exception;
        if (!request.getRequestURI().startsWith("/api/")) {
            response.sendError(error.getStatusCode().value());
            return null;
        }
        if (exception instanceof NoResourceFoundException || exception instanceof NoHandlerFoundException) {
            // Spring's own detail names the "static resource" it looked for; clients need less.
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    "Nothing is found at this address.");
            problem.setTitle("Not Found");
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
        }
        return ResponseEntity.status(error.getStatusCode()).headers(error.getHeaders()).body(error.getBody());
    }
}
