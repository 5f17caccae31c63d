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
import java.time.LocalDate;
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

/** Reading closures is public (the booking page can say why a day is empty); changing them is staff only. */
@Tag(name = "Hours, time off and closures")
@RestController
class ClosureController {

    private static final String PATH = "/api/booking/closures";

    private final CloseClinic closeClinic;
    private final ClinicProperties clinic;

    ClosureController(CloseClinic closeClinic, ClinicProperties clinic) {
        this.closeClinic = closeClinic;
        this.clinic = clinic;
    }

    /** @param to the last closed day, included; omitted for a single day */
    record ClosureRequest(@NotNull LocalDate from, LocalDate to, @Size(max = Absences.MAX_REASON) String reason) {
    }

    /** {@code start} and {@code end} are the local midnights around the closed days, for clients that need instants. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ClosureView(UUID id, LocalDate from, LocalDate to, OffsetDateTime start, OffsetDateTime end, String reason,
            List<Conflict> conflicts) {

        static ClosureView of(Closure c, ZoneId zone, List<Conflict> conflicts) {
            return new ClosureView(c.id(), c.firstDay(), c.lastDay(), c.start(zone).atZone(zone).toOffsetDateTime(),
                    c.end(zone).atZone(zone).toOffsetDateTime(), c.reason(), conflicts);
        }
    }

    @Operation(summary = "The clinic's upcoming closed days")
    @GetMapping(PATH)
    List<ClosureView> upcoming() {
        return closeClinic.upcoming().stream().map(c -> ClosureView.of(c, clinic.timeZone(), null)).toList();
    }

    @Operation(summary = "Close the clinic on some days",
            description = "`from` to `to` (both included; `to` omitted for one day), the clinic's calendar days.")
    @SecurityRequirement(name = ApiDocs.STAFF, scopes = "ADMIN")
    @ApiResponse(responseCode = "201",
            description = "Closed; with `force=true` also when bookings fall inside (listed in `conflicts`)")
    @ApiResponse(responseCode = "409",
            description = "Booked appointments fall on these days: the problem's `conflicts` lists them. Send "
                    + "`force=true` to close anyway.")
    @PostMapping(path = PATH, consumes = "application/json")
    ResponseEntity<ClosureView> close(@Valid @RequestBody ClosureRequest request,
            @RequestParam(defaultValue = "false") boolean force) {
        var recorded = closeClinic.close(request.from(), request.to(), request.reason(), force);
        var view = ClosureView.of(recorded.closure(), clinic.timeZone(), recorded.conflicts());
        return ResponseEntity.created(URI.create(PATH + "/" + view.id())).body(view);
    }

    @Operation(summary = "Open the clinic again on closed days")
    @SecurityRequirement(name = ApiDocs.STAFF, scopes = "ADMIN")
    @ApiResponse(responseCode = "204", description = "Removed")
    @DeleteMapping(PATH + "/{closureId}")
    ResponseEntity<Void> reopen(@PathVariable UUID closureId) {
        closeClinic.reopen(closureId);
        return ResponseEntity.noContent().build();
    }
}
