package org.clinic.booking.appointment;

import jakarta.servlet.http.HttpServletRequest;
import org.clinic.booking.clinic.ClinicProperties;
import org.clinic.booking.ratelimit.RateLimits;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /book/confirmed/{reference}}: the booking just made, for the browser that made it (the booking set the
 * appointment's manage cookie); any other browser gets the 404 page, as for an unknown reference.
 */
@Controller
class BookConfirmationPage {

    private final ManageAccess access;
    private final VisitView.Factory visits;
    private final ClinicProperties clinic;
    private final RateLimits limits;

    BookConfirmationPage(ManageAccess access, VisitView.Factory visits, ClinicProperties clinic, RateLimits limits) {
        this.access = access;
        this.visits = visits;
        this.clinic = clinic;
        this.limits = limits;
    }

    @GetMapping("/book/confirmed/{reference}")
    String confirmed(@PathVariable String reference, HttpServletRequest request, Model model) {
        String ref = ManageAccess.reference(reference);
        // Shown by the manage cookie, like the manage pages, so counted like them.
        limits.manageFrom(request);
        model.addAttribute("visit", visits.of(access.require(request, ref)));
        model.addAttribute("policy", clinic.policy());
        return "book/confirmed";
    }
}
