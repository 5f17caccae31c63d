package org.clinic.booking.desk.hours;

import static org.clinic.booking.desk.hours.TimeOffForm.check;
import static org.clinic.booking.desk.hours.TimeOffForm.date;
import static org.clinic.booking.desk.hours.TimeOffForm.strip;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinic.platform.web.ApiProblemException.FieldProblem;

/** A clinic closure as the desk types it: whole local days, the last one optional for a single day. */
record ClosureForm(String firstDay, String lastDay, String reason) {

    static ClosureForm empty() {
        return new ClosureForm("", "", "");
    }

    ClosureForm {
        firstDay = strip(firstDay);
        lastDay = strip(lastDay);
        reason = strip(reason);
    }

    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        check(errors, "closure-first", date(firstDay) == null, "Enter the first closed day, e.g. 2026-12-24.");
        check(errors, "closure-last", !lastDay.isEmpty() && date(lastDay) == null,
                "Enter the last closed day, e.g. 2026-12-26, or leave it empty for one day.");
        check(errors, "closure-reason", reason.length() > TimeOffForm.MAX_REASON,
                "Keep the reason to " + TimeOffForm.MAX_REASON + " characters.");
        return errors;
    }

    LocalDate first() {
        return date(firstDay);
    }

    /** {@code null} for a single day, as CloseClinic takes it. */
    LocalDate last() {
        return lastDay.isEmpty() ? null : date(lastDay);
    }

    /** CloseClinic reports {@code from} and {@code to}. */
    static Map.Entry<String, String> error(FieldProblem problem) {
        return "from".equals(problem.field())
                ? Map.entry("closure-first", FormErrors.sentence("The first day", problem.message()))
                : Map.entry("closure-last", FormErrors.sentence("The last day", problem.message()));
    }

    List<ConflictPrompt.Field> fields() {
        return List.of(new ConflictPrompt.Field("firstDay", firstDay), new ConflictPrompt.Field("lastDay", lastDay),
                new ConflictPrompt.Field("reason", reason));
    }
}
