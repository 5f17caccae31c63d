package org.clinic.booking.desk.caller;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Search as you type and the other parts of the new-booking form that htmx swaps in place. {@code /desk/patients}
 * is also a page of its own for browsers without JavaScript (a GET form whose results link to a new booking).
 */
@Controller
class PatientSearchPages {

    private final CallerPage page;

    PatientSearchPages(CallerPage page) {
        this.page = page;
    }

    @GetMapping("/desk/patients")
    ModelAndView search(@RequestParam(required = false) String q,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        boolean fragment = "true".equals(htmx);
        ModelAndView view = new ModelAndView(fragment ? "desk/patient-results :: results" : "desk/patients");
        view.addObject("q", q);
        view.addObject("results", page.search(q));
        view.addObject("searched", q != null && !q.isBlank());
        view.addObject("inForm", fragment);
        if (q != null && q.length() > 100) {
            view.setStatus(HttpStatus.BAD_REQUEST);
        }
        return view;
    }

    /** The patient part of the form after choosing someone ({@code choosePatient}) or "Change patient" (none). */
    @GetMapping("/desk/book/patient")
    ModelAndView patient(@RequestParam(required = false) String choosePatient,
            @RequestParam(required = false) String q) {
        return page.patientPart(CallerForm.blank(null).withPatient(choosePatient).withQuery(q));
    }

    /** The free times for the visit as now chosen in the form. */
    @GetMapping("/desk/book/times")
    ModelAndView times(@ModelAttribute CallerForm form) {
        return page.timesPart(form);
    }
}
