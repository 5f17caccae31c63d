package org.clinic.booking.appointment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** The appointment as the patient sees it; {@code manageToken} only in the response that created it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AppointmentView(
        UUID id,
        String reference,
        AppointmentStatus status,
        BookingChannel channel,
        UUID appointmentTypeId,
        UUID practitionerId,
        OffsetDateTime start,
        OffsetDateTime end,
        PatientView patient,
        String manageToken) {

    record PatientView(String firstName, String lastName, String email, String phone) {
    }

    static AppointmentView of(Appointment a, ZoneId zone, String manageToken) {
        return new AppointmentView(a.id(), a.reference(), a.status(), a.channel(), a.appointmentTypeId(),
                a.practitionerId(), a.start().atZone(zone).toOffsetDateTime(), a.end().atZone(zone).toOffsetDateTime(),
                new PatientView(a.firstName(), a.lastName(), a.email(), a.phone()), manageToken);
    }
}
