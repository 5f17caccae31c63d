package org.clinic.booking.appointment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.clinic.booking.catalogue.AppointmentType;
import org.clinic.booking.catalogue.Catalogue;
import org.clinic.booking.catalogue.Practitioner;
import org.clinic.booking.clinic.ClinicProperties;
import org.clinic.booking.slot.Availability;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Moves an appointment in one transaction: same reference, the old time free at once, the new one checked. */
@Service
public class RescheduleAppointment {

    private final Appointments appointments;
    private final Availability availability;
    private final Catalogue catalogue;
    private final AppointmentEvents events;
    private final AuditTrail audit;
    private final ClinicProperties clinic;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final BookingMetrics metrics;

    RescheduleAppointment(Appointments appointments, Availability availability, Catalogue catalogue,
            AppointmentEvents events, AuditTrail audit, ClinicProperties clinic, Clock clock,
            TransactionTemplate transaction, BookingMetrics metrics) {
        this.appointments = appointments;
        this.availability = availability;
        this.catalogue = catalogue;
        this.events = events;
        this.audit = audit;
        this.clinic = clinic;
        this.clock = clock;
        this.transaction = transaction;
        this.metrics = metrics;
    }

    /** The patient moves it through the manage link, held to the reschedule cutoff and the minimum notice. */
    Appointment byPatient(Appointment appointment, Instant start, UUID practitionerId, String manageToken) {
        return counted(BookingChannel.ONLINE, () -> {
            checkPatientCutoff(appointment);
            return move(appointment, start, practitionerId, Availability.Booker.PATIENT, Actor.patient(), manageToken);
        });
    }

    public Appointment byStaff(Appointment appointment, Instant start, UUID practitionerId) {
        return counted(BookingChannel.PHONE, () -> move(appointment, start, practitionerId, Availability.Booker.STAFF,
                Actor.currentStaff(), null));
    }

    private Appointment counted(BookingChannel channel, Supplier<Appointment> reschedule) {
        try {
            Appointment moved = reschedule.get();
            metrics.record(channel, BookingMetrics.Action.RESCHEDULE, BookingMetrics.Outcome.BOOKED);
            return moved;
        } catch (ApiProblemException e) {
            metrics.record(channel, BookingMetrics.Action.RESCHEDULE, BookingMetrics.Outcome.of(e));
            throw e;
        }
    }

    private void checkPatientCutoff(Appointment appointment) {
        Duration cutoff = Duration.ofHours(clinic.policy().rescheduleCutoffHours());
        if (clock.instant().plus(cutoff).isAfter(appointment.start())) {
            throw new ApiProblemException(HttpStatus.CONFLICT, "Too late to reschedule online",
                    "Appointments can be moved online up to " + cutoff.toHours()
                            + " hours before they start. Please call the clinic at " + clinic.phone() + ".");
        }
    }

    private Appointment move(Appointment before, Instant start, UUID practitionerId, Availability.Booker booker,
            Actor actor, String manageToken) {
        if (!before.status().isChangeable()) {
            throw ApiProblemException.conflict("This appointment is " + before.status().label().toLowerCase(java.util.Locale.ROOT)
                    + " and can no longer be rescheduled.");
        }
        AppointmentType type = catalogue.appointmentType(before.appointmentTypeId()).orElseThrow();
        Practitioner practitioner = catalogue.practitioner(practitionerId == null ? before.practitionerId()
                : practitionerId).filter(p -> type.offeredBy(p.id()))
                .orElseThrow(() -> ApiProblemException.invalidField("practitionerId",
                        "unknown, or does not offer this appointment type"));
        try {
            return transaction.execute(status -> {
                // Both schedules held while the move is checked.
                availability.holdSchedules(before.practitionerId(), practitioner.id());
                // Free the old time inside this transaction first, so a move that overlaps the appointment's own
                // current time (say 30 minutes later) is judged against everyone else's bookings only.
                if (!appointments.releaseForMove(before)) {
                    throw BookAppointment.changedMeanwhile();
                }
                if (!availability.isFree(type, practitioner.id(), start, booker)) {
                    throw BookAppointment.slotTaken();
                }
                Appointment after = appointments.move(before, practitioner.id(), start, start.plus(type.duration()),
                        type.bufferMinutes()).orElseThrow(BookAppointment::changedMeanwhile);
                audit.record(actor, "RESCHEDULED", before, after);
                events.rescheduled(before, after, type, practitioner, actor.kind().name(), manageToken);
                return after;
            });
        } catch (DataIntegrityViolationException e) {
            if (SqlStates.is(e, SqlStates.EXCLUSION_VIOLATION)) {
                throw BookAppointment.slotTaken();
            }
            throw e;
        }
    }
}
