package org.clinic.booking.desk.caller;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinic.booking.catalogue.AppointmentType;
import org.clinic.booking.catalogue.Catalogue;
import org.clinic.booking.clinic.ClinicProperties;
import org.clinic.booking.patient.Patients;
import org.clinic.booking.patient.PhoneNumbers;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Builds the new-booking form (the page, or a piece of it for htmx) from what was sent: the chosen patient or the
 * search results, the visit choices and the free times for them. Unknown ids show as "not chosen", never fail.
 */
@Component
class CallerPage {

    private final Catalogue catalogue;
    private final Patients patients;
    private final PhoneNumbers phoneNumbers;
    private final FreeTimes freeTimes;
    private final ClinicProperties clinic;
    private final java.time.Clock clock;

    CallerPage(Catalogue catalogue, Patients patients, PhoneNumbers phoneNumbers, FreeTimes freeTimes,
            ClinicProperties clinic, java.time.Clock clock) {
        this.catalogue = catalogue;
        this.patients = patients;
        this.phoneNumbers = phoneNumbers;
        this.freeTimes = freeTimes;
        this.clinic = clinic;
        this.clock = clock;
    }

    ModelAndView page(CallerForm form, Map<String, String> errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("desk/book");
        addPatient(page, form);
        addVisit(page, form);
        page.addObject("errors", new LinkedHashMap<>(errors));
        page.setStatus(status);
        return page;
    }

    /** The patient part alone: the chosen patient, or the search with its results and the new-patient fields. */
    ModelAndView patientPart(CallerForm form) {
        ModelAndView part = new ModelAndView("desk/book-parts :: patient-and-notify");
        addPatient(part, form);
        part.addObject("errors", Map.of());
        return part;
    }

    ModelAndView timesPart(CallerForm form) {
        ModelAndView part = new ModelAndView("desk/book-parts :: times");
        addVisit(part, form);
        part.addObject("errors", Map.of());
        return part;
    }

    List<Patients.Patient> search(String q) {
        String text = q == null ? "" : q.strip();
        if (text.isEmpty() || text.length() > 100) {
            return List.of();
        }
        return patients.search(text, phoneNumbers.toE164(text).orElse(null));
    }

    /** The visit type to show: the one chosen, else the first the chosen practitioner offers, else the first. */
    AppointmentType type(CallerForm form) {
        UUID practitioner = CallerForm.uuid(form.practitionerId());
        return catalogue.offeredType(CallerForm.uuid(form.appointmentTypeId()))
                .or(() -> catalogue.appointmentTypes().stream()
                        .filter(t -> practitioner == null || t.offeredBy(practitioner)).findFirst())
                .orElseGet(() -> catalogue.appointmentTypes().get(0));
    }

    String when(CallerForm.ChosenSlot slot) {
        return slot == null ? "That time" : freeTimes.when(slot.start().toInstant());
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clinic.timeZone());
    }

    private void addPatient(ModelAndView page, CallerForm form) {
        var chosen = form.hasPatient() ? patients.find(CallerForm.uuid(form.patientId())).orElse(null) : null;
        page.addObject("form", chosen == null && form.hasPatient() ? form.withPatient(null) : form);
        page.addObject("chosen", chosen);
        page.addObject("inForm", true);
        page.addObject("results", chosen == null ? search(form.q()) : List.of());
        page.addObject("searched", chosen == null && form.q() != null && !form.q().isBlank());
    }

    private void addVisit(ModelAndView page, CallerForm form) {
        AppointmentType type = type(form);
        LocalDate day = form.day() == null ? today() : form.day();
        UUID practitioner = CallerForm.uuid(form.practitionerId());
        page.addObject("types", catalogue.appointmentTypes());
        page.addObject("practitioners", catalogue.practitioners());
        page.addObject("type", type);
        page.addObject("practitionerId", practitioner);
        page.addObject("day", day);
        page.addObject("times", freeTimes.from(type, practitioner, day, form.chosenSlot()));
    }
}
