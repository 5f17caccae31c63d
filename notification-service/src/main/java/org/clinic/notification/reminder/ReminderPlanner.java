package org.clinic.notification.reminder;

import java.time.Clock;
import org.clinic.events.appointment.AppointmentBooked;
import org.clinic.events.appointment.AppointmentCancelled;
import org.clinic.events.appointment.AppointmentEvent;
import org.clinic.events.appointment.AppointmentRescheduled;
import org.clinic.notification.delivery.DeliveryLog;
import org.clinic.notification.delivery.NotificationKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps an appointment's reminders in step with its latest event: rebuilt from scratch every time, so a move
 * moves them and a cancellation or no-show leaves none. A reminder already queued for the old state is withdrawn.
 */
@Service
public class ReminderPlanner {

    private static final String BOOKED = "BOOKED";

    private final Reminders reminders;
    private final DeliveryLog deliveryLog;
    private final ReminderProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    ReminderPlanner(Reminders reminders, DeliveryLog deliveryLog, ReminderProperties properties, JsonMapper json,
            Clock clock) {
        this.reminders = reminders;
        this.deliveryLog = deliveryLog;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /** For an event that has just advanced the appointment's recorded state (version check passed). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void onChange(AppointmentEvent event) {
        // Version 1 is an appointment's first event, and reminders are only ever scheduled by an event that advanced
        // the appointment's state: as this one advanced it, no earlier one did, so there is nothing to clear.
        if (event.version() > 1) {
            reminders.clear(event.appointmentId());
        }
        if (!(event instanceof AppointmentBooked)) {
            deliveryLog.suppressPending(event.appointmentId(), NotificationKind.REMINDER, withdrawnBecause(event));
        }
        var appointment = event.appointment();
        if (!BOOKED.equals(appointment.status()) || !appointment.start().isAfter(clock.instant())) {
            return;
        }
        // Without the link: it is kept apart, sealed, for as long as a message may need it (ManageLinks).
        String snapshot = json.writeValueAsString(appointment.withManageLink(null, null));
        reminders.schedule(event, properties.offsets(), snapshot);
    }

    private static String withdrawnBecause(AppointmentEvent event) {
        if (event instanceof AppointmentRescheduled) {
            return "appointment moved before the reminder went out";
        }
        if (event instanceof AppointmentCancelled) {
            return "appointment cancelled before the reminder went out";
        }
        return "appointment marked " + event.appointment().status() + " before the reminder went out";
    }
}
