package org.clinic.booking.appointment;

import org.clinic.platform.web.ApiProblemException;
import org.clinic.booking.catalogue.Catalogue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** The front desk marks a visit, as {@link AppointmentStatus#next()} allows; anything else is a 409. */
@Service
public class ChangeStatus {

    private final Appointments appointments;
    private final AppointmentEvents events;
    private final AuditTrail audit;
    private final Catalogue catalogue;
    private final TransactionTemplate transaction;

    ChangeStatus(Appointments appointments, AppointmentEvents events, AuditTrail audit, Catalogue catalogue,
            TransactionTemplate transaction) {
        this.appointments = appointments;
        this.events = events;
        this.audit = audit;
        this.catalogue = catalogue;
        this.transaction = transaction;
    }

    public Appointment to(Appointment appointment, AppointmentStatus status) {
        if (!appointment.status().canBecome(status)) {
            throw ApiProblemException.conflict("An appointment that is " + appointment.status()
                    + " cannot become " + status + ".");
        }
        return transaction.execute(tx -> {
            Appointment changed = appointments.changeStatus(appointment, status)
                    .orElseThrow(BookAppointment::changedMeanwhile);
            audit.record(Actor.currentStaff(), status.name(), appointment, changed);
            events.statusChanged(appointment, changed, catalogue.appointmentType(changed.appointmentTypeId()).orElseThrow(),
                    catalogue.practitioner(changed.practitionerId()).orElseThrow());
            return changed;
        });
    }
}
