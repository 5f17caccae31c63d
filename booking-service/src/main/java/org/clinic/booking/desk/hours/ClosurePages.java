package org.clinic.booking.desk.hours;

import static org.clinic.booking.desk.hours.PractitionerHoursPages.seeOther;

import java.util.Map;
import java.util.UUID;
import org.clinic.booking.hours.CloseClinic;
import org.clinic.booking.hours.Closure;
import org.clinic.booking.hours.ConflictsFound;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** {@code /desk/hours/closures}: whole days the clinic is shut, checked against bookings like time off. */
@Controller
class ClosurePages {

    static final String PATH = "/desk/hours/closures";

    record ClosureRow(String days, String reason, String recordedBy, String removeHref) {
    }

    private final CloseClinic closeClinic;
    private final HoursTimes times;

    ClosurePages(CloseClinic closeClinic, HoursTimes times) {
        this.closeClinic = closeClinic;
        this.times = times;
    }

    @GetMapping(PATH)
    ModelAndView show(@RequestParam(required = false) String changed, @RequestParam(required = false) UUID closure) {
        ModelAndView page = page();
        if ("closed".equals(changed)) {
            page.addObject("notice", "Closure recorded.").addObject("conflicts",
                    closure == null ? null : ConflictPrompt.toCall(closeClinic.conflictsOf(closure), times));
        } else if ("reopened".equals(changed)) {
            page.addObject("notice", "Closure removed: those days are open again.");
        }
        return page;
    }

    @PostMapping(PATH)
    ModelAndView close(@ModelAttribute ClosureForm form, @RequestParam(defaultValue = "false") boolean force) {
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            return page(form, errors, HttpStatus.BAD_REQUEST);
        }
        try {
            var recorded = closeClinic.close(form.first(), form.last(), form.reason(), force);
            return seeOther(PATH + "?changed=closed&closure=" + recorded.closure().id());
        } catch (ConflictsFound e) {
            return page(form, Map.of(), HttpStatus.CONFLICT).addObject("conflicts",
                    ConflictPrompt.beforeApplying("this closure", e.conflicts(), times, PATH, form.fields()));
        } catch (ApiProblemException e) {
            if (!FormErrors.isInvalidInput(e)) {
                throw e;
            }
            return page(form, FormErrors.of(e, ClosureForm::error), HttpStatus.BAD_REQUEST);
        }
    }

    @GetMapping(PATH + "/{closureId}/remove")
    ModelAndView confirmRemoval(@PathVariable UUID closureId) {
        Closure closure = closeClinic.upcoming().stream().filter(c -> c.id().equals(closureId)).findFirst()
                .orElseThrow(() -> ApiProblemException.notFound("No such closure."));
        return new ModelAndView("desk/hours-remove")
                .addObject("title", "Open the clinic again on these days?")
                .addObject("what", times.days(closure.firstDay(), closure.lastDay())
                        + (closure.reason().isBlank() ? "" : " (" + closure.reason() + ")"))
                .addObject("consequence", "Online booking offers these days again at once, within working hours.")
                .addObject("action", PATH + "/" + closureId + "/remove")
                .addObject("back", PATH);
    }

    @PostMapping(PATH + "/{closureId}/remove")
    ModelAndView reopen(@PathVariable UUID closureId) {
        closeClinic.reopen(closureId);
        return seeOther(PATH + "?changed=reopened");
    }

    private ModelAndView page() {
        return page(ClosureForm.empty(), Map.of(), HttpStatus.OK);
    }

    private ModelAndView page(ClosureForm form, Map<String, String> errors, HttpStatus status) {
        var closures = closeClinic.upcoming().stream().map(c -> new ClosureRow(times.days(c.firstDay(), c.lastDay()),
                c.reason(), c.createdBy(), PATH + "/" + c.id() + "/remove")).toList();
        ModelAndView page = new ModelAndView("desk/hours-closures").addObject("closures", closures)
                .addObject("form", form).addObject("errors", errors).addObject("zoneName", times.zoneName());
        page.setStatus(status);
        return page;
    }
}
