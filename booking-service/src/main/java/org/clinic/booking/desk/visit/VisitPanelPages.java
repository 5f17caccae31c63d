package org.clinic.booking.desk.visit;

import org.clinic.booking.appointment.PageLinks;
import org.clinic.booking.desk.schedule.DeskLinks;
import static org.clinic.booking.appointment.PageLinks.seeOther;


import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.clinic.booking.appointment.Appointment;
import org.clinic.booking.appointment.AppointmentStatus;
import org.clinic.booking.appointment.ChangeStatus;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /desk/appointments/{id}}: the appointment panel, a page of its own without JavaScript and a fragment in the
 * schedule's dialog with htmx. Status buttons post, then redirect back here with {@code ?changed=}, which tells an
 * htmx caller to refresh the grid ({@code HX-Trigger: schedule-changed}).
 */
@Controller
class VisitPanelPages {

    private static final Map<String, String> DONE = Map.of("arrived", "Marked as arrived.",
            "completed", "Marked as completed.", "no_show", "Marked as a no-show.", "cancelled", "Cancelled.");

    private final VisitPanels panels;
    private final ChangeStatus changeStatus;

    VisitPanelPages(VisitPanels panels, ChangeStatus changeStatus) {
        this.panels = panels;
        this.changeStatus = changeStatus;
    }

    @GetMapping("/desk/appointments/{id}")
    ModelAndView panel(@PathVariable String id, @RequestParam(required = false) String changed,
            @RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response) {
        Appointment appointment = find(panels, id);
        String done = changed == null ? null : DONE.get(changed);
        if (done != null && htmx != null) {
            response.setHeader("HX-Trigger", "schedule-changed");
        }
        return view(htmx, panels.of(appointment)).addObject("done", done);
    }

    @PostMapping("/desk/appointments/{id}/status")
    ModelAndView status(@PathVariable String id, @RequestParam(required = false) String status,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        Appointment appointment = find(panels, id);
        AppointmentStatus wanted = parse(status);
        if (wanted == null) {
            return problem(htmx, panels.of(appointment), HttpStatus.BAD_REQUEST, "Choose one of the buttons below.");
        }
        try {
            changeStatus.to(appointment, wanted);
            return seeOther(DeskLinks.panel(appointment.id()) + "?changed=" + wanted.name().toLowerCase(Locale.ROOT));
        } catch (ApiProblemException e) {
            // Someone else changed it meanwhile, or the move is not allowed: show what it is now and why.
            return problem(htmx, panels.of(find(panels, id)), HttpStatus.CONFLICT, e.getBody().getDetail());
        }
    }

    static Appointment find(VisitPanels panels, String id) {
        return panels.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The panel as a dialog fragment for htmx, or the whole page. */
    static ModelAndView view(String htmx, VisitPanel panel) {
        return new ModelAndView(htmx != null ? "desk/appointment :: panel" : "desk/appointment")
                .addObject("visit", panel).addObject("inDialog", htmx != null);
    }

    /**
     * The panel again with what went wrong. htmx does not swap 4xx answers, so it gets 200 and the message in the
     * dialog; a plain browser gets the real status.
     */
    static ModelAndView problem(String htmx, VisitPanel panel, HttpStatus status, String message) {
        ModelAndView page = view(htmx, panel).addObject("problem", message);
        page.setStatus(htmx != null ? HttpStatus.OK : status);
        return page;
    }

    private static AppointmentStatus parse(String status) {
        try {
            return status == null ? null : AppointmentStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
