package org.clinic.booking.clinic;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ClinicController {

    private final ClinicProperties clinic;

    ClinicController(ClinicProperties clinic) {
        this.clinic = clinic;
    }

    @GetMapping("/api/booking/clinic")
    ClinicView clinic() {
        return new ClinicView(clinic.name(), clinic.timeZone().getId(), clinic.phone(), clinic.address(), clinic.policy());
    }

    record ClinicView(String name, String timeZone, String phone, String address, ClinicProperties.Policy policy) {
    }
}
