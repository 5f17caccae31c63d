package org.clinic.booking.appointment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import org.clinic.booking.clinic.ClinicProperties;
import org.clinic.booking.ratelimit.RateLimits;
import org.clinic.booking.ratelimit.TooManyRequests;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The patient's side: book online, then see the appointment with the manage token from the confirmation. Every
 * request here counts against the client's rate limits ({@link RateLimits}); a body that is not even valid is refused
 * (400) before that, having cost nothing but its parsing.
 */
@Tag(name = "Appointments (patients)",
        description = "Online booking, and one's own appointment by its reference and manage token. Public; limited "
                + "by default to 10 bookings an hour per address and 5 a day per email and per phone, 120 requests an "
                + "hour per address for an appointment, and 10 changes a day per email and per phone.")
@RestController
class AppointmentController {

    private final IdempotentBooking booking;
    private final BookingRequests requests;
    private final CancelAppointment cancelAppointment;
    private final RescheduleAppointment rescheduleAppointment;
    private final AppointmentCalendar calendar;
    private final Appointments appointments;
    private final ClinicProperties clinic;
    private final RateLimits limits;
    private final BookingMetrics metrics;

    AppointmentController(IdempotentBooking booking, BookingRequests requests, CancelAppointment cancelAppointment,
            RescheduleAppointment rescheduleAppointment, AppointmentCalendar calendar, Appointments appointments,
            ClinicProperties clinic, RateLimits limits, BookingMetrics metrics) {
        this.booking = booking;
        this.requests = requests;
        this.cancelAppointment = cancelAppointment;
        this.rescheduleAppointment = rescheduleAppointment;
        this.calendar = calendar;
        this.appointments = appointments;
        this.clinic = clinic;
        this.limits = limits;
        this.metrics = metrics;
    }

    @Operation(summary = "Book an appointment online",
            description = "The answer's `manageToken` is shown this once and needed to see, move or cancel the "
                    + "appointment later.")
    @ApiResponse(responseCode = "201",
            description = "Booked; `Location` is the appointment's address",
            content = @Content(schema = @Schema(implementation = AppointmentView.class)))
    @ApiResponse(responseCode = "409",
            description = "The slot is not free (taken, outside hours, off the grid, too soon, beyond the horizon), "
                    + "the `Idempotency-Key` was used with another body, or the patient already holds "
                    + "`maxFutureOnlineBookings` upcoming online visits.")
    @ApiResponse(responseCode = "429",
            description = "Too many bookings from this address, or for this email or phone. Nothing was stored.")
    @PostMapping(path = "/api/booking/appointments", consumes = "application/json")
    ResponseEntity<?> book(@Valid @RequestBody BookingRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            HttpServletRequest http) {
        try {
            limits.bookingFrom(http);
            BookingCommand command = requests.online(request);
            limits.bookingFor(request.patient().email(), request.patient().phone());
            return created(booking.book(idempotencyKey, "online", request, command));
        } catch (TooManyRequests e) {
            metrics.onlineBookingRateLimited();
            throw e;
        }
    }

