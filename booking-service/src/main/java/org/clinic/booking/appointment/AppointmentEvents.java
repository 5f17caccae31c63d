package org.clinic.booking.appointment;

import java.time.Clock;
import java.util.UUID;
import org.clinic.booking.catalogue.AppointmentType;
import org.clinic.booking.catalogue.Practitioner;
import org.clinic.booking.clinic.ClinicProperties;
import org.clinic.booking.messaging.TopicProperties;
import org.clinic.platform.outbox.Outbox;
import org.clinic.platform.secrets.SecretSeal;
import org.clinic.events.appointment.AppointmentBooked;
import org.clinic.events.appointment.AppointmentCancelled;
import org.clinic.events.appointment.AppointmentRescheduled;
import org.clinic.events.appointment.AppointmentStatusChanged;
import org.clinic.events.appointment.AppointmentSnapshot;
import org.springframework.stereotype.Component;

/**
 * Writes appointment events to the outbox, carrying all a consumer needs so it never calls back. The manage token,
 * where known, travels sealed ({@code sealedManageToken}): the outbox row, the topic and its dead letters are kept
 * for a while and read by more than the one service that needs the token.
 */
@Component
class AppointmentEvents {

    private final Outbox outbox;
    private final ClinicProperties clinic;
    private final TopicProperties topics;
    private final SecretSeal manageTokenSeal;
    private final Clock clock;

    AppointmentEvents(Outbox outbox, ClinicProperties clinic, TopicProperties topics, SecretSeal manageTokenSeal, Clock clock) {
        this.outbox = outbox;
        this.clinic = clinic;
        this.topics = topics;
        this.manageTokenSeal = manageTokenSeal;
        this.clock = clock;
    }

    void booked(Appointment a, AppointmentType type, Practitioner practitioner, String manageToken, boolean notify,
            String source) {
        var event = AppointmentBooked.of(UUID.randomUUID(), clock.instant(), a.version(),
                snapshot(a, type, practitioner, manageToken, notify), source);
        outbox.append(topics.appointmentEvents(), a.id().toString(), event.eventId(), event.eventType(), event);
    }

    void cancelled(Appointment a, AppointmentType type, Practitioner practitioner, String cancelledBy, String reason) {
        var event = AppointmentCancelled.of(UUID.randomUUID(), clock.instant(), a.version(),
                snapshot(a, type, practitioner, null, true), cancelledBy, reason);
        outbox.append(topics.appointmentEvents(), a.id().toString(), event.eventId(), event.eventType(), event);
    }

    void rescheduled(Appointment before, Appointment after, AppointmentType type, Practitioner practitioner,
            String rescheduledBy, String manageToken) {
        var event = AppointmentRescheduled.of(UUID.randomUUID(), clock.instant(), after.version(),
                snapshot(after, type, practitioner, manageToken, true), before.start(), before.end(),
                before.practitionerId(), rescheduledBy);
        outbox.append(topics.appointmentEvents(), after.id().toString(), event.eventId(), event.eventType(), event);
    }

    void statusChanged(Appointment before, Appointment after, AppointmentType type, Practitioner practitioner) {
        var event = AppointmentStatusChanged.of(UUID.randomUUID(), clock.instant(), after.version(),
                snapshot(after, type, practitioner, null, true), before.status().name());
        outbox.append(topics.appointmentEvents(), after.id().toString(), event.eventId(), event.eventType(), event);
    }

    /** The page; the token goes after it as {@code #token=}, a fragment browsers never send to servers. */
    static String managePath(String reference) {
        return "/manage/" + reference;
    }

    private AppointmentSnapshot snapshot(Appointment a, AppointmentType type, Practitioner practitioner,
            String manageToken, boolean notify) {
        boolean withLink = manageToken != null;
        return new AppointmentSnapshot(a.id(), a.reference(), a.status().name(), a.channel().name(), a.start(), a.end(),
                clinic.name(), clinic.phone(), clinic.timeZone().getId(), practitioner.id(),
                practitioner.displayName(), type.id(), type.name(),
                new AppointmentSnapshot.Patient(a.patientId(), a.firstName(), a.lastName(), a.email(), a.phone()),
                withLink ? managePath(a.reference()) : null,
                withLink ? manageTokenSeal.seal(manageToken, AppointmentSnapshot.manageTokenContext(a.id())) : null,
                notify);
    }
}
