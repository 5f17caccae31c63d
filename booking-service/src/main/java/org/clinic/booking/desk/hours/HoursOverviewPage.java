package org.clinic.booking.desk.hours;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clinic.booking.catalogue.Catalogue;
import org.clinic.booking.hours.CloseClinic;
import org.clinic.booking.hours.EditWorkingHours;
import org.clinic.booking.slot.WorkingInterval;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/** {@code /desk/hours}: every practitioner's week at a glance, and the clinic's coming closures. */
@Controller
class HoursOverviewPage {

    record PractitionerRow(String name, String title, List<String> week, String href) {
    }

    private final Catalogue catalogue;
    private final EditWorkingHours editWorkingHours;
    private final CloseClinic closeClinic;
    private final HoursTimes times;

    HoursOverviewPage(Catalogue catalogue, EditWorkingHours editWorkingHours, CloseClinic closeClinic,
            HoursTimes times) {
        this.catalogue = catalogue;
        this.editWorkingHours = editWorkingHours;
        this.closeClinic = closeClinic;
        this.times = times;
    }

    @GetMapping("/desk/hours")
    ModelAndView overview() {
        var practitioners = catalogue.practitioners().stream().map(p -> new PractitionerRow(p.displayName(),
                p.title(), summary(editWorkingHours.current(p.id())), PractitionerPage.base(p.id()))).toList();
        var closures = closeClinic.upcoming().stream().map(c -> new ClosurePages.ClosureRow(
                times.days(c.firstDay(), c.lastDay()), c.reason(), c.createdBy(), null)).toList();
        return new ModelAndView("desk/hours").addObject("practitioners", practitioners)
                .addObject("closures", closures).addObject("zoneName", times.zoneName());
    }

    /** One line per working day: "Mon 9:00 AM–12:30 PM, 1:30 PM–5:00 PM"; days without hours are left out. */
    static List<String> summary(List<WorkingInterval> week) {
        List<String> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            var intervals = week.stream().filter(i -> i.dayOfWeek() == day)
                    .map(i -> i.start().format(HoursTimes.TIME) + "–" + i.end().format(HoursTimes.TIME)).toList();
            if (!intervals.isEmpty()) {
                days.add(day.getDisplayName(TextStyle.SHORT, Locale.US) + " " + String.join(", ", intervals));
            }
        }
        return days;
    }
}
