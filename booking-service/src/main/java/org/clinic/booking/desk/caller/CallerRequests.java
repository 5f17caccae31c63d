package org.clinic.booking.desk.caller;

import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinic.booking.appointment.DeskBookingRequest;
import org.clinic.booking.patient.PhoneNumbers;
import org.springframework.stereotype.Component;

/**
 * Reads the sent form into the desk API's request, or into messages for the receptionist per field (in the order of
 * the form, which is also the order of the error summary). The API's own checks then run as for any desk booking.
 */
@Component
class CallerRequests {

    /** Field ids in form order; "q" stands for the patient as a whole (search or new patient). */
    static final List<String> FIELDS = List.of("q", "firstName", "lastName", "phone", "email", "appointmentTypeId",
            "date", "slot", "notes");

    private static final Map<String, String> MESSAGES = Map.of(
            "firstName", "Enter the new patient's first name (at most 100 characters)",
            "lastName", "Enter the new patient's last name (at most 100 characters)",
            "email", "Enter an email address like name@example.com, or leave it empty",
            "notes", "Notes can be at most 1000 characters");

    private final Validator validator;
    private final PhoneNumbers phoneNumbers;

    CallerRequests(Validator validator, PhoneNumbers phoneNumbers) {
        this.validator = validator;
        this.phoneNumbers = phoneNumbers;
    }

    /** The request, or null with {@code errors} filled in. */
    DeskBookingRequest read(CallerForm form, Map<String, String> errors) {
        if (form.badDate()) {
            errors.put("date", "Enter a date like 2026-12-01");
        }
        if (!form.hasPatient() && CallerForm.blankToNull(form.firstName()) == null
                && CallerForm.blankToNull(form.lastName()) == null) {
            errors.put("q", "Find the patient, or enter a new patient's name below");
        }
        String phone = CallerForm.blankToNull(form.phone());
        if (!form.hasPatient() && phone != null && phoneNumbers.toE164(phone).isEmpty()) {
            errors.put("phone", "Enter a phone number like (555) 555-0123, or leave it empty");
        }
        var slot = form.chosenSlot();
        var type = CallerForm.uuid(form.appointmentTypeId());
        if (type == null) {
            errors.put("appointmentTypeId", "Choose the type of visit");
        }
        if (slot == null) {
            errors.put("slot", "Choose one of the free times");
        }
        var patient = form.hasPatient() ? null : new DeskBookingRequest.DeskPatient(form.firstName(),
                form.lastName(), CallerForm.blankToNull(form.email()), phone);
        var request = new DeskBookingRequest(type, slot == null ? null : slot.practitionerId(),
                slot == null ? null : slot.start(), CallerForm.uuid(form.patientId()), patient,
                CallerForm.blankToNull(form.notes()), null, form.notifyPatient());
        for (var violation : validator.validate(request)) {
            String path = violation.getPropertyPath().toString();
            String field = path.startsWith("patient.") ? path.substring("patient.".length()) : path;
            if (MESSAGES.containsKey(field) && !(errors.containsKey("q") && field.endsWith("Name"))) {
                errors.putIfAbsent(field, MESSAGES.get(field));
            }
        }
        if (errors.isEmpty()) {
            return request;
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        FIELDS.stream().filter(errors::containsKey).forEach(f -> ordered.put(f, errors.get(f)));
        errors.clear();
        errors.putAll(ordered);
        return null;
    }
}
