package org.clinic.booking.patient;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.clinic.platform.apidocs.ApiDocs;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Front desk: find the caller. Staff only (see SecurityConfiguration). */
@Tag(name = "Front desk")
@SecurityRequirement(name = ApiDocs.STAFF, scopes = {"FRONT_DESK", "ADMIN"})
@RestController
class PatientController {

    private final Patients patients;
    private final PhoneNumbers phoneNumbers;

    PatientController(Patients patients, PhoneNumbers phoneNumbers) {
        this.patients = patients;
        this.phoneNumbers = phoneNumbers;
    }

    @Operation(summary = "Find patients",
            description = "Up to 20 patients matching `q`: name prefixes (\"Jane Do\", \"Doe, Jane\"), email, or "
                    + "phone in any format or its last digits.")
    @GetMapping("/api/booking/patients")
    List<Patients.Patient> search(@RequestParam @NotBlank @Size(max = 100) String q) {
        String text = q.strip();
        return patients.search(text, phoneNumbers.toE164(text).orElse(null));
    }
}
