package org.clinic.booking.appointment;

import static org.clinic.booking.appointment.PageLinks.link;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinic.booking.catalogue.Catalogue;
import org.clinic.booking.catalogue.Practitioner;
import org.clinic.booking.ratelimit.RateLimits;
import org.clinic.booking.ratelimit.TooManyRequests;
import org.clinic.booking.slot.Availability;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /book/details}: the patient's details for the chosen time, then the booking, through the same checks and
 * idempotency as {@code POST /api/booking/appointments}. The form carries an Idempotency-Key made when it was
 * rendered, so a double click or a resent form books once. Every failure shows the form again with what was typed,
 * a rate limit ({@link RateLimits}) too, under the same key: had an earlier send booked, trying later shows that one.
 */
@Controller
class BookDetailsPages {

    private static final int ALTERNATIVES = 6;

    private final Catalogue catalogue;
    private final Availability availability;
    private final SlotWeeks slotWeeks;
    private final ClinicTimes times;
    private final IdempotentBooking booking;
    private final BookingRequests requests;
    private final Validator validator;
    private final ManageAccess access;
    private final RateLimits limits;
    private final RateLimitedPages rateLimited;
    private final OnlineBookingCap cap;
    private final BookingMetrics metrics;

    BookDetailsPages(Catalogue catalogue, Availability availability, SlotWeeks slotWeeks, ClinicTimes times,
            IdempotentBooking booking, BookingRequests requests, Validator validator, ManageAccess access,
            RateLimits limits, RateLimitedPages rateLimited, OnlineBookingCap cap, BookingMetrics metrics) {
        this.catalogue = catalogue;
        this.availability = availability;
        this.slotWeeks = slotWeeks;
        this.times = times;
        this.booking = booking;
        this.requests = requests;
        this.validator = validator;
        this.access = access;
        this.limits = limits;
        this.rateLimited = rateLimited;
        this.cap = cap;
        this.metrics = metrics;
    }

    record Alternative(String id, String value, String label) {
    }

    @GetMapping("/book/details")
    ModelAndView details(@RequestParam(required = false) String appointmentTypeId,
            @RequestParam(required = false) String practitionerId, @RequestParam(required = false) String start,
            @RequestParam(required = false) String source, @RequestParam(required = false) String anyone) {
        BookingForm form = BookingForm.blank(appointmentTypeId, practitionerId, start, PageLinks.source(source),
                "true".equals(anyone), newKey());
        WantedVisit wanted = wanted(form);
        ModelAndView page = page(form, wanted, Map.of());
        // A stale link or a slow patient: say so now rather than after the form is filled in.
        if (!availability.isFree(wanted.type(), wanted.practitioner().id(), wanted.start().toInstant(),
                Availability.Booker.PATIENT)) {
            offerOtherTimes(page, form, wanted);
        }
        return page;
    }

    @PostMapping("/book/details")
    ModelAndView submit(@ModelAttribute BookingForm sent, HttpServletRequest http, HttpServletResponse response) {
        BookingForm form = sent.withChosenSlot();
        WantedVisit wanted = wanted(form);
        if (form.idempotencyKey() == null || form.idempotencyKey().isBlank()) {
            throw WantedVisit.badRequest();
        }
        BookingForm sameKey = form.retry(wanted.practitioner().id(), form.start(), form.idempotencyKey());
        try {
            limits.bookingFrom(http);
        } catch (TooManyRequests e) {
            metrics.onlineBookingRateLimited();
            return rateLimited.show(page(sameKey, wanted, Map.of()), e, response);
        }
        BookingRequest request = form.toRequest(wanted.type().id(), wanted.practitioner().id(), wanted.start());
        Map<String, String> errors = BookingForm.errors(validator.validate(request));
        if (errors == null) {
            throw WantedVisit.badRequest();
        }
        BookingForm again = form.retry(wanted.practitioner().id(), form.start(), newKey());
        if (!errors.isEmpty()) {
            return withStatus(page(again, wanted, errors), HttpStatus.BAD_REQUEST);
        }
        try {
            BookingCommand command = requests.online(request);
            limits.bookingFor(request.patient().email(), request.patient().phone());
            var outcome = booking.book(form.idempotencyKey(), "online", request, command);
            access.grant(response, outcome.reference(), outcome.manageToken());
            return PageLinks.seeOther("/book/confirmed/" + outcome.reference());
        } catch (TooManyRequests e) {
            metrics.onlineBookingRateLimited();
            return rateLimited.show(page(sameKey, wanted, Map.of()), e, response);
        } catch (ApiProblemException e) {
            return failed(e, again, wanted);
        }
    }

