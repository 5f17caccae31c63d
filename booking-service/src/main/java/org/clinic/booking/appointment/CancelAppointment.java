package org.clinic.booking.appointment;

import java.time.Clock;
import java.time.Duration;
import org.clinic.booking.catalogue.Catalogue;
import org.clinic.booking.clinic.ClinicProperties;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Cancelling frees the time at once (the exclusion constraint ignores cancelled rows) and tells the patient. */
@Service
public class CancelAppointment {

    private final Appointments appointments;
    private final AppointmentEvents events;
    private final AuditTrail audit;
    private final Catalogue catalogue;
    private final ClinicProperties clinic;
    private final Clock clock;
    private final TransactionTemplate transaction;

    CancelAppointment(Appointments appointments, AppointmentEvents events, AuditTrail audit, Catalogue catalogue,
            ClinicProperties clinic, Clock clock, TransactionTemplate transaction) {
        this.appointments = appointments;
        this.events = events;
        this.audit = audit;
        this.catalogue = catalogue;
        this.clinic = clinic;
        this.clock = clock;
        this.transaction = transaction;
    }

    /** A patient cancels through the manage link, held to the clinic's cancellation cutoff. */
    Appointment byPatient(Appointment appointment, String reason) {
        Duration cutoff = Duration.ofHours(clinic.policy().cancelCutoffHours());
        if (clock.instant().plus(cutoff).isAfter(appointment.start())) {
            throw new ApiProblemException(HttpStatus.CONFLICT, "Too late to cancel online",
                    "Appointments can be cancelled online up to " + cutoff.toHours()
                            + " hours before they start. Please call the clinic at " + clinic.phone() + ".");
        }
        return cancel(appointment, Actor.patient(), reason);
    }

    /** The front desk cancels for the patient, at any time before the visit happened. */
    public Appointment byStaff(Appointment appointment, String reason) {
        return cancel(appointment, Actor.currentStaff(), reason);
    }

    private Appointment cancel(Appointment appointment, Actor actor, String reason) {
        if (!appointment.status().isChangeable()) {
            throw ApiProblemException.conflict("This appointment is " + appointment.status().label().toLowerCase(java.util.Locale.ROOT)
                    + " and can no longer be cancelled.");
        }
        return transaction.execute(status -> {
            Appointment cancelled = appointments.changeStatus(appointment, AppointmentStatus.CANCELLED)
                    .orElseThrow(BookAppointment::changedMeanwhile);
            audit.record(actor, AppointmentStatus.CANCELLED.name(), appointment, cancelled, reason);
            events.cancelled(cancelled, catalogue.appointmentType(cancelled.appointmentTypeId()).orElseThrow(),
                    catalogue.practitioner(cancelled.practitionerId()).orElseThrow(), actor.kind().name(), reason);
            return cancelled;
        });
    }
}
