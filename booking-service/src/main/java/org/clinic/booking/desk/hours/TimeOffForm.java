package org.clinic.booking.desk.hours;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinic.platform.web.ApiProblemException.FieldProblem;

/** Time off as the desk types it: dates and times on the clinic's wall clock, and an optional reason. */
record TimeOffForm(String startDate, String startTime, String endDate, String endTime, String reason) {

    static final int MAX_REASON = 200;

    static TimeOffForm empty() {
        return new TimeOffForm("", "", "", "", "");
    }

    TimeOffForm {
        startDate = strip(startDate);
        startTime = strip(startTime);
        endDate = strip(endDate);
        endTime = strip(endTime);
        reason = strip(reason);
    }

    /** What the browser should have caught already (and what a browser without date fields may send). */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        check(errors, "off-start-date", date(startDate) == null, "Enter the first day of the time off, e.g. 2026-12-01.");
        check(errors, "off-start-time", time(startTime) == null, "Enter the start time, e.g. 09:00.");
        check(errors, "off-end-date", date(endDate) == null, "Enter the day the time off ends, e.g. 2026-12-01.");
        check(errors, "off-end-time", time(endTime) == null, "Enter the end time, e.g. 17:00.");
        check(errors, "off-reason", reason.length() > MAX_REASON, "Keep the reason to " + MAX_REASON + " characters.");
        return errors;
    }

    Instant start(ZoneId zone) {
        return date(startDate).atTime(time(startTime)).atZone(zone).toInstant();
    }

    Instant end(ZoneId zone) {
        return date(endDate).atTime(time(endTime)).atZone(zone).toInstant();
    }

    /** RecordTimeOff reports {@code start} and {@code end}; on the page those are the date fields. */
    static Map.Entry<String, String> error(FieldProblem problem) {
        return switch (problem.field()) {
            case "start" -> Map.entry("off-start-date", FormErrors.sentence("The start", problem.message()));
            case "reason" -> Map.entry("off-reason", FormErrors.sentence("The reason", problem.message()));
            default -> Map.entry("off-end-date", FormErrors.sentence("The end", problem.message()));
        };
    }

    List<ConflictPrompt.Field> fields() {
        return List.of(new ConflictPrompt.Field("startDate", startDate),
                new ConflictPrompt.Field("startTime", startTime), new ConflictPrompt.Field("endDate", endDate),
                new ConflictPrompt.Field("endTime", endTime), new ConflictPrompt.Field("reason", reason));
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static LocalTime time(String text) {
        try {
            return text.matches("\\d{2}:\\d{2}(:\\d{2})?") ? LocalTime.parse(text) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static void check(Map<String, String> errors, String field, boolean wrong, String message) {
        if (wrong) {
            errors.put(field, message);
        }
    }

    static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
