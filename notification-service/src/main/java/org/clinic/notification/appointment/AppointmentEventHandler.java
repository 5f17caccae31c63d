package org.clinic.notification.appointment;

import org.clinic.events.appointment.AppointmentBooked;
import org.clinic.events.appointment.AppointmentCancelled;
import org.clinic.events.appointment.AppointmentEvent;
import org.clinic.events.appointment.AppointmentRescheduled;
import org.clinic.notification.delivery.NotificationKind;
import org.clinic.notification.link.ManageLinks;
import org.clinic.notification.message.ChangeMessages;
import org.clinic.notification.messaging.ProcessedEvents;
import org.clinic.notification.reminder.ReminderPlanner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one appointment event: the dedup mark, the version check, the reminders and the patient message all
 * commit together, so a redelivered or stale event finds its mark (or a newer version) and does nothing again.
 */
@Service
class AppointmentEventHandler {

    static final String STAFF = "STAFF";
    static final String PHONE = "PHONE";

    private static final Logger log = LoggerFactory.getLogger(AppointmentEventHandler.class);

    private final ProcessedEvents processedEvents;
    private final AppointmentStates states;
    private final ManageLinks links;
    private final ReminderPlanner reminders;
    private final ChangeMessages messages;

    AppointmentEventHandler(ProcessedEvents processedEvents, AppointmentStates states, ManageLinks links,
            ReminderPlanner reminders, ChangeMessages messages) {
        this.processedEvents = processedEvents;
        this.states = states;
        this.links = links;
        this.reminders = reminders;
        this.messages = messages;
    }

    @Transactional
    public void handle(AppointmentEvent event) {
        if (!processedEvents.claim(event.eventId())) {
            log.info("Event {} was already processed; nothing to do", event.eventId());
            return;
        }
        if (!states.advance(event)) {
            log.info("Event {} (version {}) is older than what appointment {} already shows; ignored",
                    event.eventId(), event.version(), event.appointmentId());
            return;
        }
        links.follow(event); // first: the message below links to the appointment's page only if a link is known
        reminders.onChange(event);
        // Java 17 has no pattern switch; a status change (arrived, completed, no-show) sends the patient nothing.
        if (event instanceof AppointmentBooked booked) {
            messages.onChange(booked, NotificationKind.CONFIRMATION, PHONE.equals(booked.appointment().channel()));
        } else if (event instanceof AppointmentRescheduled moved) {
            messages.onChange(moved, NotificationKind.RESCHEDULE, byStaff(moved.rescheduledBy(), event));
        } else if (event instanceof AppointmentCancelled cancelled) {
            messages.onChange(cancelled, NotificationKind.CANCELLATION, byStaff(cancelled.cancelledBy(), event));
        }
    }

    /**
     * Who made the change decides whether it waits out the coalescing window: a patient moving their own phone
     * booking online is confirmed at once. Without a "by", a phone booking's changes count as the desk's.
     */
    static boolean byStaff(String by, AppointmentEvent event) {
        return by == null ? PHONE.equals(event.appointment().channel()) : STAFF.equals(by);
    }
}
