package org.clinic.booking.appointment;

import java.time.Instant;
import java.util.UUID;

/** An appointment as stored, with the contact details of its patient. */
public record Appointment(
        UUID id,
        String reference,
        AppointmentStatus status,
        BookingChannel channel,
        UUID appointmentTypeId,
        UUID practitionerId,
        Instant start,
        Instant end,
        UUID patientId,
        String firstName,
        String lastName,
        String email,
        String phone,
        String notes,
        byte[] manageTokenHash,
        long version) {
}
