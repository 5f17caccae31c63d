package org.clinic.events.appointment;

import java.time.Instant;
import java.util.UUID;

/**
 * Everything notification-service needs to tell the patient, so it never has to call back.
 *
 * @param managePath        the path of the patient's manage page, {@code /manage/{reference}}, without any secret;
 *                          set together with {@code sealedManageToken}, null where the producer does not know the
 *                          token. (Records of schema 1 before this field existed put the token in the clear here,
 *                          as {@code #token=...}; consumers still accept those.)
 * @param sealedManageToken the manage token sealed with the key booking-service and notification-service share
 *                          (AES-256-GCM, see {@code org.clinic.platform.secrets.SecretSeal}) for the context
 *                          {@link #manageTokenContext(UUID)}; the link is {@code managePath + "#token=" + token}
 * @param notifyPatient     false when the front desk chose not to message the patient
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
        String sealedManageToken,
        boolean notifyPatient) {

    /** What a sealed manage token is bound to: it opens only for the appointment it was issued for. */
    public static String manageTokenContext(UUID appointmentId) {
        return "manage-token:" + appointmentId;
    }

    /** The same appointment with another manage link (both null: none), e.g. once the link is stored apart. */
    public AppointmentSnapshot withManageLink(String managePath, String sealedManageToken) {
        return new AppointmentSnapshot(id, reference, status, channel, start, end, clinicName, clinicPhone,
                clinicTimeZone, practitionerId, practitionerName, appointmentTypeId, appointmentTypeName, patient,
                managePath, sealedManageToken, notifyPatient);
    }

    public record Patient(UUID id, String firstName, String lastName, String email, String phone) {
    }
}
