package org.clinic.booking.desk.visit;

import org.clinic.booking.appointment.PageLinks;
import static org.clinic.booking.desk.schedule.DeskLinks.panel;
import static org.clinic.booking.appointment.PageLinks.seeOther;
import static org.clinic.booking.desk.visit.VisitPanelPages.find;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.clinic.booking.appointment.Appointment;
import org.clinic.booking.appointment.CancelAppointment;
import org.clinic.booking.appointment.RescheduleAppointment;
import org.clinic.booking.catalogue.Catalogue;
import org.clinic.booking.catalogue.Practitioner;
import org.clinic.booking.desk.schedule.DeskLinks;
import org.clinic.booking.desk.schedule.DeskTimes;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Cancelling (a confirm step with the reason) and moving (a confirm page reached from a free cell in move mode).
 * Links never change anything; each change is a POST followed by a redirect.
 */
@Controller
class VisitChangePages {

    static final int MAX_REASON = 500;

    private final VisitPanels panels;
    private final CancelAppointment cancelAppointment;
    private final RescheduleAppointment rescheduleAppointment;
    private final Catalogue catalogue;
    private final DeskTimes times;

    VisitChangePages(VisitPanels panels, CancelAppointment cancelAppointment,
            RescheduleAppointment rescheduleAppointment, Catalogue catalogue, DeskTimes times) {
        this.panels = panels;
        this.cancelAppointment = cancelAppointment;
        this.rescheduleAppointment = rescheduleAppointment;
        this.catalogue = catalogue;
        this.times = times;
    }

    @GetMapping("/desk/appointments/{id}/cancel")
    ModelAndView confirmCancel(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx) {
        return cancelForm(htmx, panels.of(find(panels, id)), "", null, HttpStatus.OK);
    }

    @PostMapping("/desk/appointments/{id}/cancel")
    ModelAndView cancel(@PathVariable String id, @RequestParam(required = false) String reason,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        Appointment appointment = find(panels, id);
        String given = reason == null ? "" : reason.strip();
        if (given.isEmpty() || given.length() > MAX_REASON) {
            return cancelForm(htmx, panels.of(appointment), given, given.isEmpty()
                    ? "Enter why the appointment is cancelled." : "Keep the reason under 500 characters.",
                    HttpStatus.BAD_REQUEST);
        }
        try {
            cancelAppointment.byStaff(appointment, given);
            return seeOther(panel(appointment.id()) + "?changed=cancelled");
        } catch (ApiProblemException e) {
            return VisitPanelPages.problem(htmx, panels.of(find(panels, id)), HttpStatus.CONFLICT,
                    e.getBody().getDetail());
        }
    }

    @GetMapping("/desk/appointments/{id}/reschedule")
    ModelAndView confirmMove(@PathVariable String id, @RequestParam(required = false) String practitionerId,
            @RequestParam(required = false) String start) {
        return moveForm(find(panels, id), practitionerId, start, null, HttpStatus.OK);
    }

    @PostMapping("/desk/appointments/{id}/reschedule")
    ModelAndView move(@PathVariable String id, @RequestParam(required = false) String practitionerId,
            @RequestParam(required = false) String start) {
        Appointment appointment = find(panels, id);
        Practitioner practitioner = practitioner(practitionerId);
        Instant at = instant(start);
        if (practitioner == null || at == null) {
            return moveForm(appointment, practitionerId, start, null, HttpStatus.BAD_REQUEST);
        }
        try {
            Appointment moved = rescheduleAppointment.byStaff(appointment, at, practitioner.id());
            return seeOther(PageLinks.link("/desk", "date", times.day(moved.start())) + "#appt-" + moved.id());
        } catch (ApiProblemException e) {
            return moveForm(find(panels, id), practitionerId, start, e.getBody().getDetail(), HttpStatus.CONFLICT);
        }
    }

    private ModelAndView cancelForm(String htmx, VisitPanel visit, String reason, String error, HttpStatus status) {
        var page = new ModelAndView(htmx != null ? "desk/appointment-cancel :: form" : "desk/appointment-cancel")
                .addObject("visit", visit).addObject("reason", reason).addObject("reasonError", error)
                .addObject("inDialog", htmx != null);
        page.setStatus(htmx != null ? HttpStatus.OK : status);
        return page;
    }

    /** The confirm page; a start or practitioner that cannot be read is a 400 with the way back to the grid. */
    private ModelAndView moveForm(Appointment appointment, String practitionerId, String start, String problem,
            HttpStatus status) {
        Practitioner practitioner = practitioner(practitionerId);
        Instant at = instant(start);
        var page = new ModelAndView("desk/appointment-reschedule").addObject("visit", panels.of(appointment))
                .addObject("problem", problem);
        if (practitioner == null || at == null) {
            page.addObject("unreadable", true);
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        page.addObject("newWhen", times.full(at)).addObject("newPractitioner", practitioner.displayName())
                .addObject("practitionerId", practitioner.id()).addObject("start", times.iso(at))
                .addObject("sameDayMove", PageLinks.link("/desk", "date", times.day(at), "move", appointment.id()));
        page.setStatus(status);
        return page;
    }

    private Practitioner practitioner(String id) {
        try {
            return id == null ? null : catalogue.practitioner(UUID.fromString(id.strip())).orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Instant instant(String start) {
        try {
            return start == null ? null : OffsetDateTime.parse(start.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
