package org.clinic.booking.appointment;

import java.time.Clock;
import java.util.UUID;
import org.clinic.booking.catalogue.AppointmentType;
import org.clinic.booking.catalogue.Practitioner;
import org.clinic.booking.clinic.ClinicProperties;
import org.clinic.booking.messaging.Topics;
import org.clinic.platform.outbox.Outbox;
import org.clinic.events.appointment.AppointmentBooked;
import org.clinic.events.appointment.AppointmentCancelled;
import org.clinic.events.appointment.AppointmentRescheduled;
import org.clinic.events.appointment.AppointmentStatusChanged;
import org.clinic.events.appointment.AppointmentSnapshot;
import org.springframework.stereotype.Component;

/** Writes appointment events to the outbox, carrying all a consumer needs so it never calls back. */
@Component
class AppointmentEvents {

    private final Outbox outbox;
    private final ClinicProperties clinic;
    private final Topics topics;
    private final Clock clock;

    AppointmentEvents(Outbox outbox, ClinicProperties clinic, Topics topics, Clock clock) {
        this.outbox = outbox;
        this.clinic = clinic;
        this.topics = topics;
        this.clock = clock;
    }

    void booked(Appointment a, AppointmentType type, Practitioner practitioner, String manageToken, boolean notify) {
        var event = AppointmentBooked.of(UUID.randomUUID(), clock.instant(), a.version(),
                snapshot(a, type, practitioner, managePath(a.reference(), manageToken), notify));
        outbox.append(topics.appointmentEvents(), a.id().toString(), event.eventId(), event.eventType(), event);
    }

    void cancelled(Appointment a, AppointmentType type, Practitioner practitioner, String cancelledBy, String reason) {
        var event = AppointmentCancelled.of(UUID.randomUUID(), clock.instant(), a.version(),
                snapshot(a, type, practitioner, null, true), cancelledBy, reason);
        outbox.append(topics.appointmentEvents(), a.id().toString(), event.eventId(), event.eventType(), event);
    }

    void rescheduled(Appointment before, Appointment after, AppointmentType type, Practitioner practitioner,
            String rescheduledBy, String manageToken) {
        String managePath = manageToken == null ? null : managePath(after.reference(), manageToken);
        var event = AppointmentRescheduled.of(UUID.randomUUID(), clock.instant(), after.version(),
                snapshot(after, type, practitioner, managePath, true), before.start(), before.end(),
                before.practitionerId(), rescheduledBy);
        outbox.append(topics.appointmentEvents(), after.id().toString(), event.eventId(), event.eventType(), event);
    }

    void statusChanged(Appointment before, Appointment after, AppointmentType type, Practitioner practitioner) {
        var event = AppointmentStatusChanged.of(UUID.randomUUID(), clock.instant(), after.version(),
                snapshot(after, type, practitioner, null, true), before.status().name());
        outbox.append(topics.appointmentEvents(), after.id().toString(), event.eventId(), event.eventType(), event);
    }

    /** The token rides in the fragment, which browsers never send to servers or put in Referer headers. */
    static String managePath(String reference, String token) {
        return "/manage/" + reference + "#token=" + token;
    }

    private AppointmentSnapshot snapshot(Appointment a, AppointmentType type, Practitioner practitioner,
            String managePath, boolean notify) {
        return new AppointmentSnapshot(a.id(), a.reference(), a.status().name(), a.channel().name(), a.start(), a.end(),
                clinic.name(), clinic.phone(), clinic.timeZone().getId(), practitioner.id(),
                practitioner.displayName(), type.id(), type.name(),
                new AppointmentSnapshot.Patient(a.patientId(), a.firstName(), a.lastName(), a.email(), a.phone()),
                managePath, notify);
    }
}
