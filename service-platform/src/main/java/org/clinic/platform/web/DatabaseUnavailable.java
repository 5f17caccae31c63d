package org.clinic.platform.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * A request failed because the service's database is away or too slow for now (restarting, unreachable, no
 * connection free within the pool's connection timeout, a statement past its timeout), not because of the request or
 * a bug: the client gets 503 with {@code Retry-After} and may send the same request again (a booking with its
 * Idempotency-Key books once), instead of a 500 or a connection left hanging.
 */
public final class DatabaseUnavailable {

    /** A database restart takes seconds; retrying sooner only adds load. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    private DatabaseUnavailable() {
    }

    /** Whether anything in the cause chain says the database could not be reached or did not answer in time. */
    public static boolean causedBy(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // A rollback on a connection the server has ended fails too ("Connection is closed", no SQLState) and
            // replaces the error that caused it, which Spring keeps as the application exception.
            if (t instanceof TransactionSystemException rollbackFailed
                    && rollbackFailed.getApplicationException() != null
                    && causedBy(rollbackFailed.getApplicationException())) {
                return true;
            }
            if (t instanceof DataAccessResourceFailureException // CannotGetJdbcConnectionException among them
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof QueryTimeoutException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof TransactionTimedOutException
                    || t instanceof SQLTransientConnectionException // the pool's "request timed out"
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLTimeoutException) {
                return true;
            }
            // Raw driver errors, e.g. from a library that uses the DataSource itself (the rate limits' buckets):
            // connection failures (08), the server shutting down or ending the session (57P01-57P03), a statement
            // cancelled by statement_timeout (57014), too many connections or out of resources (53).
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P") || state.equals("57014")
                        || state.startsWith("53")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The API's answer: a problem document saying to try again, and nothing about the database. */
    static ResponseEntity<ProblemDetail> problem(Throwable error) {
        logWithoutTrace(error);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The service cannot reach its data right now. Please try again in a few seconds.");
        problem.setTitle("Service unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()))
                .body(problem);
    }

    /** One line for operators, without a stack trace: during an outage every request ends here. */
    static void logWithoutTrace(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        log.warn("Database unavailable, answered 503: {}", root.toString());
    }
}
