package org.clinic.booking.appointment;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.clinic.booking.clinic.ClinicProperties;
import org.clinic.booking.ratelimit.RateLimits;
import org.clinic.booking.ratelimit.TooManyRequests;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /manage/{reference}}: the patient's own visit, reached from the email's link (see {@link ManageAccess} for
 * how the token gets here without a URL), with cancel behind a confirming form. Rescheduling: {@link ReschedulePages}.
 * Every request counts against the client address's manage limit before its cookie or code is even looked at, so
 * guessing is as slow as the limit; over it, {@link RateLimitedPages} answers (a page that shows an appointment is
 * never shown to a request that was not counted).
 */
@Controller
class ManagePages {

    private static final int MAX_REASON = 500;

    private final ManageAccess access;
    private final VisitView.Factory visits;
    private final CancelAppointment cancelAppointment;
    private final AppointmentCalendar calendar;
    private final ClinicProperties clinic;
    private final RateLimits limits;
    private final RateLimitedPages rateLimited;

    ManagePages(ManageAccess access, VisitView.Factory visits, CancelAppointment cancelAppointment,
            AppointmentCalendar calendar, ClinicProperties clinic, RateLimits limits, RateLimitedPages rateLimited) {
        this.access = access;
        this.visits = visits;
        this.cancelAppointment = cancelAppointment;
        this.calendar = calendar;
        this.clinic = clinic;
        this.limits = limits;
        this.rateLimited = rateLimited;
    }

    /** The visit for a browser holding its cookie; otherwise the form that sends the link's token (booking.js). */
    @GetMapping("/manage/{reference}")
    ModelAndView visit(@PathVariable String reference, @RequestParam(required = false) String changed,
            HttpServletRequest request) {
        String ref = ManageAccess.reference(reference);
        limits.manageFrom(request);
        return access.fromCookie(request, ref)
                .map(a -> visitPage(a, null).addObject("changed", changed))
                .orElseGet(() -> new ModelAndView("manage/token").addObject("reference", ref));
    }

    @PostMapping("/manage/{reference}")
    ModelAndView open(@PathVariable String reference, @RequestParam(required = false) String token,
            HttpServletRequest request, HttpServletResponse response) {
        String ref = ManageAccess.reference(reference);
        try {
            limits.manageFrom(request);
        } catch (TooManyRequests e) {
            // The form again, without the code: a page never writes a manage token back.
            return rateLimited.show(new ModelAndView("manage/token").addObject("reference", ref), e, response);
        }
        String code = linkCode(token);
        access.withToken(ref, code).orElseThrow(ManageAccess::notFound);
        access.grant(response, ref, code);
        return PageLinks.seeOther("/manage/" + ref);
    }

    @GetMapping("/manage/{reference}/calendar.ics")
    ResponseEntity<String> calendar(@PathVariable String reference, HttpServletRequest request) {
        limits.manageFrom(request);
        Appointment appointment = access.require(request, ManageAccess.reference(reference));
        String file = "appointment-" + appointment.reference() + ".ics";
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .contentType(MediaType.parseMediaType("text/calendar; charset=utf-8"))
                .body(calendar.of(appointment));
    }

    @GetMapping("/manage/{reference}/cancel")
    ModelAndView confirmCancel(@PathVariable String reference, HttpServletRequest request) {
        limits.manageFrom(request);
        Appointment appointment = access.require(request, ManageAccess.reference(reference));
        return new ModelAndView("manage/cancel").addObject("visit", visits.of(appointment));
    }

    @PostMapping("/manage/{reference}/cancel")
    ModelAndView cancel(@PathVariable String reference, @RequestParam(required = false) String reason,
            HttpServletRequest request, HttpServletResponse response) {
        String ref = ManageAccess.reference(reference);
        limits.manageFrom(request);
        Appointment appointment = access.require(request, ref);
        ModelAndView form = new ModelAndView("manage/cancel").addObject("visit", visits.of(appointment))
                .addObject("reason", reason);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > MAX_REASON) {
            form.addObject("reasonError", "Your reason can be at most " + MAX_REASON + " characters");
            form.setStatus(HttpStatus.BAD_REQUEST);
            return form;
        }
        try {
            limits.manageChangeFor(appointment.email(), appointment.phone());
            cancelAppointment.byPatient(appointment, why);
            return PageLinks.seeOther("/manage/" + appointment.reference() + "?changed=cancelled");
        } catch (TooManyRequests e) {
            return rateLimited.show(form, e, response);
        } catch (ApiProblemException e) {
            // Too late online, or already cancelled: say why, on the visit as it now stands.
            ModelAndView page = visitPage(access.require(request, appointment.reference()),
                    VisitView.problem(e));
            page.setStatus(HttpStatus.CONFLICT);
            return page;
        }
    }

    ModelAndView visitPage(Appointment appointment, String problem) {
        return new ModelAndView("manage/visit").addObject("visit", visits.of(appointment))
                .addObject("policy", clinic.policy()).addObject("problem", problem);
    }

    /** People paste the whole link as often as the code: take what follows "token=" if it is there. */
    private static String linkCode(String token) {
        if (token == null) {
            return null;
        }
        int at = token.indexOf("token=");
        return (at >= 0 ? token.substring(at + "token=".length()) : token).strip();
    }
}
