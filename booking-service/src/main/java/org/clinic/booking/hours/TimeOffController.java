package org.clinic.booking.hours;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.clinic.booking.clinic.ClinicProperties;
import org.clinic.platform.apidocs.ApiDocs;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff only (see the security rules): time off and its reasons are not for the public. */
@Tag(name = "Hours, time off and closures")
@SecurityRequirement(name = ApiDocs.STAFF, scopes = {"FRONT_DESK", "ADMIN"})
@RestController
class TimeOffController {

    private static final String PATH = "/api/booking/practitioners/{practitionerId}/time-off";

    private final RecordTimeOff recordTimeOff;
    private final ClinicProperties clinic;

    TimeOffController(RecordTimeOff recordTimeOff, ClinicProperties clinic) {
        this.recordTimeOff = recordTimeOff;
        this.clinic = clinic;
    }

    record TimeOffRequest(@NotNull OffsetDateTime start, @NotNull OffsetDateTime end,
            @Size(max = Absences.MAX_REASON) String reason) {
    }

    /** {@code conflicts} only in the answer to a POST: the bookings inside, which stay booked. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TimeOffView(UUID id, UUID practitionerId, OffsetDateTime start, OffsetDateTime end, String reason,
            String createdBy, List<Conflict> conflicts) {

        static TimeOffView of(TimeOff t, ZoneId zone, List<Conflict> conflicts) {
            return new TimeOffView(t.id(), t.practitionerId(), t.start().atZone(zone).toOffsetDateTime(),
                    t.end().atZone(zone).toOffsetDateTime(), t.reason(), t.createdBy(), conflicts);
        }
    }

    @Operation(summary = "Record a practitioner's time off")
    @ApiResponse(responseCode = "201",
            description = "Recorded; with `force=true` also when bookings fall inside (listed in `conflicts`; they "
                    + "stay booked)")
    @ApiResponse(responseCode = "409",
            description = "Booked appointments fall inside: the problem's `conflicts` lists them. Send `force=true` "
                    + "to record it anyway.")
    @PostMapping(path = PATH, consumes = "application/json")
    ResponseEntity<TimeOffView> record(@PathVariable UUID practitionerId, @Valid @RequestBody TimeOffRequest request,
            @RequestParam(defaultValue = "false") boolean force) {
        var recorded = recordTimeOff.record(practitionerId, request.start().toInstant(), request.end().toInstant(),
                request.reason(), force);
        var view = TimeOffView.of(recorded.timeOff(), clinic.timeZone(), recorded.conflicts());
        return ResponseEntity.created(URI.create("/api/booking/practitioners/" + practitionerId + "/time-off/"
                + view.id())).body(view);
    }

    @Operation(summary = "A practitioner's upcoming time off")
    @GetMapping(PATH)
    List<TimeOffView> upcoming(@PathVariable UUID practitionerId) {
        return recordTimeOff.upcoming(practitionerId).stream()
                .map(t -> TimeOffView.of(t, clinic.timeZone(), null)).toList();
    }

    @Operation(summary = "Remove time off")
    @ApiResponse(responseCode = "204", description = "Removed")
    @DeleteMapping(PATH + "/{timeOffId}")
    ResponseEntity<Void> remove(@PathVariable UUID practitionerId, @PathVariable UUID timeOffId) {
        recordTimeOff.remove(practitionerId, timeOffId);
        return ResponseEntity.noContent().build();
    }
}
