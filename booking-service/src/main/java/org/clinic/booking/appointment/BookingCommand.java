package org.clinic.booking.appointment;

import java.time.Instant;
import java.util.UUID;
import org.clinic.booking.catalogue.AppointmentType;
import org.clinic.booking.catalogue.Practitioner;
import org.clinic.booking.slot.Availability;

/** A booking, checked for shape and known ids, ready to be tried against the schedule. */
public record BookingCommand(
        AppointmentType type,
        Practitioner practitioner,
        Instant start,
        PatientRef patient,
        String notes,
        String source,
        BookingChannel channel,
        Availability.Booker booker,
        boolean notifyPatient,
        Actor actor) {

    /** Either a patient the desk picked from search, or contact details to find or create one by. */
    sealed interface PatientRef permits Existing, Contact {
    }

    record Existing(UUID id) implements PatientRef {
    }

    /** Email and phone (E.164) may be null for phone bookings; online bookings require both. */
    record Contact(String firstName, String lastName, String email, String phone) implements PatientRef {
    }
}
