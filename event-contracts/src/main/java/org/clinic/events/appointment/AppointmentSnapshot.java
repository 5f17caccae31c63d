package org.clinic.events.appointment;

import java.time.Instant;
import java.util.UUID;

/**
 * Everything notification-service needs to tell the patient, so it never has to call back.
 *
 * @param managePath the patient's manage link path, including its secret token in the URL fragment, on events
 *                   where the service knows the token (booking); null otherwise. This topic therefore carries
 *                   bearer secrets and must not be readable by strangers
 * @param notifyPatient false when the front desk chose not to message the patient
 */
public record AppointmentSnapshot(
        UUID id,
        String reference,
        String status,
        String channel,
        Instant start,
        Instant end,
        String clinicName,
        String clinicPhone,
        String clinicTimeZone,
        UUID practitionerId,
        String practitionerName,
        UUID appointmentTypeId,
        String appointmentTypeName,
        Patient patient,
        String managePath,
        boolean notifyPatient) {

    public record Patient(UUID id, String firstName, String lastName, String email, String phone) {
    }
}