    private ModelAndView failed(ApiProblemException e, BookingForm again, WantedVisit wanted) {
        ModelAndView page = page(again, wanted, Map.of());
        if (OnlineBookingCap.isReached(e)) {
            return withStatus(page.addObject("tooManyBookings", cap.max()), HttpStatus.CONFLICT);
        }
        if (e.getStatusCode().value() == HttpStatus.CONFLICT.value()) {
            if (BookAppointment.isSlotTaken(e)) {
                offerOtherTimes(page, again, wanted);
            } else {
                // The key of this form was used with other details: a form from the back button, edited.
                page.addObject("problem", "This form was already sent once with other details. Check them and "
                        + "confirm again to make this booking.");
            }
            return withStatus(page, HttpStatus.CONFLICT);
        }
        Object problems = e.getBody().getProperties() == null ? null : e.getBody().getProperties().get("errors");
        if (!(problems instanceof List<?> list) || list.isEmpty()) {
            throw WantedVisit.badRequest();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (Object problem : list) {
            String field = problem instanceof ApiProblemException.FieldProblem p ? BookingForm.visibleField(p.field())
                    : null;
            if (field == null) {
                throw WantedVisit.badRequest();
            }
            errors.put(field, BookingForm.apiMessage(field));
        }
        return withStatus(page(again, wanted, errors), HttpStatus.BAD_REQUEST);
    }

    private ModelAndView page(BookingForm form, WantedVisit wanted, Map<String, String> errors) {
        ModelAndView page = new ModelAndView("book/details");
        page.addObject("form", form);
        page.addObject("errors", new LinkedHashMap<>(errors));
        page.addObject("type", wanted.type());
        page.addObject("practitioner", wanted.practitioner().displayName());
        page.addObject("when", times.full(wanted.start().toInstant()));
        page.addObject("zoneName", times.zoneName());
        page.addObject("changeTime", link("/book", "appointmentTypeId", wanted.type().id(),
                "practitionerId", form.anyPractitioner() ? null : wanted.practitioner().id(),
                "source", form.source(), "week", times.day(wanted.start().toInstant())));
        return page;
    }

    /** The nearest free times of the same type: anyone's if the patient let us choose, else the same person's. */
    private void offerOtherTimes(ModelAndView page, BookingForm form, WantedVisit wanted) {
        List<UUID> practitioners = form.anyPractitioner() ? wanted.type().practitionerIds()
                : List.of(wanted.practitioner().id());
        var slots = slotWeeks.nearest(wanted.type(), practitioners, wanted.start().toInstant(), ALTERNATIVES);
        page.addObject("slotTaken", true);
        page.addObject("alternatives", slots.stream().map(s -> new Alternative("slot-" + s.start().getEpochSecond(),
                times.iso(s.start()) + "|" + s.practitionerId(), times.dayAndTime(s.start())
                        + (form.anyPractitioner() ? ", with " + catalogue.practitioner(s.practitionerId())
                        .map(Practitioner::displayName).orElse("") : ""))).toList());
    }

    private WantedVisit wanted(BookingForm form) {
        return WantedVisit.read(catalogue, form.appointmentTypeId(), form.practitionerId(), form.start());
    }

    private static ModelAndView withStatus(ModelAndView page, HttpStatus status) {
        page.setStatus(status);
        return page;
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }
}
