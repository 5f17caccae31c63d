package org.clinic.booking.appointment;

import java.sql.SQLException;
import org.springframework.core.NestedExceptionUtils;

/** Reads PostgreSQL's verdict out of Spring's exception wrappers. */
final class SqlStates {

    static final String EXCLUSION_VIOLATION = "23P01";
    static final String UNIQUE_VIOLATION = "23505";

    private SqlStates() {
    }

    static boolean is(RuntimeException e, String sqlState) {
        return NestedExceptionUtils.getMostSpecificCause(e) instanceof SQLException sql
                && sqlState.equals(sql.getSQLState());
    }

    static boolean violates(RuntimeException e, String constraint) {
        return NestedExceptionUtils.getMostSpecificCause(e) instanceof SQLException sql
                && sql.getMessage() != null && sql.getMessage().contains(constraint);
    }
}
