package org.clinic.booking.appointment;

import static org.clinic.booking.appointment.PageLinks.link;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.clinic.booking.catalogue.AppointmentType;
import org.clinic.booking.catalogue.Catalogue;
import org.clinic.booking.catalogue.Practitioner;
import org.clinic.booking.clinic.ClinicProperties;
import org.clinic.booking.ratelimit.RateLimits;
import org.clinic.booking.ratelimit.TooManyRequests;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /manage/{reference}/reschedule}: the booking page's slot picker for the same type (the same practitioner
 * first, or anyone), then a page that confirms the move with a POST. Links never change anything. Each request counts
 * against the client's manage limit, as on {@link ManagePages}.
 */
@Controller
class ReschedulePages {

    private static final int ALTERNATIVES = 6;

    private final ManageAccess access;
    private final VisitView.Factory visits;
    private final SlotWeeks slotWeeks;
    private final Catalogue catalogue;
    private final ClinicTimes times;
    private final RescheduleAppointment rescheduleAppointment;
    private final ClinicProperties clinic;
    private final RateLimits limits;
    private final RateLimitedPages rateLimited;

    ReschedulePages(ManageAccess access, VisitView.Factory visits, SlotWeeks slotWeeks, Catalogue catalogue,
            ClinicTimes times, RescheduleAppointment rescheduleAppointment, ClinicProperties clinic,
            RateLimits limits, RateLimitedPages rateLimited) {
        this.access = access;
        this.visits = visits;
        this.slotWeeks = slotWeeks;
        this.catalogue = catalogue;
        this.times = times;
        this.rescheduleAppointment = rescheduleAppointment;
        this.clinic = clinic;
        this.limits = limits;
        this.rateLimited = rateLimited;
    }

    /** {@code practitionerId}: a practitioner, "any", or none for the appointment's own practitioner. */
    @GetMapping("/manage/{reference}/reschedule")
    ModelAndView choose(@PathVariable String reference, @RequestParam(required = false) String practitionerId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
            HttpServletRequest request) {
        String ref = ManageAccess.reference(reference);
        limits.manageFrom(request);
        Appointment appointment = access.require(request, ref);
        VisitView visit = visits.of(appointment);
        if (!visit.canReschedule()) {
            return visitPage(visit, null);
        }
        return picker(appointment, visit, practitionerId, week);
    }

    @GetMapping("/manage/{reference}/reschedule/confirm")
    ModelAndView confirm(@PathVariable String reference, @RequestParam(required = false) String start,
            @RequestParam(required = false) String practitionerId, HttpServletRequest request) {
        String ref = ManageAccess.reference(reference);
        limits.manageFrom(request);
        Appointment appointment = access.require(request, ref);
        VisitView visit = visits.of(appointment);
        if (!visit.canReschedule()) {
            return visitPage(visit, null);
        }
        return confirmPage(visit, practitioner(appointment, practitionerId), WantedVisit.start(start).toInstant());
    }

    @PostMapping("/manage/{reference}/reschedule")
    ModelAndView reschedule(@PathVariable String reference, @RequestParam(required = false) String start,
            @RequestParam(required = false) String practitionerId, HttpServletRequest request,
            HttpServletResponse response) {
        String ref = ManageAccess.reference(reference);
        limits.manageFrom(request);
        Appointment appointment = access.require(request, ref);
        Practitioner practitioner = practitioner(appointment, practitionerId);
        Instant at = WantedVisit.start(start).toInstant();
        try {
            limits.manageChangeFor(appointment.email(), appointment.phone());
            // The token rides along so the confirmation of the new time can carry the manage link again.
            rescheduleAppointment.byPatient(appointment, at, practitioner.id(),
                    access.token(request, ref).orElseThrow());
            return PageLinks.seeOther("/manage/" + ref + "?changed=rescheduled");
        } catch (TooManyRequests e) {
            return rateLimited.show(confirmPage(visits.of(appointment), practitioner, at), e, response);
        } catch (ApiProblemException e) {
            Appointment now = access.require(request, ref);
            ModelAndView page;
            if (BookAppointment.isSlotTaken(e)) {
                page = picker(now, visits.of(now), practitionerId, times.day(at));
                AppointmentType type = catalogue.appointmentType(now.appointmentTypeId()).orElseThrow();
                page.addObject("slotTaken", true).addObject("alternatives",
                        slotWeeks.nearest(type, List.of(practitioner.id()), at, ALTERNATIVES).stream()
                                .map(s -> new SlotWeeks.SlotLink(times.time(s.start()), times.dayAndTime(s.start()),
                                        confirmLink(ref, s.start(), s.practitionerId()))).toList());
            } else {
                page = visitPage(visits.of(now), VisitView.problem(e));
            }
            page.setStatus(HttpStatus.CONFLICT);
            return page;
        }
    }

    private ModelAndView confirmPage(VisitView visit, Practitioner practitioner, Instant at) {
        return new ModelAndView("manage/reschedule-confirm").addObject("visit", visit)
                .addObject("newWhen", times.full(at)).addObject("newPractitioner", practitioner.displayName())
                .addObject("start", times.iso(at)).addObject("practitionerId", practitioner.id())
                .addObject("zoneName", times.zoneName());
    }

    private ModelAndView picker(Appointment appointment, VisitView visit, String practitionerId, LocalDate week) {
        AppointmentType type = catalogue.appointmentType(appointment.appointmentTypeId()).orElseThrow();
        UUID chosen = "any".equals(practitionerId) ? null : practitioner(appointment, practitionerId).id();
        String base = "/manage/" + appointment.reference() + "/reschedule";
        String choice = chosen == null ? "any" : chosen.equals(appointment.practitionerId()) ? null : chosen.toString();
        List<BookPages.Choice> choices = new ArrayList<>();
        choices.add(new BookPages.Choice("Anyone", link(base, "practitionerId", "any"), chosen == null));
        catalogue.practitioners().stream().filter(p -> type.offeredBy(p.id())).forEach(p -> choices.add(
                new BookPages.Choice(p.displayName(), link(base, "practitionerId", p.id()), p.id().equals(chosen))));
        return new ModelAndView("manage/reschedule").addObject("visit", visit).addObject("practitioners", choices)
                .addObject("zone", times.zone().getId()).addObject("zoneName", times.zoneName())
                .addObject("week", slotWeeks.week(type, chosen == null ? type.practitionerIds() : List.of(chosen),
                        week, monday -> link(base, "practitionerId", choice, "week", monday),
                        slot -> confirmLink(appointment.reference(), slot.start(), slot.practitionerId())));
    }

    private String confirmLink(String reference, Instant start, UUID practitionerId) {
        return link("/manage/" + reference + "/reschedule/confirm", "start", times.iso(start),
                "practitionerId", practitionerId);
    }

    /** The one asked for if they offer this visit's type, else the appointment's own practitioner. */
    private Practitioner practitioner(Appointment appointment, String practitionerId) {
        AppointmentType type = catalogue.appointmentType(appointment.appointmentTypeId()).orElseThrow();
        UUID id = practitionerId == null || practitionerId.isBlank() ? appointment.practitionerId()
                : WantedVisit.uuid(practitionerId);
        return catalogue.practitioner(id).filter(p -> type.offeredBy(p.id()))
                .orElseThrow(WantedVisit::badRequest);
    }

    private ModelAndView visitPage(VisitView visit, String problem) {
        return new ModelAndView("manage/visit").addObject("visit", visit).addObject("policy", clinic.policy())
                .addObject("problem", problem);
    }
}
