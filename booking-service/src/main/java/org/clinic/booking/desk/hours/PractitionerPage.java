package org.clinic.booking.desk.hours;

import java.util.Map;
import java.util.UUID;
import org.clinic.booking.catalogue.Catalogue;
import org.clinic.booking.catalogue.Practitioner;
import org.clinic.booking.hours.EditWorkingHours;
import org.clinic.booking.hours.RecordTimeOff;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Builds {@code desk/hours-practitioner}: the week form, upcoming time off and the time-off form. Each handler starts
 * from the stored state and puts back what it must show instead (typed values, errors, conflicts).
 */
@Component
class PractitionerPage {

    static final String VIEW = "desk/hours-practitioner";

    /** One stored time off as listed. */
    record TimeOffRow(UUID id, String period, String reason, String recordedBy, String removeHref) {
    }

    private final Catalogue catalogue;
    private final EditWorkingHours editWorkingHours;
    private final RecordTimeOff recordTimeOff;
    private final HoursTimes times;

    PractitionerPage(Catalogue catalogue, EditWorkingHours editWorkingHours, RecordTimeOff recordTimeOff,
            HoursTimes times) {
        this.catalogue = catalogue;
        this.editWorkingHours = editWorkingHours;
        this.recordTimeOff = recordTimeOff;
        this.times = times;
    }

    Practitioner practitioner(UUID id) {
        return catalogue.practitioner(id).orElseThrow(() -> ApiProblemException.notFound("No such practitioner."));
    }

    ModelAndView page(UUID id) {
        Practitioner practitioner = practitioner(id);
        var timeOff = recordTimeOff.upcoming(id).stream().map(t -> new TimeOffRow(t.id(),
                times.period(t.start(), t.end()), t.reason(), t.createdBy(),
                base(id) + "/time-off/" + t.id() + "/remove")).toList();
        return new ModelAndView(VIEW)
                .addObject("practitioner", practitioner)
                .addObject("base", base(id))
                .addObject("zoneName", times.zoneName())
                .addObject("week", WeekForm.of(editWorkingHours.current(id)))
                .addObject("timeOff", timeOff)
                .addObject("offForm", TimeOffForm.empty())
                .addObject("errors", Map.of());
    }

    ModelAndView invalid(UUID id, Map<String, String> errors) {
        ModelAndView page = page(id).addObject("errors", errors);
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

    ModelAndView conflicting(UUID id, ConflictPrompt conflicts) {
        ModelAndView page = page(id).addObject("conflicts", conflicts);
        page.setStatus(HttpStatus.CONFLICT);
        return page;
    }

    static String base(UUID id) {
        return "/desk/hours/" + id;
    }
}
