package org.clinic.booking.appointment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.clinic.booking.clinic.ClinicProperties;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The patient's side: book online, then see the appointment with the manage token from the confirmation. */
@RestController
class AppointmentController {

    private final BookAppointment bookAppointment;
    private final CancelAppointment cancelAppointment;
    private final Appointments appointments;
    private final ClinicProperties clinic;

    AppointmentController(BookAppointment bookAppointment, CancelAppointment cancelAppointment,
            Appointments appointments, ClinicProperties clinic) {
        this.bookAppointment = bookAppointment;
        this.cancelAppointment = cancelAppointment;
        this.appointments = appointments;
        this.clinic = clinic;
    }

    @PostMapping(path = "/api/booking/appointments", consumes = "application/json")
    ResponseEntity<AppointmentView> book(@Valid @RequestBody BookingRequest request) {
        var booked = bookAppointment.online(request);
        var view = AppointmentView.of(booked.appointment(), clinic.timeZone(), booked.manageToken());
        return ResponseEntity.created(URI.create("/api/booking/appointments/" + view.reference())).body(view);
    }

    @GetMapping("/api/booking/appointments/{reference}")
    AppointmentView view(@PathVariable String reference,
            @RequestHeader(name = "X-Manage-Token", required = false) String token) {
        return AppointmentView.of(withToken(reference, token), clinic.timeZone(), null);
    }

    @PostMapping("/api/booking/appointments/{reference}/cancel")
    AppointmentView cancel(@PathVariable String reference,
            @RequestHeader(name = "X-Manage-Token", required = false) String token,
            @Valid @RequestBody(required = false) CancelRequest request) {
        String reason = request == null ? null : request.reason();
        return AppointmentView.of(cancelAppointment.byPatient(withToken(reference, token), reason),
                clinic.timeZone(), null);
    }

    record CancelRequest(@Size(max = 500) String reason) {
    }

    /** A wrong token answers exactly like an unknown reference, so neither can be probed. */
    private Appointment withToken(String reference, String token) {
        return appointments.findByReference(ReferenceCodes.normalize(reference))
                .filter(a -> ManageTokens.matches(token, a.manageTokenHash()))
                .orElseThrow(() -> ApiProblemException.notFound("No appointment matches this reference and link."));
    }
}
