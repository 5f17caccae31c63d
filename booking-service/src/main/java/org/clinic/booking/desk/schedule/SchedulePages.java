package org.clinic.booking.desk.schedule;

import org.clinic.booking.appointment.PageLinks;
import static org.clinic.booking.appointment.PageLinks.link;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clinic.booking.appointment.Appointment;
import org.clinic.booking.appointment.Appointments;
import org.clinic.booking.catalogue.Catalogue;
import org.clinic.booking.catalogue.Practitioner;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /desk}: the clinic's day, practitioners as columns; {@code /desk/week}: one practitioner's week. A free cell
 * books a caller there, or (in move mode, {@code &move=<appointment id>}) moves that appointment there. htmx asks
 * for the grid alone ({@code HX-Target: schedule-grid}) when {@link ScheduleVersions} says it changed.
 */
@Controller
class SchedulePages {

    private final ScheduleGrids grids;
    private final ScheduleVersions versions;
    private final Catalogue catalogue;
    private final Appointments appointments;
    private final DeskTimes times;

    SchedulePages(ScheduleGrids grids, ScheduleVersions versions, Catalogue catalogue, Appointments appointments,
            DeskTimes times) {
        this.grids = grids;
        this.versions = versions;
        this.catalogue = catalogue;
        this.appointments = appointments;
        this.times = times;
    }

    @GetMapping("/desk")
    ModelAndView day(@RequestParam(required = false) String date, @RequestParam(required = false) String move,
            @RequestHeader(name = "HX-Target", required = false) String target) {
        LocalDate day = times.parseDay(date);
        LocalDate shown = day == null ? times.today() : day;
        Optional<Appointment> moving = moving(move);
        List<GridColumn> columns = catalogue.practitioners().stream().map(p -> new GridColumn(shown, p.id(), p.name(),
                p.title(), link("/desk/week", "practitionerId", p.id(), "date", shown), p.name())).toList();
        var loaded = moving.isPresent()
                ? grids.load(columns, shown, shown, null, "Move here:", (c, start) -> link(
                        DeskLinks.panel(moving.get().id()) + "/reschedule", "practitionerId", c.practitionerId(),
                        "start", times.iso(start)))
                : grids.load(columns, shown, shown, null, "Book", (c, start) -> link("/desk/book",
                        "practitionerId", c.practitionerId(), "start", times.iso(start)));
        String self = link("/desk", "date", shown, "move", moving.map(Appointment::id).orElse(null));
        var page = page("schedule-grid".equals(target) ? "desk/schedule-parts :: grid" : "desk/schedule", loaded, self)
                .addObject("heading", times.day(shown)).addObject("date", shown)
                .addObject("today", link("/desk", "move", move)).addObject("isToday", shown.equals(times.today()))
                .addObject("previous", link("/desk", "date", shown.minusDays(1), "move", move))
                .addObject("next", link("/desk", "date", shown.plusDays(1), "move", move))
                .addObject("version", versions.link(shown, 1, null))
                .addObject("moving", moving.orElse(null)).addObject("badRequest", day == null);
        if (day == null) {
            page.setStatus(HttpStatus.BAD_REQUEST);
        }
        return page;
    }

    @GetMapping("/desk/week")
    ModelAndView week(@RequestParam(required = false) String practitionerId,
            @RequestParam(required = false) String date,
            @RequestHeader(name = "HX-Target", required = false) String target) {
        LocalDate day = times.parseDay(date);
        Practitioner practitioner = practitioner(practitionerId);
        if (practitioner == null || day == null) {
            ModelAndView fallback = day(date, null, null).addObject("badRequest", true);
            fallback.setStatus(HttpStatus.BAD_REQUEST);
            return fallback;
        }
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        List<GridColumn> columns = monday.datesUntil(monday.plusDays(7)).map(d -> new GridColumn(d,
                practitioner.id(), times.shortDay(d), d.equals(times.today()) ? "Today" : "", link("/desk", "date", d),
                practitioner.name())).toList();
        var loaded = grids.load(columns, monday, monday.plusDays(6), practitioner.id(), "Book",
                (c, start) -> link("/desk/book", "practitionerId", c.practitionerId(), "start", times.iso(start)));
        String self = link("/desk/week", "practitionerId", practitioner.id(), "date", monday);
        return page("schedule-grid".equals(target) ? "desk/schedule-parts :: grid" : "desk/week", loaded, self)
                .addObject("practitioner", practitioner).addObject("date", day)
                .addObject("heading", practitioner.name() + ", week of " + times.day(monday))
                .addObject("today", link("/desk/week", "practitionerId", practitioner.id()))
                .addObject("previous", link("/desk/week", "practitionerId", practitioner.id(), "date", monday.minusDays(7)))
                .addObject("next", link("/desk/week", "practitionerId", practitioner.id(), "date", monday.plusDays(7)))
                .addObject("dayView", link("/desk", "date", day))
                .addObject("version", versions.link(monday, 7, practitioner.id()));
    }

    private ModelAndView page(String view, ScheduleGrids.Loaded loaded, String self) {
        return new ModelAndView(view).addObject("grid", loaded.grid()).addObject("cancelled", loaded.cancelled())
                .addObject("self", self);
    }

    /** The appointment being moved, while it can still move; a stale or foreign move parameter is ignored. */
    private Optional<Appointment> moving(String move) {
        try {
            return move == null || move.isBlank() ? Optional.empty()
                    : appointments.findById(UUID.fromString(move.strip())).filter(a -> a.status().isChangeable());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Practitioner practitioner(String id) {
        try {
            return id == null ? null : catalogue.practitioner(UUID.fromString(id.strip())).orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
