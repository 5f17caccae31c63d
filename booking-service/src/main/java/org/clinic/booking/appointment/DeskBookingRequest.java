package org.clinic.booking.appointment;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A booking taken by the front desk (API.md, "Front desk"): a known patient by {@code patientId}, or new contact
 * details in which email (and even phone) may be missing. {@code notify} false books without messaging the patient.
 */
public record DeskBookingRequest(
        @NotNull UUID appointmentTypeId,
        @NotNull UUID practitionerId,
        @NotNull OffsetDateTime start,
        UUID patientId,
        @Valid DeskPatient patient,
        @Size(max = 1000) String notes,
        @Size(max = 200) @Pattern(regexp = "[a-z0-9-]*", message = "must be an article slug") String source,
        // "notify" in JSON; a record component cannot be named after Object.notify().
        @JsonProperty("notify") Boolean notifyPatient) {

    public record DeskPatient(
            @NotBlank @Size(max = 100) String firstName,
            @NotBlank @Size(max = 100) String lastName,
            @Size(max = 254) @Email String email,
            @Size(max = 40) String phone) {
    }
}
