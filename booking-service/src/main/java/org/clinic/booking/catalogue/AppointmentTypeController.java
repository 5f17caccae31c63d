package org.clinic.booking.catalogue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.clinic.platform.apidocs.ApiDocs;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins add and change appointment types (ADMIN only, in the security rules). PUT replaces the whole type: an
 * omitted optional field takes its default, as in POST. Limits are the database's (V1__scheduling.sql).
 */
@Tag(name = "Clinic and catalogue")
@SecurityRequirement(name = ApiDocs.STAFF, scopes = "ADMIN")
@RestController
class AppointmentTypeController {

    static final String PATH = "/api/booking/appointment-types";

    private final EditAppointmentTypes edit;

    AppointmentTypeController(EditAppointmentTypes edit) {
        this.edit = edit;
    }

    /**
     * @param bufferMinutes clean-up or note-writing time after each visit, kept free of bookings; default 0
     * @param onlineBookable whether patients may book it online (else the desk books it); default true
     * @param active false retires the type; default true
     * @param practitionerIds who offers it; default nobody (then nobody can be booked for it)
     */
    record AppointmentTypeRequest(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 1000) String description,
            @NotNull @Min(5) @Max(480) Integer durationMinutes,
            @Min(0) @Max(120) Integer bufferMinutes,
            Boolean onlineBookable,
            Boolean active,
            @Size(max = 100) List<@NotNull UUID> practitionerIds) {

        EditAppointmentTypes.Settings settings() {
            return new EditAppointmentTypes.Settings(name.strip(), description == null ? "" : description.strip(),
                    durationMinutes, bufferMinutes == null ? 0 : bufferMinutes, !Boolean.FALSE.equals(onlineBookable),
                    !Boolean.FALSE.equals(active), practitionerIds == null ? List.of() : practitionerIds);
        }
    }

    @Operation(summary = "Add an appointment type")
    @ApiResponse(responseCode = "201", description = "Added; `Location` is its address")
    @ApiResponse(responseCode = "409", description = "Another type has this name (ignoring case).")
    @PostMapping(path = PATH, consumes = "application/json")
    ResponseEntity<AppointmentType> add(@Valid @RequestBody AppointmentTypeRequest request) {
        AppointmentType added = edit.add(request.settings());
        return ResponseEntity.created(URI.create(PATH + "/" + added.id())).body(added);
    }

    @Operation(summary = "Change or retire an appointment type",
            description = "Replaces the whole type: an omitted field takes its default. `active: false` retires it; "
                    + "booked visits keep their times.")
    @ApiResponse(responseCode = "200", description = "The type as it now is")
    @ApiResponse(responseCode = "409",
            description = "Another type has this name, or this is the last active type and would be retired.")
    @PutMapping(path = PATH + "/{id}", consumes = "application/json")
    AppointmentType change(@PathVariable UUID id, @Valid @RequestBody AppointmentTypeRequest request) {
        return edit.change(id, request.settings());
    }
}
