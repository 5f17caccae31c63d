package org.clinic.booking.appointment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What a patient submits to book online (API.md, "Appointments: patients"). */
record BookingRequest(
        @NotNull UUID appointmentTypeId,
        @NotNull UUID practitionerId,
        @NotNull OffsetDateTime start,
        @NotNull @Valid PatientDetails patient,
        @Size(max = 1000) String notes,
        @Size(max = 200) @Pattern(regexp = "[a-z0-9-]*", message = "must be an article slug") String source) {

    record PatientDetails(
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @NotBlank @Size(max = 254) @Email String email,
            @NotBlank @Size(max = 40) String phone) {
    }
}
