package org.clinic.booking.catalogue;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CatalogueController {

    private final Catalogue catalogue;

    CatalogueController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/api/booking/appointment-types")
    List<AppointmentType> appointmentTypes() {
        return catalogue.appointmentTypes();
    }

    @GetMapping("/api/booking/practitioners")
    List<Practitioner> practitioners() {
        return catalogue.practitioners();
    }
}
