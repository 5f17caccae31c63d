package org.clinic.booking.desk.hours;

import static org.clinic.booking.desk.hours.PractitionerHoursPages.seeOther;

import java.util.Map;
import java.util.UUID;
import org.clinic.booking.hours.ConflictsFound;
import org.clinic.booking.hours.RecordTimeOff;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Time off on the practitioner's hours page: recorded only after bookings inside it were shown and "apply anyway"
 * was chosen; removed after a confirming page (which works without JavaScript).
 */
@Controller
class TimeOffPages {

    private final PractitionerPage pages;
    private final RecordTimeOff recordTimeOff;
    private final HoursTimes times;

    TimeOffPages(PractitionerPage pages, RecordTimeOff recordTimeOff, HoursTimes times) {
        this.pages = pages;
        this.recordTimeOff = recordTimeOff;
        this.times = times;
    }

    @PostMapping("/desk/hours/{practitionerId}/time-off")
    ModelAndView record(@PathVariable UUID practitionerId, @ModelAttribute TimeOffForm form,
            @RequestParam(defaultValue = "false") boolean force) {
        pages.practitioner(practitionerId);
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            return pages.invalid(practitionerId, errors).addObject("offForm", form);
        }
        try {
            var recorded = recordTimeOff.record(practitionerId, form.start(times.zone()), form.end(times.zone()),
                    form.reason(), force);
            return seeOther(PractitionerPage.base(practitionerId) + "?changed=time-off&timeOff="
                    + recorded.timeOff().id());
        } catch (ConflictsFound e) {
            var prompt = ConflictPrompt.beforeApplying("this time off", e.conflicts(), times,
                    PractitionerPage.base(practitionerId) + "/time-off", form.fields());
            return pages.conflicting(practitionerId, prompt).addObject("offForm", form);
        } catch (ApiProblemException e) {
            if (!FormErrors.isInvalidInput(e)) {
                throw e;
            }
            return pages.invalid(practitionerId, FormErrors.of(e, TimeOffForm::error)).addObject("offForm", form);
        }
    }

    @GetMapping("/desk/hours/{practitionerId}/time-off/{timeOffId}/remove")
    ModelAndView confirmRemoval(@PathVariable UUID practitionerId, @PathVariable UUID timeOffId) {
        var entry = recordTimeOff.upcoming(practitionerId).stream().filter(t -> t.id().equals(timeOffId))
                .findFirst().orElseThrow(() -> ApiProblemException.notFound("No such time off."));
        String who = pages.practitioner(practitionerId).name();
        return new ModelAndView("desk/hours-remove")
                .addObject("title", "Remove this time off?")
                .addObject("what", who + ": " + times.period(entry.start(), entry.end())
                        + (entry.reason().isBlank() ? "" : " (" + entry.reason() + ")"))
                .addObject("consequence", "Online booking offers these times again at once.")
                .addObject("action", PractitionerPage.base(practitionerId) + "/time-off/" + timeOffId + "/remove")
                .addObject("back", PractitionerPage.base(practitionerId) + "#time-off");
    }

    @PostMapping("/desk/hours/{practitionerId}/time-off/{timeOffId}/remove")
    ModelAndView remove(@PathVariable UUID practitionerId, @PathVariable UUID timeOffId) {
        recordTimeOff.remove(practitionerId, timeOffId);
        return seeOther(PractitionerPage.base(practitionerId) + "?changed=time-off-removed");
    }
}