    /** 201 with the first answer; a replayed answer is stored JSON text, hence the explicit content type. */
    static ResponseEntity<Object> created(IdempotentBooking.Outcome outcome) {
        return ResponseEntity.created(URI.create("/api/booking/appointments/" + outcome.reference()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(outcome.firstAnswer());
    }

    @Operation(summary = "See one's appointment")
    @ApiResponse(responseCode = "200", description = "The appointment, without its manage token")
    @ApiResponse(responseCode = "404",
            description = "No appointment matches this reference and manage token (a wrong token answers the same).")
    @ApiResponse(responseCode = "429", description = "Too many requests for appointments from this address.")
    @GetMapping("/api/booking/appointments/{reference}")
    AppointmentView view(@PathVariable String reference,
            @RequestHeader(name = "X-Manage-Token", required = false) String token, HttpServletRequest http) {
        return AppointmentView.of(withToken(http, reference, token), clinic.timeZone(), null);
    }

    @Operation(summary = "Cancel one's appointment")
    @ApiResponse(responseCode = "200", description = "Cancelled: the appointment with status CANCELLED")
    @ApiResponse(responseCode = "404", description = "No appointment matches this reference and manage token.")
    @ApiResponse(responseCode = "409",
            description = "Past the cancel cutoff, or the appointment cannot be cancelled any more.")
    @ApiResponse(responseCode = "429",
            description = "Too many requests from this address, or changes for this email or phone.")
    @PostMapping("/api/booking/appointments/{reference}/cancel")
    AppointmentView cancel(@PathVariable String reference,
            @RequestHeader(name = "X-Manage-Token", required = false) String token,
            @Valid @RequestBody(required = false) ChangeRequests.Cancel request, HttpServletRequest http) {
        String reason = request == null ? null : request.reason();
        Appointment appointment = withToken(http, reference, token);
        limits.manageChangeFor(appointment.email(), appointment.phone());
        return AppointmentView.of(cancelAppointment.byPatient(appointment, reason), clinic.timeZone(), null);
    }

    @Operation(summary = "Move one's appointment", description = "Same reference; the old time is free at once.")
    @ApiResponse(responseCode = "200", description = "Moved: the appointment at its new time")
    @ApiResponse(responseCode = "404", description = "No appointment matches this reference and manage token.")
    @ApiResponse(responseCode = "409", description = "The new slot is not free, or it is past the reschedule cutoff.")
    @ApiResponse(responseCode = "429",
            description = "Too many requests from this address, or changes for this email or phone.")
    @PostMapping(path = "/api/booking/appointments/{reference}/reschedule", consumes = "application/json")
    AppointmentView reschedule(@PathVariable String reference,
            @RequestHeader(name = "X-Manage-Token", required = false) String token,
            @Valid @RequestBody ChangeRequests.Reschedule request, HttpServletRequest http) {
        Appointment appointment = withToken(http, reference, token);
        limits.manageChangeFor(appointment.email(), appointment.phone());
        Appointment moved = rescheduleAppointment.byPatient(appointment, request.start().toInstant(),
                request.practitionerId(), token);
        return AppointmentView.of(moved, clinic.timeZone(), null);
    }

    /** The appointment for the patient's calendar; SEQUENCE follows each change so calendars update in place. */
    @Operation(summary = "One's appointment as a calendar file",
            description = "RFC 5545, one event with a stable UID; SEQUENCE grows with each change.")
    @ApiResponse(responseCode = "200", description = "The calendar file (an attachment)")
    @ApiResponse(responseCode = "404", description = "No appointment matches this reference and manage token.")
    @ApiResponse(responseCode = "429", description = "Too many requests for appointments from this address.")
    @GetMapping(path = "/api/booking/appointments/{reference}/calendar.ics", produces = "text/calendar")
    ResponseEntity<String> calendar(@PathVariable String reference,
            @RequestHeader(name = "X-Manage-Token", required = false) String token, HttpServletRequest http) {
        Appointment appointment = withToken(http, reference, token);
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"appointment-" + appointment.reference() + ".ics\"")
                .contentType(MediaType.parseMediaType("text/calendar; charset=utf-8"))
                .body(calendar.of(appointment));
    }

    /**
     * A wrong token answers exactly like an unknown reference, so neither can be probed, and every try counts
     * against the client's limit, so neither can be guessed.
     */
    private Appointment withToken(HttpServletRequest http, String reference, String token) {
        limits.manageFrom(http);
        return appointments.findByReference(ReferenceCodes.normalize(reference))
                .filter(a -> ManageTokens.matches(token, a.manageTokenHash()))
                .orElseThrow(() -> ApiProblemException.notFound("No appointment matches this reference and link."));
    }
}
