package org.clinic.booking.appointment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.clinic.booking.clinic.ClinicProperties;
import org.clinic.platform.apidocs.ApiDocs;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The front desk books callers and manages any appointment by id; staff only (see SecurityConfiguration). */
@Tag(name = "Front desk",
        description = "The schedule, finding patients, booking callers and changing any appointment: front desk and "
                + "admins.")
@SecurityRequirement(name = ApiDocs.STAFF, scopes = {"FRONT_DESK", "ADMIN"})
@RestController
class DeskAppointmentController {

    private final IdempotentBooking booking;
    private final BookingRequests requests;
    private final Appointments appointments;
    private final ChangeStatus changeStatus;
    private final CancelAppointment cancelAppointment;
    private final RescheduleAppointment rescheduleAppointment;
    private final ClinicProperties clinic;

    DeskAppointmentController(IdempotentBooking booking, BookingRequests requests, Appointments appointments,
            ChangeStatus changeStatus, CancelAppointment cancelAppointment,
            RescheduleAppointment rescheduleAppointment, ClinicProperties clinic) {
        this.booking = booking;
        this.requests = requests;
        this.appointments = appointments;
        this.changeStatus = changeStatus;
        this.cancelAppointment = cancelAppointment;
        this.rescheduleAppointment = rescheduleAppointment;
        this.clinic = clinic;
    }

    @Operation(summary = "Book for a caller",
            description = "The online booking's body, or `patientId` of a known patient instead of `patient`; "
                    + "`notify` says whether the patient is told. Channel PHONE, email optional, inside the minimum "
                    + "notice too; no rate limits.")
    @ApiResponse(responseCode = "201",
            description = "Booked; `Location` is the appointment's address",
            content = @Content(schema = @Schema(implementation = AppointmentView.class)))
    @ApiResponse(responseCode = "409",
            description = "The slot is not free, or the `Idempotency-Key` was used with another body.")
    @PostMapping(path = "/api/booking/desk/appointments", consumes = "application/json")
    ResponseEntity<?> book(@Valid @RequestBody DeskBookingRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return AppointmentController.created(booking.book(idempotencyKey, "desk", request, requests.desk(request)));
    }

    record StatusRequest(@NotNull @Pattern(regexp = "ARRIVED|COMPLETED|NO_SHOW",
            message = "must be ARRIVED, COMPLETED or NO_SHOW") String status) {
    }

    @Operation(summary = "Mark arrived, completed or no-show")
    @ApiResponse(responseCode = "200", description = "The appointment in its new status")
    @ApiResponse(responseCode = "409",
            description = "The appointment's status does not allow this change (or someone changed it meanwhile).")
    @PostMapping(path = "/api/booking/desk/appointments/{id}/status", consumes = "application/json")
    AppointmentView status(@PathVariable UUID id, @Valid @RequestBody StatusRequest request) {
        return view(changeStatus.to(find(id), AppointmentStatus.valueOf(request.status())));
    }

    @Operation(summary = "Cancel for a patient", description = "As the patient's cancel, without its cutoff.")
    @ApiResponse(responseCode = "200", description = "Cancelled: the appointment with status CANCELLED")
    @ApiResponse(responseCode = "409", description = "The appointment cannot be cancelled in its status.")
    @PostMapping("/api/booking/desk/appointments/{id}/cancel")
    AppointmentView cancel(@PathVariable UUID id, @Valid @RequestBody(required = false) ChangeRequests.Cancel request) {
        return view(cancelAppointment.byStaff(find(id), request == null ? null : request.reason()));
    }

    @Operation(summary = "Move for a patient", description = "As the patient's move, without its cutoff.")
    @ApiResponse(responseCode = "200", description = "Moved: the appointment at its new time")
    @ApiResponse(responseCode = "409",
            description = "The new slot is not free, or the appointment cannot be moved in its status.")
    @PostMapping(path = "/api/booking/desk/appointments/{id}/reschedule", consumes = "application/json")
    AppointmentView reschedule(@PathVariable UUID id, @Valid @RequestBody ChangeRequests.Reschedule request) {
        return view(rescheduleAppointment.byStaff(find(id), request.start().toInstant(), request.practitionerId()));
    }

    private Appointment find(UUID id) {
        return appointments.findById(id).orElseThrow(() -> ApiProblemException.notFound("No appointment with this id."));
    }

    private AppointmentView view(Appointment appointment) {
        return AppointmentView.of(appointment, clinic.timeZone(), null);
    }
}
