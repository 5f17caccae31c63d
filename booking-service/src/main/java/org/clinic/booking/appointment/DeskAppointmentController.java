package org.clinic.booking.appointment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.clinic.booking.clinic.ClinicProperties;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The front desk books callers and manages any appointment by id; staff only (see SecurityConfiguration). */
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

    @PostMapping(path = "/api/booking/desk/appointments", consumes = "application/json")
    ResponseEntity<?> book(@Valid @RequestBody DeskBookingRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return AppointmentController.created(booking.book(idempotencyKey, "desk", request, requests.desk(request)));
    }

    record StatusRequest(@NotNull @Pattern(regexp = "ARRIVED|COMPLETED|NO_SHOW",
            message = "must be ARRIVED, COMPLETED or NO_SHOW") String status) {
    }

    @PostMapping(path = "/api/booking/desk/appointments/{id}/status", consumes = "application/json")
    AppointmentView status(@PathVariable UUID id, @Valid @RequestBody StatusRequest request) {
        return view(changeStatus.to(find(id), AppointmentStatus.valueOf(request.status())));
    }

    @PostMapping("/api/booking/desk/appointments/{id}/cancel")
    AppointmentView cancel(@PathVariable UUID id, @Valid @RequestBody(required = false) ChangeRequests.Cancel request) {
        return view(cancelAppointment.byStaff(find(id), request == null ? null : request.reason()));
    }

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
