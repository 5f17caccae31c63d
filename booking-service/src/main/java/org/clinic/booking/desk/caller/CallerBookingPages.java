package org.clinic.booking.desk.caller;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinic.booking.appointment.BookingRequests;
import org.clinic.booking.appointment.IdempotentBooking;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * {@code /desk/book}: a caller booked from one form. Without JavaScript the form's own buttons find the patient,
 * choose them and show times (each a post that shows the form again, nothing typed lost); with it, htmx swaps those
 * parts in place. Booking goes through the desk API's checks and Idempotency-Key (made when the form is rendered),
 * so a double submit books once; then POST-redirect-GET to the reference.
 */
@Controller
class CallerBookingPages {

    private final CallerPage page;
    private final CallerRequests reader;
    private final IdempotentBooking booking;
    private final BookingRequests requests;

    CallerBookingPages(CallerPage page, CallerRequests reader, IdempotentBooking booking, BookingRequests requests) {
        this.page = page;
        this.reader = reader;
        this.booking = booking;
        this.requests = requests;
    }

    /** {@code practitionerId} and {@code start} come from a free cell of the day grid; {@code date} from its day. */
    @GetMapping("/desk/book")
    ModelAndView form(@RequestParam(required = false) String practitionerId,
            @RequestParam(required = false) String start, @RequestParam(required = false) String date,
            @RequestParam(required = false) String appointmentTypeId,
            @RequestParam(required = false) String patientId) {
        String slot = null;
        String day = date;
        Map<String, String> errors = new LinkedHashMap<>();
        if (start != null && !start.isBlank()) {
            try {
                var at = OffsetDateTime.parse(start.strip());
                slot = at + "|" + practitionerId;
                day = at.toLocalDate().toString();
            } catch (DateTimeParseException e) {
                errors.put("date", "The time to book was not a date and time; choose one below");
            }
        }
        CallerForm form = CallerForm.blank(newKey()).withPatient(patientId)
                .withVisit(appointmentTypeId, practitionerId, day, slot);
        if (form.badDate()) {
            errors.put("date", "Enter a date like 2026-12-01");
        }
        form = form.withVisit(page.type(form).id().toString(), practitionerId, form.badDate() ? null : day, slot);
        return page.page(form, errors, errors.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
    }

    /** {@code choosePatient} and {@code step} are the form's other buttons (find, change patient, show times). */
    @PostMapping("/desk/book")
    ModelAndView submit(@ModelAttribute CallerForm sent, @RequestParam(required = false) String choosePatient,
            @RequestParam(required = false) String step) {
        if (choosePatient != null) {
            return page.page(sent.withPatient(choosePatient), Map.of(), HttpStatus.OK);
        }
        if ("change".equals(step)) {
            return page.page(sent.withPatient(null), Map.of(), HttpStatus.OK);
        }
        if ("find".equals(step) || "times".equals(step)) {
            Map<String, String> errors = sent.badDate() ? Map.of("date", "Enter a date like 2026-12-01") : Map.of();
            return page.page(sent, errors, errors.isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
        }
        return book(sent);
    }

    private ModelAndView book(CallerForm sent) {
        Map<String, String> errors = new LinkedHashMap<>();
        var request = reader.read(sent, errors);
        if (request == null) {
            return page.page(sent.retry(sent.idempotencyKey(), true), errors, HttpStatus.BAD_REQUEST);
        }
        try {
            var outcome = booking.book(sent.idempotencyKey(), "desk", request, requests.desk(request));
            return seeOther("/desk/book/done/" + outcome.reference());
        } catch (ApiProblemException e) {
            return refused(e, sent);
        }
    }

    private ModelAndView refused(ApiProblemException e, CallerForm sent) {
        if (e.getStatusCode().value() == HttpStatus.CONFLICT.value()) {
            boolean taken = IdempotentBooking.isSlotTaken(e);
            ModelAndView again = page.page(sent.retry(newKey(), false), Map.of(), HttpStatus.CONFLICT);
            again.addObject(taken ? "slotTaken" : "problem", taken ? page.when(sent.chosenSlot())
                    : "This form was already sent with other details. Check them and book again.");
            return again;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Object problems = e.getBody().getProperties() == null ? null : e.getBody().getProperties().get("errors");
        for (Object problem : problems instanceof List<?> list ? list : List.of()) {
            String field = problem instanceof ApiProblemException.FieldProblem p ? p.field() : "";
            switch (field) {
                case "patientId" -> errors.put("q", "That patient no longer exists; find them again");
                case "patient.phone" -> errors.put("phone", "Enter a phone number like (555) 555-0123");
                case "appointmentTypeId" -> errors.put("appointmentTypeId", "Choose the type of visit");
                default -> errors.put("slot", "That practitioner does not offer this visit; choose another time");
            }
        }
        if (errors.isEmpty()) {
            errors.put("slot", "This booking could not be made; check the details and try again");
        }
        return page.page(sent.retry(newKey(), true), errors, HttpStatus.BAD_REQUEST);
    }

    static ModelAndView seeOther(String path) {
        RedirectView redirect = new RedirectView(path);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }
}
