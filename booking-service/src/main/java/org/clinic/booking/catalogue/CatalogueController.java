package org.clinic.booking.catalogue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Clinic and catalogue")
@RestController
class CatalogueController {

    private final Catalogue catalogue;

    CatalogueController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Operation(summary = "The appointment types", description = "Only active types: retired ones are not listed.")
    @GetMapping("/api/booking/appointment-types")
    List<AppointmentType> appointmentTypes() {
        return catalogue.appointmentTypes();
    }

    @Operation(summary = "The practitioners and the types each offers")
    @GetMapping("/api/booking/practitioners")
    List<Practitioner> practitioners() {
        return catalogue.practitioners();
    }
}
