package org.clinic.booking.desk.hours;

import java.util.List;
import java.util.UUID;
import org.clinic.booking.hours.Conflict;

/**
 * The list of booked appointments a change runs into ({@code #conflicts} on the page). Before the change it comes
 * with a form that re-posts exactly the values that were checked, plus {@code force=true}; after a forced change it
 * stays on the page without the form, as the list of patients to call.
 */
record ConflictPrompt(String title, String explanation, List<Row> rows, String action, List<Field> fields) {

    /** One appointment: when (clinic time), who, its reference, and the schedule's appointment panel. */
    record Row(String when, String patient, String reference, String href) {
    }

    /** A form value to send again. */
    record Field(String name, String value) {
    }

    static ConflictPrompt beforeApplying(String change, List<Conflict> conflicts, HoursTimes times, String action,
            List<Field> fields) {
        return new ConflictPrompt(title(conflicts) + " in the way of " + change,
                "Nothing has been changed yet. The appointments stay booked either way: if you apply anyway, call "
                        + "these patients to move them.", rows(conflicts, times), action, fields);
    }

    /** After a forced change: who still needs a call, or nothing to show when nobody does. */
    static ConflictPrompt toCall(List<Conflict> conflicts, HoursTimes times) {
        if (conflicts.isEmpty()) {
            return null;
        }
        return new ConflictPrompt("Patients to call: " + title(conflicts).toLowerCase(java.util.Locale.ROOT)
                + " outside the new schedule", "They are still booked. Move or cancel each from its appointment.",
                rows(conflicts, times), null, List.of());
    }

    private static String title(List<Conflict> conflicts) {
        return conflicts.size() == 1 ? "1 booked appointment" : conflicts.size() + " booked appointments";
    }

    private static List<Row> rows(List<Conflict> conflicts, HoursTimes times) {
        return conflicts.stream().map(c -> new Row(times.moment(c.start().toInstant()), c.patientName(),
                c.reference(), href(c.appointmentId()))).toList();
    }

    static String href(UUID appointmentId) {
        return "/desk/appointments/" + appointmentId;
    }
}
