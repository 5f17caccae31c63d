package org.clinic.booking.appointment;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.clinic.booking.catalogue.AppointmentType;
import org.clinic.booking.catalogue.Catalogue;
import org.clinic.booking.catalogue.Practitioner;
import org.clinic.booking.clinic.ClinicProperties;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.stereotype.Component;

/**
 * A booked visit as the confirmation and manage pages show it, with what the patient may still do online: the
 * cutoffs are checked here to decide which buttons to offer, and again by the use cases when a form is sent.
 */
record VisitView(String reference, String status, String statusLabel, UUID appointmentTypeId, String typeName,
        int durationMinutes, UUID practitionerId, String practitionerName, Instant start, String when,
        String zoneName, String email, boolean canCancel, boolean canReschedule, boolean tooLateToCancel,
        boolean tooLateToReschedule) {

    public boolean isCancelled() {
        return "CANCELLED".equals(status);
    }

    /** Why a change was refused, in the use case's words ("Too late to cancel online. Appointments can..."). */
    static String problem(ApiProblemException e) {
        String title = e.getBody().getTitle();
        String detail = e.getBody().getDetail();
        return title == null || "Conflict".equals(title) ? detail : title + ". " + detail;
    }

    @Component
    static class Factory {

        private final Catalogue catalogue;
        private final ClinicTimes times;
        private final ClinicProperties.Policy policy;

        Factory(Catalogue catalogue, ClinicTimes times, ClinicProperties clinic) {
            this.catalogue = catalogue;
            this.times = times;
            this.policy = clinic.policy();
        }

        VisitView of(Appointment a) {
            AppointmentType type = catalogue.appointmentType(a.appointmentTypeId()).orElseThrow();
            String practitioner = catalogue.practitioner(a.practitionerId()).map(Practitioner::displayName)
                    .orElse("");
            boolean booked = a.status().isChangeable() && a.start().isAfter(times.now());
            boolean lateForCancel = tooLate(a, policy.cancelCutoffHours());
            boolean lateForReschedule = tooLate(a, policy.rescheduleCutoffHours());
            return new VisitView(a.reference(), a.status().name(), a.status().label(), type.id(), type.name(), type.durationMinutes(),
                    a.practitionerId(), practitioner, a.start(), times.full(a.start()), times.zoneName(), a.email(),
                    booked && !lateForCancel, booked && !lateForReschedule, booked && lateForCancel,
                    booked && lateForReschedule);
        }

        /** As CancelAppointment and RescheduleAppointment decide it. */
        private boolean tooLate(Appointment a, int cutoffHours) {
            return times.now().plus(Duration.ofHours(cutoffHours)).isAfter(a.start());
        }
    }
}
