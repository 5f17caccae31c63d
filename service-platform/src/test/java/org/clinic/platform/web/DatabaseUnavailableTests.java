package org.clinic.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseUnavailableTests {

    @Test
    void theDatabaseBeingAwayIsRecognisedWhereverItSitsInTheCauseChain() {
        var poolTimedOut = new SQLTransientConnectionException("HikariPool-1 - Connection is not available");
        assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException("no connection", poolTimedOut)))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new CannotGetJdbcConnectionException("no connection", poolTimedOut)))
                .isTrue();
        // A library that reports the driver's error in its own exception.
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("terminating connection", "57P01"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("Connection refused", "08001"))))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("canceling statement due to statement timeout",
                "57014"))).isTrue();
    }

    @Test
    void aFailedRollbackIsJudgedByTheErrorThatCausedIt() {
        var rollbackFailed = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(new DataAccessResourceFailureException("insert failed",
                new SQLException("terminating connection due to administrator command", "57P01")));
        assertThat(DatabaseUnavailable.causedBy(rollbackFailed)).isTrue();

        var afterABug = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        afterABug.initApplicationException(new IllegalStateException("bug"));
        assertThat(DatabaseUnavailable.causedBy(afterABug)).isFalse();
    }

    @Test
    void requestMistakesAndBugsAreNotMistakenForAnOutage() {
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("bug"))).isFalse();
    }
}
