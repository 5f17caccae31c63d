package org.clinic.booking.desk.hours;

import java.util.Map;
import java.util.UUID;
import org.clinic.booking.hours.ConflictsFound;
import org.clinic.booking.hours.EditWorkingHours;
import org.clinic.booking.hours.RecordTimeOff;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * {@code /desk/hours/{practitionerId}}: one practitioner's week and time off. Saving the week checks first: hours that
 * leave bookings outside come back as a 409 with the list and an "apply anyway" form; nothing is stored until then.
 * Time off: {@link TimeOffPages}.
 */
@Controller
class PractitionerHoursPages {

    private final PractitionerPage pages;
    private final EditWorkingHours editWorkingHours;
    private final RecordTimeOff recordTimeOff;
    private final HoursTimes times;

    PractitionerHoursPages(PractitionerPage pages, EditWorkingHours editWorkingHours, RecordTimeOff recordTimeOff,
            HoursTimes times) {
        this.pages = pages;
        this.editWorkingHours = editWorkingHours;
        this.recordTimeOff = recordTimeOff;
        this.times = times;
    }

    /** {@code changed} says what the last post did; after a forced change the patients to call stay listed. */
    @GetMapping("/desk/hours/{practitionerId}")
    ModelAndView show(@PathVariable UUID practitionerId, @RequestParam(required = false) String changed,
            @RequestParam(required = false) UUID timeOff) {
        ModelAndView page = pages.page(practitionerId);
        switch (changed == null ? "" : changed) {
            case "hours" -> page.addObject("notice", "Weekly hours saved.").addObject("conflicts",
                    ConflictPrompt.toCall(editWorkingHours.upcomingOutsideHours(practitionerId), times));
            case "time-off" -> page.addObject("notice", "Time off recorded.").addObject("conflicts",
                    timeOff == null ? null
                            : ConflictPrompt.toCall(recordTimeOff.conflictsOf(practitionerId, timeOff), times));
            case "time-off-removed" -> page.addObject("notice", "Time off removed.");
            default -> { }
        }
        return page;
    }

    @PostMapping("/desk/hours/{practitionerId}")
    ModelAndView saveWeek(@PathVariable UUID practitionerId, @RequestParam Map<String, String> form,
            @RequestParam(defaultValue = "false") boolean force) {
        pages.practitioner(practitionerId);
        WeekForm week = WeekForm.from(form);
        Map<String, String> missing = week.missingTimes();
        if (!missing.isEmpty()) {
            return pages.invalid(practitionerId, missing).addObject("week", week);
        }
        try {
            editWorkingHours.change(practitionerId, week.inputs(), force);
            return seeOther(PractitionerPage.base(practitionerId) + "?changed=hours");
        } catch (ConflictsFound e) {
            var prompt = ConflictPrompt.beforeApplying("these working hours", e.conflicts(), times,
                    PractitionerPage.base(practitionerId), week.fields());
            return pages.conflicting(practitionerId, prompt).addObject("week", week);
        } catch (ApiProblemException e) {
            if (!FormErrors.isInvalidInput(e)) {
                throw e;
            }
            return pages.invalid(practitionerId, FormErrors.of(e, week::error)).addObject("week", week);
        }
    }

    /** After a form that changed something: 303, so reloading the next page does not send the form again. */
    static ModelAndView seeOther(String path) {
        RedirectView redirect = new RedirectView(path);
        redirect.setStatusCode(org.springframework.http.HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }
}
