package org.clinic.booking.appointment;

import jakarta.validation.ConstraintViolation;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The details form of the booking page, as sent: every field a string, so whatever arrives binds and can be shown
 * again. {@code slot} is an alternative time picked after a conflict ("start|practitionerId"); {@code anyone} says
 * the patient let us choose the practitioner, which widens the alternatives offered.
 */
record BookingForm(String appointmentTypeId, String practitionerId, String start, String source, String anyone,
        String idempotencyKey, String firstName, String lastName, String email, String phone, String notes,
        String slot) {

    /** The fields the patient typed, in the order of the form (and of the error summary). */
    static final List<String> VISIBLE_FIELDS = List.of("firstName", "lastName", "email", "phone", "notes");

    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("firstName.NotBlank", "Enter your first name"),
            Map.entry("firstName.Size", "Your first name can be at most 100 characters"),
            Map.entry("lastName.NotBlank", "Enter your last name"),
            Map.entry("lastName.Size", "Your last name can be at most 100 characters"),
            Map.entry("email.NotBlank", "Enter your email address"),
            Map.entry("email.Email", "Enter an email address like name@example.com"),
            Map.entry("email.Size", "Your email address can be at most 254 characters"),
            Map.entry("phone.NotBlank", "Enter a phone number"),
            Map.entry("phone.Size", "Enter a phone number of at most 40 characters"),
            Map.entry("phone.api", "Enter a phone number we can call, like (555) 555-0123"),
            Map.entry("notes.Size", "Your note can be at most 1000 characters"));

    static BookingForm blank(String typeId, String practitionerId, String start, String source, boolean anyone,
            String idempotencyKey) {
        return new BookingForm(typeId, practitionerId, start, source, anyone ? "true" : null, idempotencyKey, null,
                null, null, null, null, null);
    }

    boolean anyPractitioner() {
        return "true".equals(anyone);
    }

    /** The same typed details for the visit actually wanted now, under a fresh key (a new attempt to book). */
    BookingForm retry(UUID practitioner, String at, String newKey) {
        return new BookingForm(appointmentTypeId, practitioner.toString(), at, source, anyone, newKey,
                firstName, lastName, email, phone, notes, null);
    }

    /** An alternative time picked after a conflict replaces the time (and practitioner) that was taken. */
    BookingForm withChosenSlot() {
        if (slot == null || slot.isBlank()) {
            return this;
        }
        String[] parts = slot.split("\\|", -1);
        if (parts.length != 2) {
            throw WantedVisit.badRequest();
        }
        return new BookingForm(appointmentTypeId, parts[1], parts[0], source, anyone, idempotencyKey, firstName,
                lastName, email, phone, notes, null);
    }

    BookingRequest toRequest(UUID type, UUID practitioner, OffsetDateTime at) {
        return new BookingRequest(type, practitioner, at,
                new BookingRequest.PatientDetails(firstName, lastName, email, phone),
                notes == null || notes.isBlank() ? null : notes, source == null || source.isBlank() ? null : source);
    }

    /**
     * Bean-validation results as messages per visible field, worded for patients. Null if a hidden field is at
     * fault: that form did not come from our page unchanged.
     */
    static Map<String, String> errors(Set<ConstraintViolation<BookingRequest>> violations) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (var violation : violations) {
            String path = violation.getPropertyPath().toString();
            String field = path.startsWith("patient.") ? path.substring("patient.".length()) : path;
            if (!VISIBLE_FIELDS.contains(field)) {
                return null;
            }
            String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            errors.putIfAbsent(field, MESSAGES.getOrDefault(field + "." + constraint, "Check this field"));
        }
        return ordered(errors);
    }

    /** A field the API's own checks refused (say "patient.phone"), or null if it is not one on the form. */
    static String visibleField(String apiField) {
        String field = apiField.startsWith("patient.") ? apiField.substring("patient.".length()) : apiField;
        return VISIBLE_FIELDS.contains(field) ? field : null;
    }

    static String apiMessage(String field) {
        return MESSAGES.getOrDefault(field + ".api", "Check this field");
    }

    private static Map<String, String> ordered(Map<String, String> errors) {
        Map<String, String> ordered = new LinkedHashMap<>();
        VISIBLE_FIELDS.stream().filter(errors::containsKey).forEach(f -> ordered.put(f, errors.get(f)));
        return ordered;
    }
}
