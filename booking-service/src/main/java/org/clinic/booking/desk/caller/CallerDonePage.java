package org.clinic.booking.desk.caller;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.clinic.booking.catalogue.AppointmentType;
import org.clinic.booking.catalogue.Catalogue;
import org.clinic.booking.catalogue.Practitioner;
import org.clinic.booking.clinic.ClinicProperties;
import org.clinic.platform.web.ApiProblemException;
import org.clinic.theme.SiteIdentity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /desk/book/done/{reference}}: the reference large enough to read out over the phone, and one line to read
 * back to the caller so a wrong day or person is caught while they are still on the line.
 */
@Controller
class CallerDonePage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.US);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    private final BookedCalls calls;
    private final Catalogue catalogue;
    private final SiteIdentity site;
    private final ZoneId zone;

    CallerDonePage(BookedCalls calls, Catalogue catalogue, SiteIdentity site, ClinicProperties clinic) {
        this.calls = calls;
        this.catalogue = catalogue;
        this.site = site;
        this.zone = clinic.timeZone();
    }

    @GetMapping("/desk/book/done/{reference}")
    String done(@PathVariable String reference, Model model) {
        var call = reference.matches("[A-Za-z0-9]{8}") ? calls.find(reference.toUpperCase(Locale.ROOT)) : null;
        var booked = call == null ? null : call.orElse(null);
        if (booked == null) {
            throw ApiProblemException.notFound("No booking with this reference.");
        }
        var start = booked.start().atZone(zone);
        String practitioner = catalogue.practitioner(booked.practitionerId()).map(Practitioner::name).orElse("");
        String type = catalogue.appointmentType(booked.appointmentTypeId()).map(AppointmentType::name).orElse("");
        model.addAttribute("call", booked);
        model.addAttribute("readBack", DAY.format(start) + " at " + TIME.format(start) + " with " + practitioner
                + ", " + type + (site.address().isBlank() ? "" : ", at " + site.address()));
        model.addAttribute("dayLink", "/desk?date=" + start.toLocalDate());
        return "desk/book-done";
    }
}
