package org.clinic.booking.patient;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Front desk: find the caller. Staff only (see SecurityConfiguration). */
@RestController
class PatientController {

    private final Patients patients;
    private final PhoneNumbers phoneNumbers;

    PatientController(Patients patients, PhoneNumbers phoneNumbers) {
        this.patients = patients;
        this.phoneNumbers = phoneNumbers;
    }

    @GetMapping("/api/booking/patients")
    List<Patients.Patient> search(@RequestParam @NotBlank @Size(max = 100) String q) {
        String text = q.strip();
        return patients.search(text, phoneNumbers.toE164(text).orElse(null));
    }
}
