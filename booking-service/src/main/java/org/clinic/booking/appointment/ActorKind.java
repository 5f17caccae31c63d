package org.clinic.booking.appointment;

/** Who changed an appointment, as the audit trail records it. */
public enum ActorKind {
    /** The patient: online booking or the manage link. */
    PATIENT,
    /** A logged-in staff member, by username. */
    STAFF
}
