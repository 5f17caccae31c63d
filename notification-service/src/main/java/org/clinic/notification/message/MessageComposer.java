package org.clinic.notification.message;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.clinic.events.appointment.AppointmentSnapshot;
import org.clinic.notification.delivery.Channel;
import org.clinic.notification.delivery.NotificationKind;
import org.clinic.notification.delivery.OutgoingMessage;
import org.clinic.notification.mail.Attachment;
import org.clinic.notification.mail.OutgoingEmail;
import org.clinic.notification.mail.OutgoingMailProperties;
import org.clinic.notification.preference.ChannelChoice.Route;
import org.springframework.stereotype.Component;

/** Writes the message of a kind about an appointment, for the channel chosen for the patient. */
@Component
public class MessageComposer {

    private static final Map<NotificationKind, String> SUBJECTS = new EnumMap<>(Map.of(
            NotificationKind.CONFIRMATION, "Your appointment at %s is booked (%s)",
            NotificationKind.RESCHEDULE, "Your appointment at %s has moved (%s)",
            NotificationKind.CANCELLATION, "Your appointment at %s is cancelled (%s)",
            NotificationKind.REMINDER, "Reminder: your appointment at %s (%s)"));

    private final MessageTemplates templates;
    private final LinkProperties links;
    private final OutgoingMailProperties mail;

    MessageComposer(MessageTemplates templates, LinkProperties links, OutgoingMailProperties mail) {
        this.templates = templates;
        this.links = links;
        this.mail = mail;
    }

    /**
     * @param version the appointment version the message describes (the calendar file's SEQUENCE)
     * @param stamp   when that version came about (the calendar file's DTSTAMP)
     */
    public OutgoingMessage compose(NotificationKind kind, AppointmentSnapshot appointment, long version,
            Instant stamp, Route route) {
        MessageModel model = MessageModel.of(appointment, links);
        if (route.channel() == Channel.SMS) {
            return OutgoingMessage.sms(route.recipient(), templates.sms(kind, model));
        }
        String subject = SUBJECTS.get(kind).formatted(appointment.clinicName(), appointment.reference());
        return OutgoingMessage.email(new OutgoingEmail(route.recipient(), subject, templates.text(kind, model),
                templates.html(kind, model), calendarFile(kind, appointment, version, stamp)));
    }

    private Attachment calendarFile(NotificationKind kind, AppointmentSnapshot a, long version, Instant stamp) {
        return switch (kind) {
            case CONFIRMATION, RESCHEDULE -> CalendarFile.publish(a, version, stamp, mail.address());
            case CANCELLATION -> CalendarFile.cancel(a, version, stamp, mail.address());
            case REMINDER -> null;
        };
    }
}
