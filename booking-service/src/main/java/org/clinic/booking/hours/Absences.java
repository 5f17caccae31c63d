package org.clinic.booking.hours;

import java.time.Duration;
import java.time.Instant;
import org.clinic.platform.web.ApiProblemException;

/**
 * Limits on time off and closures. They keep typos (a year too far, the end before the start) and absurd dates
 * out of the schedule, and keep every stored instant well inside what both Java and PostgreSQL can represent.
 */
final class Absences {

    static final Duration MAX_LENGTH = Duration.ofDays(366);
    /** Rotas are planned about a year ahead; two years leaves room without accepting year 9999. */
    static final Duration PLANNING_AHEAD = Duration.ofDays(2 * 366);
    static final int MAX_REASON = 200;

    private Absences() {
    }

    /** Checks time off [start, end) recorded at {@code now}; a start in the past is fine while it is not over. */
    static void checkTimeOff(Instant start, Instant end, Instant now) {
        if (!start.isBefore(end)) {
            throw ApiProblemException.invalidField("end", "must be after start");
        }
        if (!end.isAfter(now)) {
            throw ApiProblemException.invalidField("end", "must be in the future");
        }
        if (start.isAfter(now.plus(PLANNING_AHEAD))) {
            throw ApiProblemException.invalidField("start", "must be at most two years ahead");
        }
        if (Duration.between(start, end).compareTo(MAX_LENGTH) > 0) {
            throw ApiProblemException.invalidField("end", "may be at most 366 days after start");
        }
    }

    static String reason(String reason) {
        return reason == null ? "" : reason.strip();
    }
}
