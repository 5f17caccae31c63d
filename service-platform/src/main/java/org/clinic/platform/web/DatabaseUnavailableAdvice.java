package org.clinic.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The database being away while a page (or anything outside the services' JSON advice) was answered: a page gets
 * the service's error page with status 503 and {@code Retry-After} (never a stack trace), an API path the same
 * problem document as {@link ApiProblemAdvice} gives. Last in line, so a service's own advice still comes first;
 * Spring also matches these types as the cause of another exception (a library wrapping an {@link SQLException}).
 * Anything else is thrown on to Spring's usual handling.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class DatabaseUnavailableAdvice {

    @ExceptionHandler({DataAccessException.class, TransactionException.class, SQLException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception exception, HttpServletRequest request,
            HttpServletResponse response) throws Exception {
        if (!DatabaseUnavailable.causedBy(exception)) {
            throw exception; // not ours: Spring goes on as if this handler did not exist
        }
        if (request.getRequestURI().startsWith("/api/")) {
            return DatabaseUnavailable.problem(exception);
        }
        DatabaseUnavailable.logWithoutTrace(exception);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER.toSeconds()));
        response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
        return null;
    }
}
