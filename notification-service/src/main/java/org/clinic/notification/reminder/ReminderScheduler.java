package org.clinic.notification.reminder;

import java.time.Clock;
import java.time.Instant;
import org.clinic.events.appointment.AppointmentSnapshot;
import org.clinic.notification.delivery.DeliveryLog;
import org.clinic.notification.delivery.NotificationKind;
import org.clinic.notification.link.ManageLinks;
import org.clinic.notification.message.MessageComposer;
import org.clinic.notification.preference.ChannelChoice;
import org.clinic.notification.preference.ChannelChoice.Route;
import org.clinic.notification.reminder.Reminders.DueReminder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns due reminders into messages, inside the service (no external cron). Every instance runs it; SKIP LOCKED
 * gives each reminder to exactly one. After downtime, a reminder that came due meanwhile is still sent if the
 * appointment is ahead (only the latest, when several came due), and dropped as SUPPRESSED if it is not.
 */
@Component
class ReminderScheduler {

    static final String TOO_LATE = "reminder came due while notifications were down and the appointment has started";
    static final String SUPERSEDED = "superseded by a later reminder that was also due";
    static final String NOT_REQUESTED = "patient notification not requested";

    private static final Logger log = LoggerFactory.getLogger(ReminderScheduler.class);

    private final Reminders reminders;
    private final DeliveryLog deliveryLog;
    private final MessageComposer composer;
    private final ChannelChoice channels;
    private final ManageLinks links;
    private final ReminderProperties properties;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;

    ReminderScheduler(Reminders reminders, DeliveryLog deliveryLog, MessageComposer composer, ChannelChoice channels,
            ManageLinks links, ReminderProperties properties, TransactionTemplate transactions, JsonMapper json,
            Clock clock) {
        this.reminders = reminders;
        this.deliveryLog = deliveryLog;
        this.composer = composer;
        this.channels = channels;
        this.links = links;
        this.properties = properties;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${clinic.reminders.poll-interval:30s}")
    void fireDue() {
        try {
            Integer decided;
            do {
                decided = transactions.execute(status -> decideBatch());
            } while (decided != null && decided == properties.batchSize());
        } catch (RuntimeException e) {
            log.warn("Reminder run failed; the next run tries again: {}", e.toString());
        }
    }

    private int decideBatch() {
        var due = reminders.claimDue(properties.batchSize());
        due.forEach(this::decide);
        return due.size();
    }

    private void decide(DueReminder reminder) {
        Instant now = clock.instant();
        AppointmentSnapshot appointment = links.withStoredLink(
                json.readValue(reminder.snapshot(), AppointmentSnapshot.class));
        var patient = appointment.patient();
        Route route = channels.choose(patient.id(), patient.email(), patient.phone());
        if (!reminder.startAt().isAfter(now)) {
            reminders.decide(reminder.id(), "SUPPRESSED", TOO_LATE);
            deliveryLog.suppress(reminder.appointmentId(), reminder.eventId(), NotificationKind.REMINDER,
                    route.channel(), route.recipient(), TOO_LATE);
            return;
        }
        if (reminders.laterOneAlsoDue(reminder)) {
            reminders.decide(reminder.id(), "SUPPRESSED", SUPERSEDED);
            return;
        }
        reminders.decide(reminder.id(), "FIRED", null);
        String suppressedBecause = !appointment.notifyPatient() ? NOT_REQUESTED : route.suppressedBecause();
        if (suppressedBecause != null) {
            deliveryLog.suppress(reminder.appointmentId(), reminder.eventId(), NotificationKind.REMINDER,
                    route.channel(), route.recipient(), suppressedBecause);
            return;
        }
        deliveryLog.queue(reminder.appointmentId(), reminder.eventId(), NotificationKind.REMINDER,
                composer.compose(NotificationKind.REMINDER, appointment, reminder.version(), now, route), now);
    }
}
