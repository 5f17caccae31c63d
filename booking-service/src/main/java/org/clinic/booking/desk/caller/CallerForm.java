package org.clinic.booking.desk.caller;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * The new-booking form as sent: every field a string, so whatever arrives binds and can be shown again. {@code q}
 * is the patient search; {@code patientId} the patient chosen from it, else the new-patient fields count;
 * {@code slot} is a free time as "start|practitionerId"; {@code practitionerId} is the "Anyone" choice when blank.
 */
record CallerForm(String idempotencyKey, String q, String patientId, String firstName, String lastName, String phone,
        String email, String appointmentTypeId, String practitionerId, String date, String slot, String confirm,
        String notes) {

    /** A free time as the form carries it. */
    record ChosenSlot(OffsetDateTime start, UUID practitionerId) {
    }

    static CallerForm blank(String key) {
        return new CallerForm(key, null, null, null, null, null, null, null, null, null, null, "true", null);
    }

    CallerForm withVisit(String typeId, String practitioner, String day, String chosenSlot) {
        return new CallerForm(idempotencyKey, q, patientId, firstName, lastName, phone, email, typeId, practitioner,
                day, chosenSlot, confirm, notes);
    }

    CallerForm withPatient(String id) {
        return new CallerForm(idempotencyKey, q, id, firstName, lastName, phone, email, appointmentTypeId,
                practitionerId, date, slot, confirm, notes);
    }

    CallerForm withQuery(String query) {
        return new CallerForm(idempotencyKey, query, patientId, firstName, lastName, phone, email,
                appointmentTypeId, practitionerId, date, slot, confirm, notes);
    }

    /** A fresh attempt: a new Idempotency-Key and, after a conflict, no chosen time. */
    CallerForm retry(String key, boolean keepSlot) {
        return new CallerForm(key, q, patientId, firstName, lastName, phone, email, appointmentTypeId,
                practitionerId, date, keepSlot ? slot : null, confirm, notes);
    }

    boolean hasPatient() {
        return uuid(patientId) != null;
    }

    public boolean notifyPatient() {
        return "true".equals(confirm) || "on".equals(confirm);
    }

    /** The day to list free times from; null when blank, and when it is not a date (see {@link #badDate}). */
    LocalDate day() {
        try {
            return date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public boolean badDate() {
        return date != null && !date.isBlank() && day() == null;
    }

    ChosenSlot chosenSlot() {
        if (slot == null || !slot.contains("|")) {
            return null;
        }
        String[] parts = slot.split("\\|", 2);
        UUID practitioner = uuid(parts[1]);
        try {
            return practitioner == null ? null : new ChosenSlot(OffsetDateTime.parse(parts[0]), practitioner);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
