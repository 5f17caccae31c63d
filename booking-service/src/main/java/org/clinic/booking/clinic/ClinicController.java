package org.clinic.booking.clinic;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Clinic and catalogue",
        description = "The clinic, its appointment types and practitioners (public); admins add, change and retire "
                + "types.")
@RestController
class ClinicController {

    private final ClinicProperties clinic;

    ClinicController(ClinicProperties clinic) {
        this.clinic = clinic;
    }

    @Operation(summary = "The clinic: name, time zone, contact and booking policy")
    @GetMapping("/api/booking/clinic")
    ClinicView clinic() {
        return new ClinicView(clinic.name(), clinic.timeZone().getId(), clinic.phone(), clinic.address(), clinic.policy());
    }

    record ClinicView(String name, String timeZone, String phone, String address, ClinicProperties.Policy policy) {
    }
}
